package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Text;
import java.util.List;

/**
 * For plain text: removes what lies outside the article's main run of prose. Each line scores by how much it
 * reads like body text (long, ending like a sentence; Chinese and Japanese measured in characters) and the
 * best-scoring contiguous run is kept; lines an earlier cleaner dropped count against a run, so chrome separates
 * regions (except advertisement markers, which sit inside the article by nature). Lines of a numbered list count
 * for a run, so a list article or a list under the prose stays.
 */
public final class TextRegionCleaner implements Cleaner {
    public static final String NAME = "text-region";
    private static final double DROPPED = -15;
    /** An advertisement marker or a photo caption interrupts an article without ending it. */
    private static final java.util.Set<Role> INTERRUPTIONS = java.util.Set.of(Role.ADVERTISEMENT, Role.CAPTION, Role.PHOTO_CREDIT);
    /**
     * After the best run is found, this many sentence lines next to it join it: a short closing line after it,
     * or a short lede before it that an advertisement or caption cut off.
     */
    private static final int EDGE_LINES = 2;
    /** Score of a line inside a numbered list (1., 2., 3., ...): lists belong to the text around them. */
    private static final double ENUMERATED = 6;

    public TextRegionCleaner(Settings settings) {
        // no settings yet
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "plain-text lines outside the article's main run of prose";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (page.html()) return;
        List<Block> blocks = page.blocks();
        double best = 0, run = 0;
        int bestFrom = -1, bestTo = -1, from = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double s = !labels.isDropped(b) ? score(b) : labels.role(b) == Role.ADVERTISEMENT ? 0 : DROPPED;
            if (page.inNumberedList(blocks.get(i)) && !labels.isDropped(b)) s = Math.max(s, ENUMERATED);
            if (run <= 0) {
                run = 0;
                from = i;
            }
            run += s;
            if (run > best) {
                best = run;
                bestFrom = from;
                bestTo = i;
            }
        }
        if (bestFrom < 0) return;
        for (int n = 0; n < EDGE_LINES && bestTo + 1 < blocks.size() && isSentence(blocks.get(bestTo + 1), labels); n++) bestTo++;
        bestFrom = ledeBefore(blocks, bestFrom, labels);
        String reason = "outside the main run of prose (lines " + bestFrom + "-" + bestTo + ")";
        for (Block b : blocks) {
            if (labels.isDropped(b) || (b.index() >= bestFrom && b.index() <= bestTo)) continue;
            labels.drop(b, Role.BOILERPLATE, reason);
        }
    }

    /** The start of the run, moved back over interruptions to sentence lines just before them. */
    private static int ledeBefore(List<Block> blocks, int from, Labels labels) {
        int i = from - 1, taken = 0;
        while (i >= 0 && taken < EDGE_LINES) {
            int j = i;
            while (j >= 0 && labels.isDropped(blocks.get(j)) && INTERRUPTIONS.contains(labels.role(blocks.get(j)))) j--;
            if (j < 0 || j == i || !isSentence(blocks.get(j), labels) || blocks.get(j).words() < 6) break;
            from = j;
            taken++;
            i = j - 1;
        }
        return from;
    }

    /** A short line that reads as a sentence: capitalised, at least three words, sentence punctuation. */
    private static boolean isSentence(Block b, Labels labels) {
        String t = b.text();
        return !labels.isDropped(b) && b.words() >= 3 && Character.isUpperCase(t.charAt(0)) && Text.endsLikeSentence(t);
    }

    /** Positive for prose, negative for short lines that do not read as sentences. */
    static double score(Block b) {
        int w = Text.wordEquivalents(b.text(), b.words());
        boolean sentence = Text.endsLikeSentence(b.text());
        if (sentence && w >= 12) return w;
        if (w >= 20) return w * 0.5;
        if (sentence && w >= 6) return 2;
        return -(4 + w * 0.3);
    }
}
