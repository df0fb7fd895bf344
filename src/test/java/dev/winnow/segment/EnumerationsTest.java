package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumerationsTest {
    /** Whether each line of {@code lines} lies inside a numbered list. */
    private static boolean[] items(List<String> lines) {
        return Enumerations.items(TextSegmenter.segment(String.join("\n", lines)));
    }

    private static boolean[] all(int n, boolean value) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, value);
        return b;
    }

    @Test
    void sixConsecutiveNumbersInAnyOfTheirFormsMakeAList() {
        List<String> lines = List.of("1) Preheat the oven.", "2. Mix the flour.", "3: Add the eggs.", "4a Stir well.",
                "5 - Pour into the tin.", "6");
        assertArrayEquals(all(6, true), items(lines));
    }

    @Test
    void anItemMaySpanLinesUpToTheLongestItemBeforeTheLast() {
        List<String> lines = List.of("1.", "Alpha", "2.", "Beta", "3.", "Gamma", "4.", "Delta", "5.", "Epsilon", "6.", "Zeta",
                "After the list");
        boolean[] expected = all(13, true);
        expected[12] = false;
        assertArrayEquals(expected, items(lines));
    }

    @Test
    void fiveItemsAreNoList() {
        assertArrayEquals(all(5, false), items(List.of("1.", "2.", "3.", "4.", "5.")));
    }

    @Test
    void numbersThatAreNotItemNumbersBreakTheRun() {
        // four digits, a thousands comma, a digit run into letters, a bare number before a word: none is an item
        for (String odd : List.of("2019 was a year", "1,000 people", "3rd place", "3 people came", "1234.")) {
            List<String> lines = new ArrayList<>(List.of("1.", "2.", odd, "4.", "5.", "6."));
            assertArrayEquals(all(6, false), items(lines), odd);
        }
        List<String> numbered = List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.");
        List<String> withYear = new ArrayList<>(numbered.subList(0, 3));
        withYear.add("2019");
        withYear.addAll(numbered.subList(3, 7));
        assertArrayEquals(all(8, true), items(withYear), "a line between items is part of the item before it");
    }
}
