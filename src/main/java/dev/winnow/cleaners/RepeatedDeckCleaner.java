package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Text;
import java.util.List;

/**
 * Removes a deck or standfirst at the top of the article that the body repeats later; the body keeps its own
 * occurrence, and the deck becomes the description.
 */
public final class RepeatedDeckCleaner implements Cleaner {
    public static final String NAME = "repeated-deck";
    private static final int MIN_WORDS = 6;
    /** How far past the first kept block a deck may stand. */
    private static final int TOP_BLOCKS = 3;

    public RepeatedDeckCleaner(Settings settings) {
        // no settings yet
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "a deck or standfirst that the body repeats later";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        List<Block> blocks = page.blocks();
        int first = labels.firstKept();
        if (first < 0) return;
        int limit = Math.min(blocks.size(), first + TOP_BLOCKS);
        for (int i = Math.max(0, first - TOP_BLOCKS); i < limit; i++) {
            Block deck = blocks.get(i);
            // a line ending with a colon introduces what follows ("the minister said:"): it is no deck
            if (deck.words() < MIN_WORDS || labels.role(deck) == Role.CAPTION || deck.text().endsWith(":")) continue;
            String key = Text.comparisonKey(labels.visibleText(deck));
            for (int j = i + 1; j < blocks.size(); j++) {
                Block later = blocks.get(j);
                if (labels.isDropped(later)) continue;
                if (Text.hasKey(labels.visibleText(later), key)) {
                    labels.drop(deck, Role.DECK, "deck repeated by block " + j);
                    labels.evidence(Field.DESCRIPTION, labels.visibleText(deck), deck);
                    return;
                }
            }
        }
    }

}
