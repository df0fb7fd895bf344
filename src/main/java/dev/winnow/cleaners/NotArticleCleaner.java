package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.WinnowException;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Text;
import dev.winnow.internal.Vocabulary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Removes everything that is left when it is not an article (an index page, a 404 page, a consent wall): it
 * scores what the other cleaners kept from 0 to 1 by its prose (words and paragraphs that read as sentences)
 * and its link density, records the score, and below the threshold empties the body, saying why. A page whose
 * title, top heading or (in plain text) one of its first lines names an error ("Page not found") scores 0.
 */
public final class NotArticleCleaner implements Cleaner {
    public static final String NAME = "not-article";
    /** Setting: the score below which a page is not an article (default {@value #DEFAULT_THRESHOLD}). */
    public static final String THRESHOLD = "threshold";
    static final double DEFAULT_THRESHOLD = 0.2;
    /** Prose that scores full marks: this many words in this many paragraphs. */
    private static final double FULL_WORDS = 250, FULL_PARAGRAPHS = 4;
    private static final int PROSE_WORDS = 8, LONG_WORDS = 20;
    /** In plain text, an error page names itself in one of its first lines. */
    private static final int TEXT_TOP_LINES = 10;
    private final double threshold;
    private final Phrases errorPage;

    public NotArticleCleaner(Settings settings) {
        String t = settings.forCleaner(NAME, THRESHOLD);
        try {
            threshold = t == null ? DEFAULT_THRESHOLD : Double.parseDouble(t.strip());
        } catch (NumberFormatException e) {
            throw new WinnowException(Settings.CLEANER_PREFIX + NAME + "." + THRESHOLD + " is not a number: " + t);
        }
        errorPage = Vocabulary.load(NotArticleCleaner.class, "not-article.txt", NAME, settings)
                .phrase("ERROR_PAGE", "^\\W*(?:%s)\\W*(?:[|\\-–—:].{0,60})?$");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "what is left of a page that is not an article (too little prose)";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(errorPage);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        String errorHeading = errorHeading(page);
        if (errorHeading != null) {
            labels.evidence(Field.ARTICLE_SCORE, "0.00", null);
            dropKept(page, labels, "not an article: an error page ('" + errorHeading + "')");
            return;
        }
        int proseWords = 0, proseParagraphs = 0, words = 0, linkWords = 0;
        for (Block b : page.blocks()) {
            if (labels.isDropped(b)) continue;
            words += b.words();
            linkWords += b.linkWords();
            int w = Text.wordEquivalents(b.text(), b.words());
            if (w >= LONG_WORDS || w >= PROSE_WORDS && Text.endsLikeSentence(b.text())) {
                proseWords += w;
                proseParagraphs++;
            }
        }
        double linkDensity = words == 0 ? 1 : (double) linkWords / words;
        double prose = 0.5 * Math.min(1, proseWords / FULL_WORDS) + 0.3 * Math.min(1, proseParagraphs / FULL_PARAGRAPHS);
        // plain text has no links to count: without a single prose paragraph it is no article; with one, it gets
        // the share an HTML page without links gets
        double rest = page.html() ? 0.2 * (1 - Math.min(1, 2 * linkDensity)) : proseParagraphs == 0 ? 0 : 0.2;
        double score = prose + rest;
        String value = twoDecimals(score);
        labels.evidence(Field.ARTICLE_SCORE, value, null);
        if (score >= threshold) return;
        String reason = String.format(Locale.ROOT, "not an article: score %s < %.2f (%d prose words in %d paragraphs, link density %.2f)",
                value, threshold, proseWords, proseParagraphs, linkDensity);
        dropKept(page, labels, reason);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.2f", x)} for every page, at a fraction of its cost: both round the
     * shortest decimal form of {@code x} half up.
     */
    static String twoDecimals(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The declared title or a heading that names an error page ("Page not found"), or {@code null}. */
    private String errorHeading(Segmentation page) {
        String title = page.declared().title();
        if (title != null && errorPage.matchWhole(title) != null) return title;
        Phrases.Bound errorPage = this.errorPage.on(page.scan());
        for (Block b : page.blocks()) {
            // HTML: a top heading; plain text: one of the first lines
            boolean top = page.html() ? b.headingLevel() > 0 && b.headingLevel() <= 2 : b.index() < TEXT_TOP_LINES;
            if (top && b.words() <= 12 && errorPage.matchWhole(b.text(), b.index()) != null) return b.text();
        }
        return null;
    }

    private static void dropKept(Segmentation page, Labels labels, String reason) {
        for (Block b : page.blocks()) if (!labels.isDropped(b)) labels.drop(b, Role.BOILERPLATE, reason);
    }
}
