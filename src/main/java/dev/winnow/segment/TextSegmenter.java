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
        return segment(text.toCharArray(), text.length());
    }

    /** As {@link #segment(String)}, for the text {@code chars[0, length)}. */
    public static List<Block> segment(char[] chars, int length) {
        if (length < 0 || length > chars.length) throw new IllegalArgumentException("length " + length + " of " + chars.length);
        Container root = new Container(0, "#text", "", null, 0);
        List<Block> blocks = new ArrayList<>(length / 64 + 16);
        int group = 0;
        boolean blank = false;
        int start = 0;
        while (start <= length) {
            long read = Text.line(chars, start, length);
            int end = Text.lineEnd(read);
            String line = new String(chars, start, end - start);
            int words = Text.lineWords(read);
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
