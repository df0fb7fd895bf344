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
 */
public record Segmentation(List<Block> blocks, Tree tree, Metadata declared, String url, boolean html) {
    public Segmentation {
        blocks = List.copyOf(blocks);
    }

    public static Segmentation of(List<Block> blocks, Metadata declared, String url, boolean html) {
        return new Segmentation(blocks, Tree.of(blocks), declared, url, html);
    }
}
