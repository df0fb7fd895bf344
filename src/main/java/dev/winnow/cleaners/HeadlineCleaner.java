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
 * Removes the headline from the body and records it as the title: in HTML the {@code <h1>} (or the heading
 * matching the declared title), in plain text the nearest headline-like line before the body.
 */
public final class HeadlineCleaner implements Cleaner {
    public static final String NAME = "headline";
    private static final int LOOK_BACK = 6;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;

    public HeadlineCleaner(Settings settings) {
        // no settings yet
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "the headline (kept as the title)";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Block headline = page.html() ? htmlHeadline(page) : textHeadline(page.blocks(), labels);
        if (headline == null) return;
        labels.drop(headline, Role.TITLE, "headline");
        labels.evidence(Field.TITLE, labels.visibleText(headline), headline);
    }

    /**
     * The heading (h1-h3) that matches the declared title best (closest in length: a site-name heading is
     * contained in a "Headline - Site" title too, and a "Share options for: Headline" heading contains it), else
     * a short block that is the declared title word for word (a headline styled without a heading tag), else the
     * first h1.
     */
    private static Block htmlHeadline(Segmentation page) {
        String declared = page.declared().title();
        String declaredKey = declared == null ? null : Text.comparisonKey(declared);
        Block firstH1 = null, best = null, exact = null;
        int bestGap = Integer.MAX_VALUE;
        for (Block b : page.blocks()) {
            if (b.words() == 0) continue;
            int level = b.headingLevel();
            if (level > 0 && b.linkDensity() > 0.5) continue; // a linked heading is a logo or teaser
            String key = declared != null && level > 0 && level <= 3 ? Text.comparisonKey(b.text()) : null;
            if (key != null && similarKeys(key, declaredKey)) {
                int gap = Math.abs(key.length() - declaredKey.length());
                if (gap < bestGap) {
                    best = b;
                    bestGap = gap;
                }
            } else if (declared != null && level == 0 && exact == null && b.words() <= MAX_WORDS
                    && 2 * b.text().length() >= declaredKey.length() // a key is never over twice its text's length
                    && Text.hasKey(b.text(), declaredKey)) {
                exact = b;
            }
            if (level == 1 && firstH1 == null && !isMasthead(b)) firstH1 = b;
        }
        // else the first h1 outside the page header (a masthead there names the site, not the story)
        return best != null ? best : exact != null ? exact : firstH1;
    }

    /** In the page's own header or navigation (an article's {@code <header>} is inside article or main). */
    private static boolean isMasthead(Block b) {
        return b.has(Block.NAV) || b.has(Block.HEADER) && !b.has(Block.ARTICLE) && !b.has(Block.MAIN);
    }

    private static Block textHeadline(List<Block> blocks, Labels labels) {
        int first = labels.firstKept();
        if (first < 0) return null;
        for (int i = first - 1; i >= Math.max(0, first - LOOK_BACK); i--) {
            Block b = blocks.get(i);
            Role role = labels.role(b);
            if (role != null && role != Role.BOILERPLATE) continue;
            String text = labels.visibleText(b);
            if (b.words() >= MIN_WORDS && b.words() <= MAX_WORDS && !text.endsWith(".") && Text.upperShare(text) < 0.9) return b;
        }
        return null;
    }

    /**
     * Same words, or one contains the other (a declared title often carries the site name); given the heading's
     * and the title's {@link Text#comparisonKey}.
     */
    static boolean similarKeys(String h, String t) {
        return !h.isEmpty() && (t.equals(h) || (h.length() >= 12 && t.contains(h)) || (t.length() >= 12 && h.contains(t)));
    }

}
