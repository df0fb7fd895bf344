package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Vocabulary;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Removes photo captions and credits ("... THE CANADIAN PRESS/Name", "Photo: AFP / Name", figcaptions) from the
 * body and keeps them as metadata. A photo credit never names the text's wire source.
 */
public final class CaptionCleaner implements Cleaner {
    public static final String NAME = "captions";
    private static final int MAX_WORDS = 90;
    private static final String TRIM = " \t|–—-:;,";
    private final Phrases credits;
    private final Phrases hints;
    /** The block's container and its parents up to this many levels are checked for hints. */
    private static final int HINT_LEVELS = 3;

    public CaptionCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(CaptionCleaner.class, "captions.txt", NAME, settings);
        v.requireGroups("CREDIT", "credit");
        credits = v.phrases("CREDIT", "%s");
        hints = v.exactPhrases("HINTS");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "photo captions and credits (kept as metadata)";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(credits);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Phrases.Bound credits = this.credits.on(page.scan());
        Ancestry ancestry = new Ancestry(hints, page);
        for (Block b : page.blocks()) {
            if (labels.isDropped(b) || b.words() > MAX_WORDS) continue;
            String text = labels.visibleText(b);
            Matcher credit = credit(credits.findAll(text, b.index()));
            boolean structural = b.has(Block.FIGCAPTION) || (b.has(Block.FIGURE) && b.headingLevel() == 0)
                    || ancestry.hinted(b.container(), HINT_LEVELS);
            if (credit == null && !structural) continue;
            String caption = credit == null ? text : strip(text.substring(0, credit.start("credit")));
            if (credit != null) labels.evidence(Field.PHOTO_CREDIT, strip(credit.group("credit")), b);
            if (!caption.isEmpty()) labels.evidence(Field.CAPTION, caption, b);
            Role role = caption.isEmpty() ? Role.PHOTO_CREDIT : Role.CAPTION;
            labels.drop(b, role, credit != null ? "ends with photo credit '" + strip(credit.group("credit")) + "'"
                    : "inside " + (b.has(Block.FIGCAPTION) ? "<figcaption>" : b.has(Block.FIGURE) ? "<figure>" : b.container().toString()));
        }
    }

    /** The credit that starts first: "Photo: AFP / Jane Doe" rather than the "AFP / Jane Doe" inside it. */
    private static Matcher credit(List<Matcher> found) {
        Matcher best = null;
        for (Matcher m : found) if (best == null || m.start("credit") < best.start("credit")) best = m;
        return best;
    }


    private static String strip(String s) {
        int a = 0, z = s.length();
        while (a < z && TRIM.indexOf(s.charAt(a)) >= 0) a++;
        while (z > a && TRIM.indexOf(s.charAt(z - 1)) >= 0) z--;
        return s.substring(a, z).strip();
    }
}
