package dev.winnow.chain;

import dev.winnow.Block;
import dev.winnow.Metadata;
import java.util.List;

/**
 * A page after segmentation: what every cleaner sees.
 *
 * @param blocks   the blocks in page order
 * @param tree     word counts per container
 * @param declared metadata the page declares about itself (HTML head, JSON-LD); {@link Metadata#EMPTY} for text
 * @param url      the page's URL, or {@code null}
 * @param html     true when the page was HTML
 * @param folded   each block's text case-folded, by block index
 * @param numbered for plain text, the indexes of lines inside a numbered list; found once for every cleaner
 */
public record Segmentation(List<Block> blocks, Tree tree, Metadata declared, String url, boolean html, List<String> folded,
                           java.util.BitSet numbered) {
    public Segmentation {
        blocks = List.copyOf(blocks);
        folded = List.copyOf(folded);
        numbered = (java.util.BitSet) numbered.clone();
    }

    public static Segmentation of(List<Block> blocks, Metadata declared, String url, boolean html) {
        List<String> folded = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) folded.add(dev.winnow.internal.Prefilter.fold(b.text()));
        java.util.BitSet numbered = new java.util.BitSet(blocks.size());
        if (!html) { // numbered lists are found from the lines of plain text
            boolean[] items = dev.winnow.segment.Enumerations.items(blocks);
            for (int i = 0; i < items.length; i++) if (items[i]) numbered.set(i);
        }
        return new Segmentation(blocks, Tree.of(blocks), declared, url, html, folded, numbered);
    }

    /** For plain text: the line belongs to a numbered list (see {@link dev.winnow.segment.Enumerations}). */
    public boolean inNumberedList(Block b) {
        return numbered.get(b.index());
    }

    /**
     * The block's text case-folded once for the whole chain, for {@link dev.winnow.internal.Prefilter} checks
     * (the full text, before any trim).
     */
    public String folded(Block b) {
        return folded.get(b.index());
    }
}
