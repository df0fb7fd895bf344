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
 */
public record Segmentation(List<Block> blocks, Tree tree, Metadata declared, String url, boolean html, List<String> folded) {
    public Segmentation {
        blocks = List.copyOf(blocks);
        folded = List.copyOf(folded);
    }

    public static Segmentation of(List<Block> blocks, Metadata declared, String url, boolean html) {
        List<String> folded = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) folded.add(dev.winnow.internal.Prefilter.fold(b.text()));
        return new Segmentation(blocks, Tree.of(blocks), declared, url, html, folded);
    }

    /**
     * The block's text case-folded once for the whole chain, for {@link dev.winnow.internal.Prefilter} checks
     * (the full text, before any trim).
     */
    public String folded(Block b) {
        return folded.get(b.index());
    }
}
