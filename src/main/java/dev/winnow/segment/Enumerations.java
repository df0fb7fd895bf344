package dev.winnow.segment;

import dev.winnow.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered lists in plain text: lines that start with consecutive numbers ("1)", "2.", "3a", "4" alone), a
 * few lines apart, at least {@link #MIN_ITEMS} of them. Structure, not vocabulary: a run of counted items is
 * content that was written as a list (steps, rankings, calendars, standings), not a menu.
 */
public final class Enumerations {
    static final int MIN_ITEMS = 6;
    /** Most lines one item may span, its number line included. */
    static final int MAX_ITEM_LINES = 8;
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})(?:[).:ºª°]|a\\b|\\s*$|\\s+[-–—]\\s)");
    /** The characters that may follow an item's number in {@link #NUMBER}: its marks, 'a' and white space. */
    private static final String AFTER_NUMBER = ").:ºª°a \t\n\u000B\f\r";

    private Enumerations() {}

    /** For each block, whether it lies inside a numbered list (its number lines and the lines of each item). */
    public static boolean[] items(List<Block> blocks) {
        int[] numbers = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) numbers[i] = number(blocks.get(i));
        boolean[] in = new boolean[blocks.size()];
        boolean[] chained = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (numbers[i] < 0 || chained[i]) continue;
            List<Integer> chain = new ArrayList<>();
            chain.add(i);
            for (int cur = i, next; (next = successor(numbers, cur)) >= 0; cur = next) chain.add(next);
            if (chain.size() < MIN_ITEMS) continue;
            for (int k : chain) chained[k] = true;
            mark(chain, blocks.size(), in);
        }
        return in;
    }

    /** The nearest line after {@code cur}, within one item's reach, numbered one more than {@code cur}; or -1. */
    private static int successor(int[] numbers, int cur) {
        for (int j = cur + 1; j < numbers.length && j - cur <= MAX_ITEM_LINES; j++)
            if (numbers[j] == numbers[cur] + 1) return j;
        return -1;
    }

    private static int number(Block b) {
        String text = b.text();
        int digits = 0; // the pattern opens with one to three digits, then none: what may follow is checked first
        while (digits < text.length() && digits <= 3 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') digits++;
        if (digits == 0 || digits > 3) return -1;
        if (digits < text.length() && AFTER_NUMBER.indexOf(text.charAt(digits)) < 0) return -1;
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Marks the chain's lines, giving the last item as many lines as the longest item before it. */
    private static void mark(List<Integer> chain, int size, boolean[] in) {
        int span = 1;
        for (int k = 1; k < chain.size(); k++) span = Math.max(span, chain.get(k) - chain.get(k - 1));
        int end = Math.min(size - 1, chain.get(chain.size() - 1) + span - 1);
        for (int i = chain.get(0); i <= end; i++) in[i] = true;
    }
}
