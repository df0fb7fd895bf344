package dev.winnow.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a regular expression cannot match: the literal strings any match must contain, read from
 * the pattern's source once. {@link #mayFind} folds the text's case once and looks for them with
 * {@link String#indexOf}; only text that has them goes to the regular expression. This keeps {@code find()}
 * from trying dozens of case-insensitive alternatives at every position of every block.
 *
 * <p>The analysis is conservative: any construct it does not understand (back-references, {@code \Q}, comments
 * mode, ...) gives a prefilter that always says "may match". It never says "cannot" for text the pattern
 * matches, because case is folded the way {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} compares characters,
 * and ignoring case is only ever more lenient.
 */
public final class Prefilter {
    private static final Prefilter ALWAYS = new Prefilter(List.of());
    /** Each requirement: any match contains at least one of these folded strings. All must hold. */
    private final List<List<String>> requirements;

    private Prefilter(List<List<String>> requirements) {
        this.requirements = requirements;
    }

    public static Prefilter of(Pattern p) {
        if ((p.flags() & (Pattern.LITERAL | Pattern.COMMENTS)) != 0) return ALWAYS;
        try {
            Parser parser = new Parser(p.pattern());
            List<Set<String>> reqs = parser.alternation();
            if (parser.i != parser.s.length()) return ALWAYS;
            List<List<String>> out = new ArrayList<>();
            for (Set<String> r : reqs) out.add(List.copyOf(r));
            out.sort(java.util.Comparator.comparingInt(List::size)); // the cheapest test first
            return new Prefilter(List.copyOf(out));
        } catch (Unsupported e) {
            return ALWAYS;
        }
    }

    /** False only when {@code text} cannot contain a match. */
    public boolean mayFind(CharSequence text) {
        return requirements.isEmpty() || mayFindFolded(fold(text));
    }

    /** As {@link #mayFind}, for text already passed through {@link #fold}, when several prefilters test it. */
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

    /** Each requirement: any match contains at least one of these folded strings; all must hold. */
    List<List<String>> requirements() {
        return requirements;
    }

    /** True when the analysis found something to look for. */
    public boolean selective() {
        return !requirements.isEmpty();
    }

    /** Case folded per character, as Pattern's Unicode case-insensitive matching compares characters. */
    public static String fold(CharSequence s) {
        int n = s.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }

    static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of Java regex syntax, just deep enough to find mandatory literals. */
    private static final class Parser {
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

        /** A concatenation, up to '|' or ')'. */
        List<Set<String>> sequence() {
            List<Set<String>> reqs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                int literal = -1;
                List<Set<String>> group = null;
                char c = s.charAt(i);
                if (c == '\\') {
                    literal = escape();
                } else if (c == '[') {
                    Set<String> chars = smallClass();
                    skipClass();
                    if (chars != null) group = List.of(chars);
                } else if (c == '(') {
                    group = group();
                } else if (c == '.' || c == '^' || c == '$') {
                    i++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported();
                } else {
                    literal = c;
                    i++;
                }
                int min = quantifier();
                if (literal >= 0 && min >= 1) {
                    run.append(fold((char) literal));
                    if (min != Integer.MAX_VALUE) { // quantified: what follows may be a repeat, so the run ends here
                        flush(run, reqs);
                    }
                } else {
                    flush(run, reqs);
                    if (group != null && min >= 1) reqs.addAll(group);
                }
            }
            flush(run, reqs);
            return reqs;
        }

        static void flush(StringBuilder run, List<Set<String>> reqs) {
            if (run.length() > 0) {
                Set<String> one = new LinkedHashSet<>();
                one.add(run.toString());
                reqs.add(one);
                run.setLength(0);
            }
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

        /** An escape: the literal character, or -1 for a class, an assertion or anything not a plain character. */
        int escape() {
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
                return -1;
            }
            if ("sSwWdDbBAzZGRhHvVXtnrfae".indexOf(c) >= 0) return -1;
            if (Character.isLetterOrDigit(c)) throw new Unsupported(); // quoting, hex and code-point escapes, back-references
            return c;
        }

        /**
         * The characters of the class at i, each folded, when it is a short list of punctuation ("[:©|]"): any
         * match holds one of them. {@code null} for anything else (ranges, negation, escapes of classes, letters
         * that a case-insensitive match would also find in other forms). Does not move i.
         */
        Set<String> smallClass() {
            Set<String> chars = new LinkedHashSet<>();
            int j = i + 1;
            if (j < s.length() && s.charAt(j) == '^') return null;
            while (j < s.length() && s.charAt(j) != ']') {
                char c = s.charAt(j);
                if (c == '\\') {
                    if (j + 1 >= s.length() || Character.isLetterOrDigit(s.charAt(j + 1))) return null;
                    c = s.charAt(++j);
                } else if (c == '[' || c == '&' || c == '-' && j > i + 1 && j + 1 < s.length() && s.charAt(j + 1) != ']') {
                    return null; // nested class, intersection or range
                }
                if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) return null;
                chars.add(String.valueOf(fold(c)));
                j++;
            }
            return j < s.length() && !chars.isEmpty() && chars.size() <= 8 ? chars : null;
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

        /** A group: its requirements, or an empty list for lookarounds and flag changes. */
        List<Set<String>> group() {
            i++; // (
            boolean look = false;
            if (i < s.length() && s.charAt(i) == '?') {
                char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (n == ':' || n == '>') {
                    i += 2;
                } else if (n == '=' || n == '!') {
                    i += 2;
                    look = true;
                } else if (n == '<') {
                    char m = i + 2 < s.length() ? s.charAt(i + 2) : 0;
                    if (m == '=' || m == '!') {
                        i += 3;
                        look = true;
                    } else {
                        int close = s.indexOf('>', i);
                        if (close < 0) throw new Unsupported();
                        i = close + 1;
                    }
                } else {
                    // inline flags: (?i) (?-i) or (?i:...)
                    int j = i + 1;
                    while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) j++;
                    if (j >= s.length()) throw new Unsupported();
                    String flags = s.substring(i + 1, j);
                    if (flags.contains("x")) throw new Unsupported();
                    if (s.charAt(j) == ')') {
                        i = j + 1;
                        return List.of();
                    }
                    if (s.charAt(j) != ':') throw new Unsupported();
                    i = j + 1;
                }
            }
            List<Set<String>> inner = alternation();
            if (i >= s.length() || s.charAt(i) != ')') throw new Unsupported();
            i++;
            return look ? List.of() : inner;
        }
    }
}
