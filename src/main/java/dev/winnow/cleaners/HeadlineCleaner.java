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
import java.util.Locale;

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

    private static Block htmlHeadline(Segmentation page) {
        String declared = page.declared().title();
        Block firstH1 = null;
        for (Block b : page.blocks()) {
            int level = b.headingLevel();
            if (level == 0 || b.words() == 0 || b.linkDensity() > 0.5) continue; // a linked heading is a logo or teaser
            if (declared != null && level <= 3 && similar(b.text(), declared)) return b;
            if (level == 1 && firstH1 == null) firstH1 = b;
        }
        return firstH1;
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

    /** Same words, or one contains the other (a declared title often carries the site name). */
    static boolean similar(String heading, String title) {
        String h = letters(heading), t = letters(title);
        return !h.isEmpty() && (t.equals(h) || (h.length() >= 12 && t.contains(h)) || (t.length() >= 12 && h.contains(t)));
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) sb.append(s.charAt(i));
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
