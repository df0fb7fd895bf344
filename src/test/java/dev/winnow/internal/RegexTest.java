package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexTest {
    @Test
    void splitsTopLevelAlternativesOnly() {
        assertEquals(List.of("a", "b(c|d)"), Regex.alternatives("a|b(c|d)"));
        assertEquals(List.of("[|]x", "y"), Regex.alternatives("[|]x|y"));
        assertEquals(List.of("a\\|b", "c"), Regex.alternatives("a\\|b|c"));
        assertEquals(List.of("comment(?!ary)", "\\bads?\\b"), Regex.alternatives("comment(?!ary)|\\bads?\\b"));
    }

    @Test
    void leavesWhatItDoesNotFollowWhole() {
        for (String r : List.of("\\Qa|b\\E", "\\Qxyz|nothing", "[[x]|q]yz", "[^]|x]", "[]|x]", "(?i)a|b", "a|(b", "[a|b")) {
            assertEquals(List.of(r), Regex.alternatives(r), r);
        }
    }

    /** On random text, some alternative finds a match exactly when the whole regex does. */
    @Test
    void alternativesFindWhatTheWholeFinds() {
        List<String> regexes = List.of("ab|c[|d]|(e|f)g", "x(?=y)|\\by\\b|[.|]z", "\\|a|b\\\\|c", "share(?!d)|sharing|-ad\\b");
        String alphabet = "abcdefgxyz|.\\ -shrin";
        Random random = new Random(3);
        for (String regex : regexes) {
            Pattern whole = Pattern.compile(regex);
            List<Pattern> parts = Regex.alternatives(regex).stream().map(Pattern::compile).toList();
            for (int i = 0; i < 5_000; i++) {
                StringBuilder sb = new StringBuilder();
                for (int n = random.nextInt(10); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String s = sb.toString();
                assertEquals(whole.matcher(s).find(), parts.stream().anyMatch(p -> p.matcher(s).find()), regex + " on " + s);
            }
        }
    }
}
