package dev.winnow.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites the alternations of a regular expression so that alternatives opening with the same literal
 * character share one branch: {@code reuters|ritzau|afp} becomes {@code r(?:euters|itzau)|afp}. Java's matcher
 * tries an alternation's branches one by one at every position; an unanchored search for one of sixty agency
 * names made sixty comparisons per position, and now makes about one per distinct first letter.
 *
 * <p>The rewrite matches exactly what the original matches, with the same groups:
 * <ul>
 * <li>within a branch, alternatives keep their order, so the leftmost alternative that lets the rest of the
 * pattern match still wins;</li>
 * <li>branches are moved past each other only when their first characters can never match the same
 * character (they differ even after case folding) and none of them holds a capturing group, whose number
 * would change;</li>
 * <li>it leaves whole any pattern it does not fully follow: inline flags that hold to the end of a group
 * ("(?i)"), back-references, quoting, nested classes, comments mode, and 'ß' or 'ẞ', which Java matches
 * case-insensitively one way alone and another inside a run of text.</li>
 * </ul>
 */
public final class PrefixFactoring {
    /** Characters that stand for themselves outside a class, whatever follows them. */
    private static final String PLAIN_PUNCTUATION = " -,'’/&:;!\"%@~<>=_#";
    /** Branches an alternation needs before a look-ahead for their first characters pays (see {@link #guard}). */
    private static final int GUARDED_BRANCHES = 3;

    private final String s;
    private int i;
    private boolean caseInsensitive; // where the parse is: "(?i:...)" and "(?-i:...)" groups turn it on and off

    private PrefixFactoring(String s, boolean caseInsensitive) {
        this.s = s;
        this.caseInsensitive = caseInsensitive;
    }

    /** {@code p} with its alternations factored, or {@code p} itself when nothing changes. */
    public static Pattern factor(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return p; // not read here
        String f = factor(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0);
        if (f.equals(p.pattern())) return p;
        try {
            return Pattern.compile(f, p.flags());
        } catch (java.util.regex.PatternSyntaxException e) {
            return p; // a construct this reading got wrong: the pattern as written still works
        }
    }

    /**
     * The regular expression with its alternations factored; {@code regex} itself when it cannot be. Read as if
     * compiled case-insensitively, which moves fewer branches (see {@link #factor(String, boolean)}).
     */
    public static String factor(String regex) {
        return factor(regex, true);
    }

    /**
     * As {@link #factor(String)}, for a pattern compiled with or without {@code CASE_INSENSITIVE}: where case
     * matters, "DPA" and "dpa" never match the same text, and their branches may pass each other.
     */
    static String factor(String regex, boolean caseInsensitive) {
        if (regex.contains("\\Q") || regex.contains("\\k<") || regex.matches("(?s).*\\\\[1-9].*")
                || regex.indexOf('\u00DF') >= 0 || regex.indexOf('\u1E9E') >= 0) return regex;
        try {
            PrefixFactoring f = new PrefixFactoring(regex, caseInsensitive);
            String out = f.alternation();
            return f.i == regex.length() ? out : regex;
        } catch (Unsupported e) {
            return regex;
        }
    }

    /**
     * One atom of a sequence, as written (groups already factored inside), with its quantifier. {@code inner}:
     * the alternatives of an unquantified "(?:...)" group, which may join the alternation around it. {@code firsts}:
     * for a group, the characters any match of it opens with, when that is known (see {@link #firsts}); else null.
     */
    private record Atom(String text, boolean literal, boolean quantified, boolean capturing, List<List<Atom>> inner,
                        String firsts) {}

    /** The alternation up to ')' or the end, factored. */
    private String alternation() {
        return factored(alternatives(), caseInsensitive);
    }

    /** Alternatives separated by '|', up to ')' or the end; each "(?:a|b)" alone in one gives "a" and "b". */
    private List<List<Atom>> alternatives() {
        List<List<Atom>> alternatives = new ArrayList<>();
        addFlattened(alternatives, sequence());
        while (i < s.length() && s.charAt(i) == '|') {
            i++;
            addFlattened(alternatives, sequence());
        }
        return alternatives;
    }

    private static void addFlattened(List<List<Atom>> into, List<Atom> alternative) {
        if (alternative.size() == 1 && alternative.get(0).inner != null) {
            for (List<Atom> a : alternative.get(0).inner) addFlattened(into, a);
        } else {
            into.add(alternative);
        }
    }

    private static String factored(List<List<Atom>> alternatives, boolean caseInsensitive) {
        if (alternatives.size() < 2) return join(alternatives);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < alternatives.size()) {
            int to = from;
            while (to < alternatives.size() && key(alternatives.get(to)) != null) to++;
            if (to == from) { // not led by a literal: stays where it is
                out.add(text(alternatives.get(from)));
                from++;
                continue;
            }
            List<List<Atom>> run = alternatives.subList(from, to);
            boolean reorder = true; // branches may be gathered across the run
            Map<Character, Character> folded = new LinkedHashMap<>();
            for (List<Atom> a : run) {
                char k = key(a);
                Character other = folded.putIfAbsent(caseInsensitive ? Prefilter.fold(k) : k, k);
                if (other != null && other != k) reorder = false; // 'a' and 'A' may match the same character
                for (Atom atom : a) reorder &= !atom.capturing;
            }
            Map<Character, List<List<Atom>>> branches = new LinkedHashMap<>();
            List<List<Atom>> current = null;
            char currentKey = 0;
            for (List<Atom> a : run) {
                char k = key(a);
                if (reorder) {
                    branches.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
                } else { // only neighbours with the same first character share a branch
                    if (current == null || k != currentKey) {
                        emit(out, currentKey, current, caseInsensitive);
                        current = new ArrayList<>();
                        currentKey = k;
                    }
                    current.add(a);
                }
            }
            emit(out, currentKey, current, caseInsensitive);
            for (Map.Entry<Character, List<List<Atom>>> b : branches.entrySet()) emit(out, b.getKey(), b.getValue(), caseInsensitive);
            from = to;
        }
        String joined = String.join("|", out);
        String firsts = firsts(alternatives);
        if (out.size() < GUARDED_BRANCHES || firsts == null) return joined;
        return guard(firsts) + "(?:" + joined + ")";
    }

    /**
     * The characters that the matches of these alternatives open with, each once, or null when one of them may
     * open otherwise (or match nothing). An alternative opens with its first literal, or with the first characters
     * of a group it opens with ("(?-i:AP)" with 'A').
     */
    private static String firsts(List<List<Atom>> alternatives) {
        StringBuilder b = new StringBuilder();
        for (List<Atom> a : alternatives) {
            Character k = key(a);
            String f = k != null ? String.valueOf(k.charValue()) : a.isEmpty() || a.get(0).quantified ? null : a.get(0).firsts;
            if (f == null) return null;
            for (int i = 0; i < f.length(); i++) if (b.indexOf(f.substring(i, i + 1)) < 0) b.append(f.charAt(i));
        }
        return b.toString();
    }

    /**
     * A look-ahead for the first characters of alternatives ("(?=[rae])" before "r(?:euters|itzau)|afp|efe"):
     * where none of them stands, one test fails the position, instead of one per branch. Written in the
     * alternation's own case mode, as its literals are, so it accepts what they accept; a character from a
     * case-sensitive group within a case-insensitive alternation is accepted in either case, which is only more.
     */
    private static String guard(String firsts) {
        StringBuilder b = new StringBuilder("(?=[");
        for (int i = 0; i < firsts.length(); i++) {
            char k = firsts.charAt(i);
            if (!Character.isLetterOrDigit(k)) b.append('\\'); // punctuation, escaped: '-', '&' and '^' mean more in a class
            b.append(k);
        }
        return b.append("])").toString();
    }

    private static void emit(List<String> out, char key, List<List<Atom>> branch, boolean caseInsensitive) {
        if (branch == null) return;
        if (branch.size() == 1) {
            out.add(text(branch.get(0)));
            return;
        }
        StringBuilder prefix = new StringBuilder().append(key);
        int depth = 1; // the literals all of the branch opens with: "photo(?:|graph)", not "p(?:h(?:o(?:...
        while (true) {
            Character next = key(branch.get(0).subList(depth, branch.get(0).size()));
            boolean shared = next != null;
            for (List<Atom> a : branch) shared &= next != null && next.equals(key(a.subList(depth, a.size())));
            if (!shared) break;
            prefix.append(next.charValue());
            depth++;
        }
        List<List<Atom>> rests = new ArrayList<>();
        for (List<Atom> a : branch) rests.add(a.subList(depth, a.size()));
        out.add(prefix + "(?:" + factored(rests, caseInsensitive) + ")");
    }

    /** The literal character an alternative opens with, or null. */
    private static Character key(List<Atom> alternative) {
        if (alternative.isEmpty()) return null;
        Atom first = alternative.get(0);
        return first.literal && !first.quantified ? first.text.charAt(0) : null;
    }

    private static String text(List<Atom> alternative) {
        StringBuilder b = new StringBuilder();
        for (Atom a : alternative) b.append(a.text);
        return b.toString();
    }

    private static String join(List<List<Atom>> alternatives) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < alternatives.size(); k++) {
            if (k > 0) b.append('|');
            b.append(text(alternatives.get(k)));
        }
        return b.toString();
    }

    /** A concatenation of atoms, up to '|' or ')'. */
    private List<Atom> sequence() {
        List<Atom> atoms = new ArrayList<>();
        while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
            int start = i;
            char c = s.charAt(i);
            boolean literal = false, capturing = false;
            List<List<Atom>> group = null;
            String text, firsts = null;
            if (c == '\\') {
                skipEscape();
                text = s.substring(start, i);
            } else if (c == '[') {
                skipClass();
                text = s.substring(start, i);
            } else if (c == '(') {
                String opening = groupOpening();
                capturing = opening.equals("(") || opening.startsWith("(?<") && opening.length() > 3
                        && Character.isLetter(opening.charAt(3));
                boolean outer = caseInsensitive;
                caseInsensitive = caseInside(opening, outer);
                List<List<Atom>> alternatives = alternatives();
                String inner = factored(alternatives, caseInsensitive);
                // a group that consumes what it matches; case ignored inside only where it is outside too, and
                // not by Unicode's rules where a guard outside would compare by ASCII's
                if (!opening.startsWith("(?=") && !opening.startsWith("(?!") && !opening.startsWith("(?<=")
                        && !opening.startsWith("(?<!") && (outer || !caseInsensitive) && !turnsOnUnicodeCase(opening)) {
                    firsts = firsts(alternatives);
                }
                caseInsensitive = outer;
                if (i >= s.length() || s.charAt(i) != ')') throw new Unsupported();
                i++;
                text = opening + inner + ")";
                capturing |= inner.indexOf('(') >= 0 && containsCapture(inner);
                if (opening.equals("(?:")) group = alternatives;
            } else {
                i++;
                text = String.valueOf(c);
                literal = Character.isLetterOrDigit(c) || PLAIN_PUNCTUATION.indexOf(c) >= 0;
                if (c == '*' || c == '+' || c == '?' || c == '{') throw new Unsupported(); // a quantifier with nothing to repeat
            }
            int q = i;
            skipQuantifier();
            atoms.add(new Atom(text + s.substring(q, i), literal, i > q, capturing, i > q ? null : group, firsts));
        }
        return atoms;
    }

    /** Whether case is ignored inside a group opened by {@code opening} ("(?-i:" turns it off, "(?i:" on). */
    private static boolean caseInside(String opening, boolean outer) {
        return flags(opening, true).indexOf('i') >= 0 || outer && flags(opening, false).indexOf('i') < 0;
    }

    /** Whether a group opened by {@code opening} turns on Unicode case ("(?u:", "(?iU:"). */
    private static boolean turnsOnUnicodeCase(String opening) {
        String on = flags(opening, true);
        return on.indexOf('u') >= 0 || on.indexOf('U') >= 0;
    }

    /** The flags a group opened by {@code opening} turns on ("is" of "(?is-m:"), or off ("m"); "" for others. */
    private static String flags(String opening, boolean on) {
        if (!opening.startsWith("(?") || !opening.endsWith(":") || opening.length() < 4) return "";
        String flags = opening.substring(2, opening.length() - 1);
        int minus = flags.indexOf('-');
        return on ? (minus < 0 ? flags : flags.substring(0, minus)) : (minus < 0 ? "" : flags.substring(minus + 1));
    }

    private static boolean containsCapture(String regex) {
        for (int k = 0; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '(') {
                if (k + 1 >= regex.length() || regex.charAt(k + 1) != '?') return true;
                if (k + 3 < regex.length() && regex.charAt(k + 2) == '<' && Character.isLetter(regex.charAt(k + 3))) return true;
            }
        }
        return false;
    }

    /** The group's opening ("(", "(?:", "(?<name>", "(?<=", "(?i:" ...), consumed. */
    private String groupOpening() {
        int start = i;
        i++;
        if (i < s.length() && s.charAt(i) == '?') {
            i++;
            if (i >= s.length()) throw new Unsupported();
            char n = s.charAt(i);
            if (n == ':' || n == '=' || n == '!' || n == '>') {
                i++;
            } else if (n == '<') {
                if (i + 1 < s.length() && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '!')) {
                    i += 2;
                } else {
                    int close = s.indexOf('>', i);
                    if (close < 0) throw new Unsupported();
                    i = close + 1;
                }
            } else {
                while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) i++;
                if (i >= s.length()) throw new Unsupported();
                String f = s.substring(start + 2, i);
                if (f.indexOf('x') >= 0) throw new Unsupported(); // comments mode: '#' and spaces change meaning
                if (s.charAt(i) != ':') throw new Unsupported(); // "(?i)": flags to the end of the group, or further
                i++;
            }
        }
        return s.substring(start, i);
    }

    private void skipEscape() {
        if (i + 1 >= s.length()) throw new Unsupported();
        char c = s.charAt(i + 1);
        i += 2;
        if ((c == 'p' || c == 'P' || c == 'x' || c == 'N') && i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) throw new Unsupported();
            i = close + 1;
        } else if (c == 'p' || c == 'P' || c == 'c') { // "\pL", "\cX": one character more
            if (i >= s.length()) throw new Unsupported();
            i++;
        }
    }

    private void skipClass() {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '^') j++;
        if (j < s.length() && s.charAt(j) == ']') throw new Unsupported(); // ']' first: not followed here
        while (j < s.length() && s.charAt(j) != ']') {
            char c = s.charAt(j);
            if (c == '[') throw new Unsupported(); // a class within a class
            j += c == '\\' ? 2 : 1;
        }
        if (j >= s.length()) throw new Unsupported();
        i = j + 1;
    }

    private void skipQuantifier() {
        if (i >= s.length()) return;
        char c = s.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) throw new Unsupported();
            i = close + 1;
        } else {
            return;
        }
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++;
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
