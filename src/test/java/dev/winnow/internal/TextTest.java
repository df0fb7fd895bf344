package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
    /**
     * Text.line over {@code s}, as a segmenter reads a line in a larger array: the words of its first line if
     * that is normal, else -1; the line must end at its first '\n'.
     */
    private static int wordsIfNormal(String s) {
        char[] page = ("x\n" + s + "\ny").toCharArray();
        long line = Text.line(page, 2, page.length);
        assertEquals(2 + firstLine(s).length(), Text.lineEnd(line), s);
        return Text.lineWords(line);
    }

    private static String firstLine(String s) {
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }

    /** What {@link #wordsIfNormal} must answer, by the definitions. */
    private static int expectedWords(String s) {
        String first = firstLine(s);
        return Text.normalise(first).equals(first) ? Text.words(first) : -1;
    }

    @Test
    void normaliseCollapsesEveryKindOfSpaceAndDropsControlsAndSoftHyphens() {
        assertEquals("a b c", Text.normalise("  a\u00A0\t b\u2003\u200Bc \n"));
        assertEquals("cooperation", Text.normalise("co\u00ADoperation"));
        assertEquals("x y", Text.normalise("x\u0007y"));
        assertEquals("", Text.normalise(" \u3000 "));
        assertEquals("Привет, 世界 — “quoted”…", Text.normalise("Привет,  世界 — “quoted”…"));
    }

    @Test
    void wordsIfNormalCountsWordsOnlyOfTextNormaliseLeavesAlone() {
        assertEquals(3, wordsIfNormal("one two-three"));
        assertEquals(0, wordsIfNormal(""));
        assertEquals(2, wordsIfNormal("one two\nthree four five"));
        char[] page = "ab cd \nx".toCharArray();
        assertEquals(4, Text.lineEnd(Text.line(page, 0, 4)));
        assertEquals(2, Text.lineWords(Text.line(page, 0, 4)), "read up to the limit");
        assertEquals(-1, Text.lineWords(Text.line(page, 0, 3)), "a trailing space before the limit");
        assertEquals(6, Text.lineEnd(Text.line(page, 6, page.length)));
        assertEquals(0, Text.lineWords(Text.line(page, 6, page.length)), "an empty line");
        for (String notNormal : List.of(" lead", "trail ", "two  spaces", "tab\there", "nbsp\u00A0here", "soft\u00ADhyphen", "bell\u0007")) {
            assertEquals(-1, wordsIfNormal(notNormal), notNormal);
        }
    }

    /** Every character, between letters, alone and doubled: the table of kinds agrees with the definitions. */
    @Test
    void wordsIfNormalAgreesWithNormaliseAndWordsOnEveryCharacter() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            String hex = "U+" + Integer.toHexString(code);
            for (String s : List.of("a" + c + "b", "a" + c + c + "b", "a " + c)) {
                assertEquals(expectedWords(s), wordsIfNormal(s), () -> hex + " in " + s);
            }
            int letterOrDigit = Character.isLetterOrDigit(c) || c == '_' ? 1 : 0;
            assertEquals(letterOrDigit, Text.words(String.valueOf(c)), hex);
        }
    }

    /** Random text over a mix of letters, scripts, spaces and controls: the fast paths agree with the slow ones. */
    @Test
    void fastPathsAgreeWithTheGeneralDefinitions() {
        String alphabet = "aZ9_ .,-\t\n\u00A0\u00AD\u0085\u2003\u200B\u2028\u202F\u3000\uFEFF\u0007é中かЖ—’…\u200DÉİΣσςß";
        Random random = new Random(7);
        int normal = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            String normalised = Text.normalise(s);
            int fast = wordsIfNormal(s);
            assertEquals(expectedWords(s), fast, s);
            assertEquals(normalised, Text.normalise(normalised), "idempotent: " + s);
            if (fast >= 0) normal++;
            int expectedKeyLength = 0;
            for (char c : s.toCharArray()) if (Character.isLetterOrDigit(c)) expectedKeyLength++;
            String key = Text.comparisonKey(s);
            assertTrue(Text.hasKey(s, key), s);
            String other = Text.comparisonKey(alphabet.charAt(random.nextInt(alphabet.length())) + s);
            assertEquals(other.equals(key), Text.hasKey(s, other), s);
            assertEquals(key, key.toLowerCase(java.util.Locale.ROOT));
            assertTrue(key.length() >= expectedKeyLength, s);
        }
        assertTrue(normal > 1000, normal + " normal strings");
    }

    /** Every letter and digit of the BMP, in upper and lower case and in a word: hasKey agrees with comparisonKey. */
    @Test
    void hasKeyAgreesWithComparisonKeyForEveryCharacter() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (!Character.isLetterOrDigit(c)) continue;
            for (String s : List.of("a" + c + "b", c + " x", "x " + c)) {
                String key = Text.comparisonKey(s);
                assertTrue(Text.hasKey(s, key), s);
                for (char other : new char[] {Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c)}) {
                    String t = s.replace(c, other);
                    assertEquals(Text.comparisonKey(t).equals(key), Text.hasKey(t, key), s + " / " + t);
                }
            }
        }
    }

    /** Pieces appended one by one (text nodes of one block): the same text and word count as normalising their join. */
    @Test
    void normaliserMatchesNormaliseOfTheJoinedPieces() {
        String alphabet = "ab_9 \t\n\u00A0\u00AD\u2003\u0007é中—";
        Random random = new Random(11);
        Text.Normaliser normaliser = new Text.Normaliser();
        for (int i = 0; i < 5_000; i++) {
            normaliser.clear();
            StringBuilder joined = new StringBuilder();
            for (int piece = random.nextInt(5); piece > 0; piece--) {
                StringBuilder sb = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                joined.append(sb);
                normaliser.append(sb);
            }
            String expected = Text.normalise(joined);
            assertEquals(expected, normaliser.toString(), joined.toString());
            assertEquals(Text.words(expected), normaliser.words(), joined.toString());
            assertEquals(expected.length(), normaliser.length());
        }
    }
}
