package dev.winnow.segment;

import dev.winnow.Block;
import dev.winnow.Container;
import dev.winnow.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns already-extracted plain text into blocks: one block per non-empty line; blank lines separate
 * paragraphs, which the blocks' {@code group} records.
 */
public final class TextSegmenter {
    private TextSegmenter() {}

    public static List<Block> segment(String text) {
        Container root = new Container(0, "#text", "", null, 0);
        List<Block> blocks = new ArrayList<>(text.length() / 64 + 16);
        int group = 0;
        boolean blank = false;
        int start = 0;
        int n = text.length();
        char[] chars = text.toCharArray(); // one bulk copy: the lines are checked in it, not char by char
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            String line = text.substring(start, end);
            int words = Text.wordsIfNormal(chars, start, end);
            if (words < 0) {
                line = Text.normalise(line);
                words = Text.words(line);
            }
            if (line.isEmpty()) {
                blank = true;
            } else {
                if (blank && !blocks.isEmpty()) group++;
                blank = false;
                blocks.add(new Block(blocks.size(), line, words, 0, "line", 0, root, group));
            }
            start = end + 1;
        }
        return blocks;
    }
}
