package dev.winnow.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a regular expression cannot match: the literal strings any match must contain, read from
 * the pattern's source once. {@link #mayFind} puts the text in {@link #key} form once (case folded, every digit
 * '0') and looks for them with {@link String#indexOf}; only text that has them goes to the regular expression.
 * This keeps {@code find()} from trying dozens of case-insensitive alternatives at every position of every block.
 * From the same source it reads where a match can open ({@link #openings}, {@link #anchored}, {@link #start}),
 * so that a search need not try every position either.
 *
 * <p>The analysis is conservative: any construct it does not understand (back-references, {@code \Q}, comments
 * mode, ...) gives a prefilter that always says "may match". It never says "cannot" for text the pattern
 * matches, because case is folded the way {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} compares characters,
 * and ignoring case, or which digit a digit is, is only ever more lenient.
 */
public final class Prefilter {
    private static final Prefilter ALWAYS = new Prefilter(List.of(), List.of(), false, null);
    /** Each requirement: any match contains at least one of these folded strings. All must hold. */
    private final List<List<String>> requirements;
    /** Strings, in key form, one of which every match opens with; empty when the analysis cannot tell. */
    private final List<String> openings;
    /** Whether every match starts at the text's start. */
    private final boolean anchored;
    /** For an anchored pattern, how its matches open at the text's start; null when unknown. */
    private final Start start;

    private Prefilter(List<List<String>> requirements, List<String> openings, boolean anchored, Start start) {
        this.requirements = requirements;
        this.openings = openings;
        this.anchored = anchored;
        this.start = start;
    }

    /**
     * How every match of an anchored pattern opens at the text's start: characters that the class {@code skip}
     * matches (its source, as in "\\W*"; null for none), any number of them, then one of {@code strings}, in
     * {@link #key} form.
     */
    public record Start(String skip, List<String> strings) {}

    public static Prefilter of(Pattern p) {
        if ((p.flags() & (Pattern.LITERAL | Pattern.COMMENTS)) != 0) return ALWAYS;
        try {
            Parser parser = new Parser(p.pattern());
            List<Set<String>> reqs = parser.alternation();
            if (parser.i != parser.s.length()) return ALWAYS;
            List<List<String>> out = new ArrayList<>();
            for (Set<String> r : reqs) out.add(List.copyOf(r));
            out.sort(java.util.Comparator.comparingInt(List::size)); // the cheapest test first
            // CANON_EQ matches "e" and a combining accent where the pattern has "é": no string opens such a match
            boolean canonical = (p.flags() & Pattern.CANON_EQ) != 0;
            boolean anchored = (p.flags() & Pattern.MULTILINE) == 0 && anchored(p.pattern());
            return new Prefilter(List.copyOf(out), canonical ? List.of() : openings(p.pattern()), anchored,
                    anchored && !canonical ? start(p.pattern()) : null);
        } catch (Unsupported e) {
            return ALWAYS;
        }
    }

    /** Whether {@code pattern} opens with '^' or {@code \\A} that no top-level alternative escapes. */
    private static boolean anchored(String pattern) {
        if (!pattern.startsWith("^") && !pattern.startsWith("\\A")) return false;
        Parser parser = new Parser(pattern);
        try {
            parser.openSequence(); // stops at a top-level '|'
        } catch (Unsupported e) {
            return false;
        }
        return parser.i == pattern.length();
    }

    /** How the anchored {@code pattern}'s matches open (see {@link #start()}); null when unknown. */
    private static Start start(String pattern) {
        Parser parser = new Parser(pattern);
        parser.i = pattern.startsWith("^") ? 1 : 2;
        try {
            String skip = parser.repeatedClass();
            Set<Parser.Opening> rest = parser.openSequence();
            if (rest == null || parser.i != pattern.length()) return null;
            List<String> strings = minimal(rest);
            return strings.contains("") ? null : new Start(skip, strings);
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The texts of {@code found}, shortest first, without those another one opens ("ap" opens wherever "apa" does). */
    private static List<String> minimal(Set<Parser.Opening> found) {
        List<String> out = new ArrayList<>();
        for (Parser.Opening o : found) out.add(o.text());
        out.sort(java.util.Comparator.comparingInt(String::length));
        List<String> minimal = new ArrayList<>();
        for (String o : out) if (minimal.stream().noneMatch(o::startsWith)) minimal.add(o);
        return List.copyOf(minimal);
    }

    /** The openings of {@code pattern} (see {@link #openings()}), shortest first: none when unknown or unselective. */
    private static List<String> openings(String pattern) {
        Parser parser = new Parser(pattern);
        Set<Parser.Opening> found;
        try {
            found = parser.openAlternation();
        } catch (Unsupported e) {
            return List.of();
        }
        if (found == null || parser.i != pattern.length()) return List.of();
        for (Parser.Opening o : found) {
            // a letter alone opens too many words to be worth looking for; nothing at all opens every position
            if (o.text().isEmpty() || o.text().length() == 1 && Character.isLetter(o.text().charAt(0))) return List.of();
        }
        return minimal(found);
    }

    /** False only when {@code text} cannot contain a match. */
    public boolean mayFind(CharSequence text) {
        return requirements.isEmpty() || mayFindFolded(key(text));
    }

    /** As {@link #mayFind}, for text already passed through {@link #key}, when several prefilters test it. */
    public boolean mayFindFolded(String folded) {
        for (List<String> anyOf : requirements) {
            boolean found = false;
            for (String lit : anyOf) {
                if (folded.indexOf(lit) >= 0) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** Each requirement: any match contains at least one of these strings (in {@link #key} form); all must hold. */
    List<List<String>> requirements() {
        return requirements;
    }

    /**
     * Strings, in {@link #key} form, one of which every match of the pattern opens with: a match can only start
     * where the text's key form has one of them, so a search may try only there. Empty when the analysis cannot
     * tell (the pattern opens with a class such as {@code \\w}, or may match nothing), or when an opening is a
     * single letter, found too often to be worth it. Zero-width openings ({@code ^}, {@code \\b},
     * lookarounds) are looked through; {@code \\G} gives none.
     */
    public List<String> openings() {
        return openings;
    }

    /**
     * True when every match starts at the text's start: the pattern opens with '^' (not in MULTILINE mode) or
     * {@code \\A}, and has no alternative at its top level.
     */
    public boolean anchored() {
        return anchored;
    }

    /**
     * For an {@link #anchored} pattern, how every match opens at the text's start ("^\\W*(?:menu|home)" gives
     * "\\W" and "menu", "home"); null when unknown. Single letters count here: only the start is looked at.
     */
    public Start start() {
        return start;
    }

    /** True when the analysis found something to look for. */
    public boolean selective() {
        return !requirements.isEmpty();
    }

    /** Case folded per character, as Pattern's Unicode case-insensitive matching compares characters. */
    public static String fold(CharSequence s) {
        return map(s, false);
    }

    static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The form in which prefilters compare text: {@link #fold}ed, with every decimal digit (of any script, as
     * {@code \d} matches with {@code UNICODE_CHARACTER_CLASS}) written '0', so that "\d[:.]\d" requires one
     * of two short strings, "0:0" or "0.0". Both halves of a surrogate pair become '0' too: digits beyond the BMP
     * ("𝟏") are pairs, and a pattern's own pairs are never required literally.
     */
    public static String key(CharSequence s) {
        return map(s, true);
    }

    /** {@code s}, each character {@link #key}ed or only {@link #fold}ed. */
    private static String map(CharSequence s, boolean keyed) {
        int n = s.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) out[i] = keyed ? key(s.charAt(i)) : fold(s.charAt(i));
        return new String(out);
    }

    static char key(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= '0' && c <= '9' ? '0' : c;
        if (Character.isSurrogate(c)) return '0'; // a digit may lie beyond the BMP ("𝟏"): every half of a pair counts as one
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' : Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of Java regex syntax, just deep enough to find mandatory literals. */
    private static final class Parser {
        /** The most strings a run of characters and classes may stand for, and characters a class may have. */
        static final int MAX_RUN = 16, MAX_CLASS = 8;
        static final Set<String> EMPTY_RUN = Set.of(""), DIGIT = Set.of("0");
        /** The element just read may be a digit beyond the BMP: two chars, "00", in {@link #key} form. */
        boolean unicodeDigit;
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        /**
         * alternatives separated by '|': a requirement holds for the alternation when every alternative has one;
         * the union of each alternative's best requirement.
         */
        List<Set<String>> alternation() {
            List<List<Set<String>>> alts = new ArrayList<>();
            alts.add(sequence());
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                alts.add(sequence());
            }
            if (alts.size() == 1) return alts.get(0);
            Set<String> union = new LinkedHashSet<>();
            for (List<Set<String>> a : alts) {
                Set<String> best = best(a);
                if (best == null) return List.of();
                union.addAll(best);
            }
            return List.of(union);
        }

        /** The requirement whose shortest literal is longest (the most selective). */
        static Set<String> best(List<Set<String>> reqs) {
            Set<String> best = null;
            int bestLen = 0;
            for (Set<String> r : reqs) {
                int min = r.stream().mapToInt(String::length).min().orElse(0);
                if (min > bestLen || min == bestLen && best != null && r.size() < best.size()) {
                    best = r;
                    bestLen = min;
                }
            }
            return best;
        }

        /**
         * A concatenation, up to '|' or ')'. Consecutive characters and short classes make a run: every string
         * they can spell, while there are at most {@link #MAX_RUN} ("\\d[:.]" gives "0:" and "0."). A repeated
         * element ends the run, and its last repetition opens the next ("\\d+ comments" requires "0 comment"); so
         * does {@code \\d}, which may match a digit beyond the BMP, two chars ("x\\dy" requires "x0" and "0y").
         */
        List<Set<String>> sequence() {
            List<Set<String>> reqs = new ArrayList<>();
            Set<String> run = EMPTY_RUN;
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Set<String> chars = null;
                List<Set<String>> group = null;
                unicodeDigit = false;
                char c = s.charAt(i);
                if (c == '\\') {
                    chars = escape();
                } else if (c == '[') {
                    chars = smallClass();
                    skipClass();
                } else if (c == '(') {
                    group = group();
                } else if (c == '.' || c == '^' || c == '$') {
                    i++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported();
                } else {
                    // half of a pair: the pair, not the half, is what a quantifier or case applies to
                    if (!Character.isSurrogate(c)) chars = Set.of(String.valueOf(key(c)));
                    i++;
                }
                int min = quantifier();
                if (chars != null && min >= 1) {
                    run = extend(run, chars, reqs);
                    // repeated, or a digit that may be a pair ("𝟏" is "00"): what follows comes after its last char
                    if (min != Integer.MAX_VALUE || unicodeDigit) {
                        flush(run, reqs);
                        run = chars;
                    }
                } else {
                    flush(run, reqs);
                    run = EMPTY_RUN;
                    if (group != null && min >= 1) reqs.addAll(group);
                }
            }
            flush(run, reqs);
            return reqs;
        }

        /** The run followed by one of {@code chars}; when that would be too many strings, a new run. */
        static Set<String> extend(Set<String> run, Set<String> chars, List<Set<String>> reqs) {
            if (run.size() * chars.size() > MAX_RUN) {
                flush(run, reqs);
                return chars;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String r : run) for (String c : chars) out.add(r + c);
            return out;
        }

        static void flush(Set<String> run, List<Set<String>> reqs) {
            if (!run.equals(EMPTY_RUN)) reqs.add(run);
        }

        /**
         * The minimum repeat count of the quantifier at i (consumed), {@code Integer.MAX_VALUE} when there is
         * none (exactly once).
         */
        int quantifier() {
            if (i >= s.length()) return Integer.MAX_VALUE;
            char c = s.charAt(i);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                i++;
            } else if (c == '+') {
                min = 1;
                i++;
            } else if (c == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) throw new Unsupported();
                String body = s.substring(i + 1, close);
                String lo = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                try {
                    min = Integer.parseInt(lo.strip());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                i = close + 1;
            } else {
                return Integer.MAX_VALUE;
            }
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++;
            return min == 0 ? 0 : 1;
        }

        /**
         * An escape: the character it stands for, {"0"} for {@code \\d} (see {@link #key}), or null for
         * another class, an assertion or anything not a plain character.
         */
        Set<String> escape() {
            if (i + 1 >= s.length()) throw new Unsupported();
            char c = s.charAt(i + 1);
            i += 2;
            if (c == 'p' || c == 'P') {
                if (i < s.length() && s.charAt(i) == '{') {
                    int close = s.indexOf('}', i);
                    if (close < 0) throw new Unsupported();
                    i = close + 1;
                } else {
                    i++;
                }
                return null;
            }
            if (c == 'd') {
                unicodeDigit = true;
                return DIGIT;
            }
            if ("sSwWDbBAzZGRhHvVXtnrfae".indexOf(c) >= 0) return null;
            if (Character.isLetterOrDigit(c)) throw new Unsupported(); // quoting, hex and code-point escapes, back-references
            return Set.of(String.valueOf(key(c)));
        }

        /**
         * The characters of the class at i, each in {@link #key} form, when it is a short list ("[:©|]", "[:.h]",
         * "[0-9]", "[\\d.]"): any match holds one of them. {@code null} for anything else (negation, letter
         * ranges, escapes of other classes, more than {@link #MAX_CLASS} characters). Does not move i.
         */
        Set<String> smallClass() {
            Set<String> chars = new LinkedHashSet<>();
            int j = i + 1;
            if (j < s.length() && s.charAt(j) == '^') return null;
            while (j < s.length() && s.charAt(j) != ']') {
                char c = s.charAt(j);
                if (c == '\\') {
                    if (j + 1 >= s.length()) return null;
                    char e = s.charAt(++j);
                    if (e == 'd') {
                        chars.add("0");
                        unicodeDigit = true;
                        j++;
                        continue;
                    }
                    if (Character.isLetterOrDigit(e)) return null;
                    c = e;
                } else if (c == '[' || c == '&') {
                    return null; // nested class or intersection
                } else if (c == '-' && j > i + 1 && j + 1 < s.length() && s.charAt(j + 1) != ']') {
                    char lo = s.charAt(j - 1), hi = s.charAt(j + 1);
                    if (lo < '0' || lo > '9' || hi < '0' || hi > '9') return null; // a range, other than of digits
                    j += 2; // both ends are digits, all "0"
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSurrogate(c)) return null;
                chars.add(String.valueOf(key(c)));
                j++;
            }
            return j < s.length() && !chars.isEmpty() && chars.size() <= MAX_CLASS ? chars : null;
        }

        void skipClass() {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[' && depth > 0) throw new Unsupported(); // a class within a class: not followed here
                if (c == '[') depth++;
                else if (c == ']' && !justOpened()) depth--;
                i++;
                if (depth == 0) return;
            }
            throw new Unsupported();
        }

        /** True when the ']' at i is the first character of its class (a literal, as in "[]a]"). */
        boolean justOpened() {
            return i > 0 && s.charAt(i - 1) == '[' || i > 1 && s.charAt(i - 1) == '^' && s.charAt(i - 2) == '[';
        }

        /**
         * A group: its requirements. A positive lookahead or lookbehind holds somewhere in any text the pattern
         * matches, so its requirements count too; negative ones and flag changes give none.
         */
        List<Set<String>> group() {
            Group kind = groupHead();
            if (kind == Group.FLAGS) return List.of();
            List<Set<String>> inner = alternation();
            closeGroup();
            return kind == Group.NEGATIVE ? List.of() : inner;
        }

        /** What a group is, as its opening says. */
        enum Group { PLAIN, POSITIVE, NEGATIVE, FLAGS }

        /**
         * Reads a group's opening, '(' and what follows it up to its body: a lookaround, a name, or inline flags.
         * {@link Group#FLAGS} for flags alone ("(?i)"), read whole.
         */
        Group groupHead() {
            i++; // (
            if (i >= s.length() || s.charAt(i) != '?') return Group.PLAIN;
            char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (n == ':' || n == '>') {
                i += 2;
                return Group.PLAIN;
            }
            if (n == '=' || n == '!') {
                i += 2;
                return n == '=' ? Group.POSITIVE : Group.NEGATIVE;
            }
            if (n == '<') {
                char m = i + 2 < s.length() ? s.charAt(i + 2) : 0;
                if (m == '=' || m == '!') {
                    i += 3;
                    return m == '=' ? Group.POSITIVE : Group.NEGATIVE;
                }
                int close = s.indexOf('>', i);
                if (close < 0) throw new Unsupported();
                i = close + 1;
                return Group.PLAIN;
            }
            // inline flags: (?i) (?-i) or (?i:...)
            int j = i + 1;
            while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) j++;
            if (j >= s.length() || s.substring(i + 1, j).contains("x")) throw new Unsupported();
            if (s.charAt(j) == ')') {
                i = j + 1;
                return Group.FLAGS;
            }
            if (s.charAt(j) != ':') throw new Unsupported();
            i = j + 1;
            return Group.PLAIN;
        }

        /** The ')' that closes a group. */
        void closeGroup() {
            if (i >= s.length() || s.charAt(i) != ')') throw new Unsupported();
            i++;
        }

        /**
         * A string a match may open with, in key form, and whether it is all the pattern matched so far
         * ({@code complete}), so that what follows may be appended to it.
         */
        record Opening(String text, boolean complete) {}

        /** Openings are cut to this many characters; more openings than {@link #MAX_OPENINGS} are not tracked. */
        static final int MAX_OPENING = 8, MAX_OPENINGS = 128;
        static final Set<Opening> ZERO_WIDTH = Set.of(new Opening("", true));

        /**
         * Alternatives separated by '|': the openings of each; null when one of them has no known opening or
         * there are too many.
         */
        Set<Opening> openAlternation() {
            Set<Opening> out = new LinkedHashSet<>();
            boolean known = true;
            while (true) {
                Set<Opening> alt = openSequence();
                if (alt == null) known = false;
                else if (known) out.addAll(alt);
                if (i >= s.length() || s.charAt(i) != '|') break;
                i++;
            }
            return known && out.size() <= MAX_OPENINGS ? out : null;
        }

        /** A concatenation, up to '|' or ')': its elements' openings joined; null when unknown. */
        Set<Opening> openSequence() {
            Set<Opening> acc = ZERO_WIDTH;
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Set<Opening> element = openElement();
                if (acc != null) acc = join(acc, element);
            }
            return acc;
        }

        /**
         * What follows each complete opening of {@code acc}: one of {@code next}; null when an opening is still
         * empty and what follows is unknown. Openings are cut to {@link #MAX_OPENING} characters.
         */
        static Set<Opening> join(Set<Opening> acc, Set<Opening> next) {
            Set<Opening> out = new LinkedHashSet<>();
            for (Opening a : acc) {
                if (!a.complete()) {
                    out.add(a);
                } else if (next == null) {
                    if (a.text().isEmpty()) return null;
                    out.add(new Opening(a.text(), false));
                } else {
                    for (Opening n : next) {
                        String t = a.text() + n.text();
                        out.add(t.length() > MAX_OPENING ? new Opening(t.substring(0, MAX_OPENING), false) : new Opening(t, n.complete()));
                    }
                }
                if (out.size() > MAX_OPENINGS) return null;
            }
            return out;
        }

        /**
         * A class repeated any number of times ("\\W*", "[\\s«]*?"), consumed: the class's source. Null, i
         * unmoved, for anything else.
         */
        String repeatedClass() {
            int from = i;
            if (i + 1 < s.length() && s.charAt(i) == '\\' && "wWsSdDhHvV".indexOf(s.charAt(i + 1)) >= 0) i += 2;
            else if (i < s.length() && s.charAt(i) == '[') skipClass();
            else return null;
            String atom = s.substring(from, i);
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
                if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++;
                return atom;
            }
            i = from;
            return null;
        }

        /** One element with its quantifier: its openings, {@link #ZERO_WIDTH} for an assertion, null if unknown. */
        Set<Opening> openElement() {
            char c = s.charAt(i);
            Set<Opening> element;
            if (c == '\\') {
                char e = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (e == 'G') throw new Unsupported(); // where the last match ended: a search from elsewhere differs
                boolean assertion = "bBAzZ".indexOf(e) >= 0;
                unicodeDigit = false;
                Set<String> chars = escape();
                element = assertion ? ZERO_WIDTH : openings(chars, !unicodeDigit);
            } else if (c == '[') {
                unicodeDigit = false;
                Set<String> chars = smallClass();
                skipClass();
                element = openings(chars, !unicodeDigit);
            } else if (c == '(') {
                element = openGroup();
            } else if (c == '^' || c == '$') {
                i++;
                element = ZERO_WIDTH;
            } else if (c == '.' || Character.isSurrogate(c)) {
                i++;
                element = null;
            } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                throw new Unsupported();
            } else {
                i++;
                element = Set.of(new Opening(String.valueOf(key(c)), true));
            }
            int min = quantifier();
            if (min == Integer.MAX_VALUE || element == null || element == ZERO_WIDTH) return element;
            Set<Opening> repeated = new LinkedHashSet<>(); // repeated: what follows may come after more of it
            for (Opening o : element) repeated.add(o.text().isEmpty() ? o : new Opening(o.text(), false));
            if (min == 0) repeated.add(new Opening("", true)); // or absent
            return repeated;
        }

        /** Each of {@code chars} as an opening; complete unless a char may be half of a pair. Null for null. */
        static Set<Opening> openings(Set<String> chars, boolean complete) {
            if (chars == null) return null;
            Set<Opening> out = new LinkedHashSet<>();
            for (String c : chars) out.add(new Opening(c, complete));
            return out;
        }

        /** A group: its alternatives' openings; a lookaround or inline flags consume nothing. */
        Set<Opening> openGroup() {
            Group kind = groupHead();
            if (kind == Group.FLAGS) return ZERO_WIDTH;
            Set<Opening> inner = openAlternation();
            closeGroup();
            return kind == Group.PLAIN ? inner : ZERO_WIDTH;
        }
    }
}
