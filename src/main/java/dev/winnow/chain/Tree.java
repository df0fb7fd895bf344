package dev.winnow.chain;

import dev.winnow.Block;
import dev.winnow.Container;
import java.util.List;

/**
 * Word counts per container of one page, summed over the blocks inside it: computed once after segmentation
 * so that cleaners weighing regions do not walk the tree again.
 */
public final class Tree {
    private final int[] words;
    private final int[] linkWords;
    private final int totalWords;

    private Tree(int[] words, int[] linkWords, int totalWords) {
        this.words = words;
        this.linkWords = linkWords;
        this.totalWords = totalWords;
    }

    public static Tree of(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) max = Math.max(max, b.container().id());
        int[] words = new int[max + 1];
        int[] links = new int[max + 1];
        int total = 0;
        for (Block b : blocks) {
            total += b.words();
            for (Container c = b.container(); c != null; c = c.parent()) {
                words[c.id()] += b.words();
                links[c.id()] += b.linkWords();
            }
        }
        return new Tree(words, links, total);
    }

    /** Words in all blocks inside {@code c}. */
    public int words(Container c) {
        return c.id() < words.length ? words[c.id()] : 0;
    }

    /** Share of the words inside {@code c} that are link text. */
    public double linkDensity(Container c) {
        int w = words(c);
        return w == 0 ? 0 : (double) linkWords[c.id()] / w;
    }

    public int totalWords() {
        return totalWords;
    }

    /** One past the largest container id, for cleaners that keep per-container arrays. */
    public int size() {
        return words.length;
    }
}
