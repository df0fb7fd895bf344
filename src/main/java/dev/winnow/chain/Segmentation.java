package dev.winnow.chain;

import dev.winnow.Block;
import dev.winnow.Metadata;
import dev.winnow.internal.Lexicon;
import java.util.List;

/**
 * A page after segmentation: what every cleaner sees.
 *
 * @param blocks   the blocks in page order
 * @param tree     word counts per container
 * @param declared metadata the page declares about itself (HTML head, JSON-LD); {@link Metadata#EMPTY} for text
 * @param url      the page's URL, or {@code null}
 * @param html     true when the page was HTML
 * @param scan     the literals of the vocabularies (the chain's and the metadata harvester's) that each block's
 *                 text contains, by block index
 * @param numbered for plain text, the indexes of lines inside a numbered list; found once for every cleaner
 */
public record Segmentation(List<Block> blocks, Tree tree, Metadata declared, String url, boolean html, Lexicon.Scan scan,
                           java.util.BitSet numbered) {
    public Segmentation {
        blocks = List.copyOf(blocks);
        if (scan.size() != blocks.size()) throw new IllegalArgumentException("scan of " + scan.size() + " texts for " + blocks.size() + " blocks");
        numbered = (java.util.BitSet) numbered.clone();
    }

    /** A segmentation whose vocabularies read their literals themselves (no shared scan). */
    public static Segmentation of(List<Block> blocks, Metadata declared, String url, boolean html) {
        return of(blocks, declared, url, html, Lexicon.EMPTY);
    }

    /** A segmentation with the blocks scanned once for every literal of {@code lexicon}. */
    public static Segmentation of(List<Block> blocks, Metadata declared, String url, boolean html, Lexicon lexicon) {
        List<String> texts = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) texts.add(b.text());
        java.util.BitSet numbered = new java.util.BitSet(blocks.size());
        if (!html) { // numbered lists are found from the lines of plain text
            boolean[] items = dev.winnow.segment.Enumerations.items(blocks);
            for (int i = 0; i < items.length; i++) if (items[i]) numbered.set(i);
        }
        // HTML: menus, sidebars and footers, about a quarter of a page's text, are dropped before any vocabulary
        // asks about them, so each text is read when first asked about; plain text is asked about whole, and is
        // read fastest in one pass
        Lexicon.Scan scan = html ? lexicon.scanOnDemand(texts) : lexicon.scan(texts);
        return new Segmentation(blocks, Tree.of(blocks), declared, url, html, scan, numbered);
    }

    /** For plain text: the line belongs to a numbered list (see {@link dev.winnow.segment.Enumerations}). */
    public boolean inNumberedList(Block b) {
        return numbered.get(b.index());
    }
}
