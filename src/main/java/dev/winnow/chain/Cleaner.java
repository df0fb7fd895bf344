package dev.winnow.chain;

import dev.winnow.internal.Phrases;
import java.util.List;

/**
 * One rule family: reads the blocks and the labels earlier cleaners left, and appends labels of its own. It
 * never deletes anything. Implementations are stateless after construction, so one instance may be shared by
 * concurrent threads.
 *
 * <pre>
 * public void label(Segmentation page, Labels labels) {
 *     for (Block b : page.blocks())
 *         if (b.text().equals("Advertisement")) labels.drop(b, Role.ADVERTISEMENT, "advertisement marker");
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface Cleaner {
    /** Stable kebab-case name, used in configuration and explanations. */
    String name();

    /** One line: what this cleaner removes. */
    String reason();

    /** Labels the blocks of one page. */
    void label(Segmentation page, Labels labels);

    /**
     * The vocabularies this cleaner matches blocks against with {@link Phrases#on}: {@link dev.winnow.Winnow}
     * reads every block of a page once for all their literals (see {@link dev.winnow.internal.Lexicon}). A
     * vocabulary left out still works, reading its literals itself. None by default.
     */
    default List<Phrases> vocabulary() {
        return List.of();
    }
}
