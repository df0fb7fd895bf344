package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression in every vocabulary resource runs in (near) linear time on long, repetitive text:
 * runs of letters, hyphenated and spaced tokens, digits and punctuation, the inputs that make nested or
 * overlapping quantifiers backtrack. One slow entry would let one hostile page hang a crawler thread.
 */
class VocabularySafetyTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/winnow");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static List<String> inputs() {
        List<String> in = new ArrayList<>();
        for (String unit : List.of("a", "A", "a-", "A-a", "a ", "Ab ", "1", "1.", "a.", "é", "- ", ": ", "a/", "'a", "By A ")) {
            in.add(unit.repeat(4000 / unit.length()));
            in.add("x - " + unit.repeat(2000 / unit.length()) + " b c d e!");
            in.add("REUTERS/" + unit.repeat(2000 / unit.length()) + ")");
        }
        return in;
    }

    @TestFactory
    List<DynamicTest> everyEntryIsLinearOnLongInput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> inputs = inputs();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("[")) continue;
                    String regex = entry.contains(" = ") ? entry.substring(entry.indexOf(" = ") + 3) : entry;
                    Pattern p = Pattern.compile(regex.replace("%AGENCIES%", "associated press|reuters|ap"), FLAGS);
                    tests.add(DynamicTest.dynamicTest(RESOURCES.relativize(f) + ": " + abbreviate(entry), () ->
                            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                                for (String s : inputs) p.matcher(s).find();
                            })));
                }
            }
        }
        assertTrue(tests.size() > 100, "found only " + tests.size() + " entries");
        return tests;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
