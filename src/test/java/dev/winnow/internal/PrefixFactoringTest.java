package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefixFactoringTest {
    @Test
    void gathersAlternativesByTheirFirstCharacter() {
        assertEquals("r(?:euters|itzau)|afp", PrefixFactoring.factor("reuters|ritzau|afp"));
        assertEquals("photo(?:|graph)|foto", PrefixFactoring.factor("photo|photograph|foto"));
        assertEquals("p(?:hoto|ic(?:ture|))", PrefixFactoring.factor("photo|picture|pic"));
    }

    @Test
    void guardsThreeOrMoreBranchesWithALookAheadForTheirFirstCharacters() {
        assertEquals("(?=[rae])(?:r(?:euters|itzau)|afp|efe)", PrefixFactoring.factor("reuters|ritzau|afp|efe"));
        assertEquals("(?=[\\-\\&a])(?:-x|&y|ab)", PrefixFactoring.factor("-x|&y|ab")); // punctuation escaped in the class
        assertTrue(Pattern.compile(PrefixFactoring.factor("-x|&y|ab")).matcher("z&y").find());
        // not where an alternative opens with something else, or may be empty
        assertEquals("ab|cd|\\d", PrefixFactoring.factor("ab|cd|\\d"));
        assertEquals("ab|cd|", PrefixFactoring.factor("ab|cd|"));
        // an alternative opening with a group opens with the group's first characters
        assertEquals("(?=[raA])(?:reuters|afp|(?-i:AP))", PrefixFactoring.factor("reuters|afp|(?-i:AP)"));
        assertEquals("(?=[rae])(?:reuters|a(?:fp|p)|(?<e>efe))", PrefixFactoring.factor("reuters|afp|ap|(?<e>efe)"));
        assertTrue(Pattern.compile(PrefixFactoring.factor("reuters|afp|(?-i:AP)"), Pattern.CASE_INSENSITIVE).matcher("by AP").find());
        // not where the group may open otherwise: a look-ahead, an optional group, or case ignored only inside it
        assertEquals("reuters|afp|(?=e)efe", PrefixFactoring.factor("reuters|afp|(?=e)efe"));
        assertEquals("reuters|afp|(?:efe)?x", PrefixFactoring.factor("reuters|afp|(?:efe)?x"));
        assertEquals("reuters|afp|(?i:efe)", PrefixFactoring.factor("reuters|afp|(?i:efe)", false));
        // found in review: a group turning on Unicode case matches more than an ASCII-case guard outside accepts
        for (String r : List.of("a|i|(?u:é)", "(?i:a|i|(?iu:é))", "a|b|(?u:k)", "(?-u:a|i|(?U:s))")) {
            for (String text : List.of("É", "\u212A", "\u017F")) {
                for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
                    Pattern original = Pattern.compile(r, flags);
                    assertEquals(original.matcher(text).find(), PrefixFactoring.factor(original).matcher(text).find(), r + " on " + text);
                }
            }
        }
        Pattern p = PrefixFactoring.factor(Pattern.compile("(?<a>reuters|afp|efe|dpa)\\b", Pattern.CASE_INSENSITIVE));
        assertEquals("(?<a>(?=[raed])(?:reuters|afp|efe|dpa))\\b", p.pattern());
        assertTrue(p.matcher("by AFP.").find());
        assertEquals("DPA", Regex.group(matcherAfterFind(p, "x DPA y"), "a"));
    }

    private static Matcher matcherAfterFind(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find());
        return m;
    }

    @Test
    void factorsInsideGroupsAndJoinsPlainGroupsIntoTheirAlternation() {
        assertEquals("\\b(?<agency>(?:the )?(?:a(?:p|fp)|reuters))\\s",
                PrefixFactoring.factor("\\b(?<agency>(?:the )?(?:(?:ap)|(?:afp|reuters)))\\s"));
        assertEquals("x(?:ab(?:c|d))+y", PrefixFactoring.factor("x(?:abc|abd)+y"));
    }

    @Test
    void movesNoBranchPastOneThatMayMatchTheSameCharacter() {
        // 'd' and 'D' match the same text case-insensitively: only neighbours are gathered
        assertEquals("(?=[dD])(?:dpa|DPA|dx)", PrefixFactoring.factor("dpa|DPA|dx"));
        assertEquals("d(?:pa|x)|DPA", PrefixFactoring.factor("dpa|dx|DPA"));
        // where case matters they never do: in a case-sensitive pattern, or inside (?-i:...)
        assertEquals("d(?:pa|x)|DPA", PrefixFactoring.factor("dpa|DPA|dx", false));
        assertEquals("(?-i:d(?:pa|x)|DPA)", PrefixFactoring.factor("(?-i:dpa|DPA|dx)"));
        assertEquals("(?i:(?=[dD])(?:dpa|DPA|dx))", PrefixFactoring.factor("(?i:dpa|DPA|dx)", false));
        assertEquals("(?=[dD])(?:(?s-i:d(?:pa|x)|DPA)|dpa|DPA|dx)", PrefixFactoring.factor("(?s-i:dpa|DPA|dx)|(?:dpa|DPA|dx)"));
        // an alternative not opening with a literal stays where it is, and splits the runs around it
        assertEquals("ab|[a]c|ad", PrefixFactoring.factor("ab|[a]c|ad"));
        assertEquals("a(?:b|d)|(?-i:AP)", PrefixFactoring.factor("ab|ad|(?-i:AP)"));
    }

    @Test
    void keepsGroupNumbersAndLeavesWhatItDoesNotFollow() {
        assertEquals("(?=[ab])(?:a(x)|b(y)|a(z))", PrefixFactoring.factor("a(x)|b(y)|a(z)")); // moving would renumber
        assertEquals("a(?:(x)|(z))|b(y)", PrefixFactoring.factor("a(x)|a(z)|b(y)"));
        for (String r : List.of("(?i)ab|ac", "ab|(?i)ac", "(a)b|a\\1", "\\Qab|ac\\E", "[[a]b]c|ad", "a|(b", "ab|ac)", "a+b|a+c",
                "(?x)ab|ac", "(?<n>a)b|\\k<n>c", "[]a]b|[]a]c")) {
            assertEquals(r, PrefixFactoring.factor(r));
        }
        // found in review: each of these came out matching something else
        for (String r : List.of("(?:ab|ac)(?i)", "(?:(?i)x(?:az|Ab|a))", "aß|ab", "ß|ßb", "foo|fooß", "aẞ|ab")) {
            assertEquals(r, PrefixFactoring.factor(r), r);
        }
        assertEquals("x(?:\\c|y|z)", PrefixFactoring.factor("x\\c|y|xz")); // "\c|" is one character, control-|
        Pattern trailing = Pattern.compile("(?:reuters|ritzau)(?-i)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSame(trailing, PrefixFactoring.factor(trailing));
        Pattern p = Pattern.compile("abc|xyz");
        assertSame(p, PrefixFactoring.factor(p));
        for (int flags : new int[] {Pattern.COMMENTS, Pattern.LITERAL, Pattern.CANON_EQ}) {
            Pattern q = Pattern.compile("ab|ac", flags);
            assertSame(q, PrefixFactoring.factor(q));
        }
    }

    /**
     * Random alternations of words, groups, classes and quantifiers, in both case modes: on random text the
     * factored pattern finds, matches and captures exactly what the pattern as written does.
     */
    @Test
    void matchesExactlyWhatTheOriginalMatches() {
        Random random = new Random(7);
        String[] atoms = {"a", "b", "A", "ab", "aB", "ba", "abc", "a?", "b+", "[ab]", "\\b", "\\s", " ", "-", "(?:a|ab)",
                "(a)", "(?<g>b)", "(?=a)", "(?!b)", "(?-i:A)", ".", "x*", "(?:ab)?", "é", "É", "(?i:a|Bb)", "(?-i:a|B)",
                "(?>ab|b)", "(?u:é|a)", "(?iu:É)", "(?U:k)", "(?-u:a|k)"};
        String[] letters = {"a", "A", "b", "é", "É"}; // alternatives mostly open with a letter, as in a vocabulary
        String text = "aAbBé É-x \u212A\u017Fk";
        int compared = 0;
        for (int n = 0; n < 2_000; n++) {
            List<String> alternatives = new ArrayList<>();
            boolean named = false;
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                StringBuilder alt = new StringBuilder();
                for (int m = random.nextInt(4); m > 0; m--) {
                    String atom = random.nextBoolean() ? letters[random.nextInt(letters.length)] : atoms[random.nextInt(atoms.length)];
                    if (atom.contains("?<g>")) {
                        if (named) continue; // a name once per pattern
                        named = true;
                    }
                    alt.append(atom);
                }
                alternatives.add(alt.toString());
            }
            String joined = String.join("|", alternatives);
            String regex = switch (random.nextInt(4)) {
                case 0 -> joined;
                case 1 -> "x?(?:" + joined + ")(?:b|$)";
                case 2 -> "(?-i:" + joined + ")|(?:" + joined.replace("(?<g>", "(?<h>") + ")";
                default -> "(?i:" + joined + ")b?";
            };
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.CASE_INSENSITIVE}) {
                Pattern original = Pattern.compile(regex, flags);
                Pattern factored = PrefixFactoring.factor(original);
                for (int t = 0; t < 30; t++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = random.nextInt(9); c > 0; c--) sb.append(text.charAt(random.nextInt(text.length())));
                    String s = sb.toString();
                    assertEquals(runs(original, s), runs(factored, s), regex + " -> " + factored.pattern() + " on '" + s + "'");
                    compared++;
                }
            }
        }
        assertTrue(compared > 100_000);
    }

    /** Every find over the text, then matches() and lookingAt(), each with its groups' spans. */
    private static String runs(Pattern p, String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = p.matcher(s);
        while (m.find()) describe(m, b);
        b.append(" | ").append(m.reset().matches());
        if (m.matches()) describe(m, b);
        b.append(" | ").append(m.reset().lookingAt());
        if (m.lookingAt()) describe(m, b);
        return b.toString();
    }

    private static void describe(Matcher m, StringBuilder b) {
        b.append(' ').append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append('(').append(m.start(g)).append(',').append(m.end(g)).append(')');
    }
}
