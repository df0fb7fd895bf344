package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import java.util.List;

/**
 * For plain text: removes runs of teaser cards, recognised by their shape rather than a heading: the same
 * pattern of lines repeated (a headline, maybe a byline, a summary cut to a fixed length), or summaries of
 * near-constant length one after another. Article paragraphs vary in length; a feed of cards does not.
 */
public final class TeaserCardCleaner implements Cleaner {
    public static final String NAME = "teaser-cards";
    /** Cards of two to four lines (headline first) need this many repeats; one-line cards need more. */
    private static final int MIN_CARDS = 5, MIN_ONE_LINE_CARDS = 6;
    private static final int MAX_PERIOD = 4;
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int SUMMARY_MAX_WORDS = 50;
    /** One-line cards: at least this long, and all within this share of the first card's length. */
    private static final int ONE_LINE_MIN_WORDS = 15;
    private static final double ONE_LINE_SPREAD = 0.12;
    /**
     * Length spread of a summary across cards: tight for headline/summary pairs, wider for cards of three or
     * more lines, whose repeated short lines (byline, date) already fix the shape.
     */
    private static final double PAIR_SPREAD = 0.25, CARD_SPREAD = 0.6;

    public TeaserCardCleaner(Settings settings) {
        // no settings yet
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "plain-text runs of teaser cards (headline, byline, fixed-length summary) repeated in one shape";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (page.html()) return;
        List<Block> blocks = page.blocks();
        int i = 0;
        while (i < blocks.size()) {
            Block start = blocks.get(i);
            if (labels.isDropped(start) || page.inNumberedList(start)) { // no card starts here, whatever its period
                i++;
                continue;
            }
            // the first card must have its own shape: a one-line card, or a headline opening a longer one
            boolean oneLine = sameShape(start, start, 0, 1), headline = sameShape(start, start, 0, 2);
            int end = i;
            int period = 0;
            for (int p = oneLine ? 1 : 2; p <= (headline ? MAX_PERIOD : 1) && end == i; p++) {
                int cards = cards(page, labels, i, p);
                if (cards >= (p == 1 ? MIN_ONE_LINE_CARDS : MIN_CARDS)) {
                    end = i + cards * p;
                    period = p;
                }
            }
            if (end == i) {
                i++;
                continue;
            }
            String reason = "run of " + (end - i) / period + " teaser cards of " + period + " line(s)";
            for (int k = i; k < end; k++) {
                if (!labels.isDropped(blocks.get(k))) labels.drop(blocks.get(k), Role.TEASER, reason);
            }
            i = end;
        }
    }

    /** How many cards of {@code period} lines, shaped like the first, follow from {@code start}. */
    private static int cards(Segmentation page, Labels labels, int start, int period) {
        List<Block> blocks = page.blocks();
        int n = 0;
        for (int c = start; c + period <= blocks.size(); c += period) {
            for (int o = 0; o < period; o++) {
                Block b = blocks.get(c + o), first = blocks.get(start + o);
                if (page.inNumberedList(b) || labels.isDropped(b) != labels.isDropped(first)) return n;
                // a line an earlier cleaner dropped (a date, a byline) fits when the first card has one of that role
                boolean fits = labels.isDropped(b) ? o > 0 && labels.role(b) == labels.role(first) : sameShape(first, b, o, period);
                if (!fits) return n;
            }
            n++;
        }
        return n;
    }

    /** A headline does not end with a full stop, unless it was cut short ("Surface Go Kids Bundle plus JBL he..."). */
    private static boolean isHeadline(String text) {
        return !text.endsWith(".") || text.endsWith("...");
    }

    private static boolean sameShape(Block first, Block b, int offset, int period) {
        int w = b.words(), w0 = first.words();
        if (period == 1) return w >= ONE_LINE_MIN_WORDS && w <= SUMMARY_MAX_WORDS && Math.abs(w - w0) <= ONE_LINE_SPREAD * w0;
        if (offset == 0) return w >= 3 && w <= HEADLINE_MAX_WORDS && isHeadline(b.text());
        double spread = period == 2 ? PAIR_SPREAD : CARD_SPREAD;
        return w <= SUMMARY_MAX_WORDS && Math.abs(w - w0) <= Math.max(2, spread * w0);
    }
}
