package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Container;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Text;
import dev.winnow.internal.Vocabulary;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Removes teasers: a "Most Read" / "Related Stories" / "Read More:" heading with the headline and summary items
 * under it, previous/next-story links, and inline "READ MORE: headline" lines inside the body.
 */
public final class TeaserCleaner implements Cleaner {
    public static final String NAME = "teasers";
    /** A block this long, and not mostly links, is body text again: the teaser list has ended. */
    private static final int BODY_WORDS = 25;
    private static final int MAX_ITEMS = 60;
    private static final int LABEL_WORDS = 8;
    private static final String SEPARATORS = ":»›>|→«‹<←-";
    private final Phrases heading;
    private final Phrases previousNext;
    private final Phrases inline;

    public TeaserCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(TeaserCleaner.class, "teasers.txt", NAME, settings);
        // one heading, or the tabs of a tabbed widget run together ("Most Read Most Shared", "Latest | Popular")
        heading = v.phrase("HEADING", "^\\W*(?:%s)(?:\\s*[|/·•]?\\s*(?:%s)){0,3}\\s*[:»›>|→.…-]*\\s*$");
        // the label ends a word ("Previously", "Next-generation" are not labels); a hyphen separates only after a space
        previousNext = v.phrase("PREVIOUS_NEXT", "^[\\s«‹<←]*(?:%s)\\b(?!-)\\s*[:»›>|→«‹<←]*(?:\\s[-–—]+)?\\s*(?<rest>.*)$");
        inline = v.phrase("INLINE", "^\\W*(?:%s)(?:\\s*[:»›>|→]|\\s+[-–—])\\s*\\S.*$");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "'Most Read' / 'Related' teaser lists, previous/next-story links and inline 'READ MORE:' lines";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(heading, previousNext, inline);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        List<Block> blocks = page.blocks();
        Phrases.Bound heading = this.heading.on(page.scan());
        Phrases.Bound previousNext = this.previousNext.on(page.scan());
        Phrases.Bound inline = this.inline.on(page.scan());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (labels.isDropped(b)) continue;
            String text = b.text();
            if (b.words() <= LABEL_WORDS && heading.matchWhole(text, i) != null) {
                labels.drop(b, Role.TEASER, "teaser heading '" + text + "'");
                i = dropItems(blocks, i, labels, text);
                continue;
            }
            Matcher pn = b.words() <= BODY_WORDS ? previousNext.matchWhole(text, i) : null;
            if (pn != null && isPreviousNext(b, pn)) {
                labels.drop(b, Role.TEASER, "previous/next-story link");
                if (pn.group("rest").isEmpty() && i + 1 < blocks.size() && blocks.get(i + 1).words() < BODY_WORDS) {
                    labels.drop(blocks.get(++i), Role.TEASER, "headline after '" + text + "'");
                }
                continue;
            }
            if (b.words() <= BODY_WORDS + 5 && inline.matchWhole(text, i) != null) {
                labels.drop(b, Role.TEASER, "inline teaser line");
            }
        }
    }

    /**
     * A previous/next label alone, set off by an arrow or separator, leading a link or a title: "Next steps to
     * shape the company's future will be ..., he said." reads as a sentence, not a story link.
     */
    private static boolean isPreviousNext(Block b, Matcher pn) {
        String rest = pn.group("rest");
        if (rest.isEmpty() || b.linkDensity() >= 0.5 || !Text.endsLikeSentence(b.text())) return true;
        String label = b.text().substring(0, pn.start("rest")).strip();
        return !label.isEmpty() && (SEPARATORS.indexOf(label.charAt(0)) >= 0
                || SEPARATORS.indexOf(label.charAt(label.length() - 1)) >= 0);
    }

    /** Drops the items after a teaser heading; returns the index of the last block dropped. */
    private static int dropItems(List<Block> blocks, int headingIndex, Labels labels, String headingText) {
        Block head = blocks.get(headingIndex);
        Container section = head.fromHtml() ? sectionOf(head) : null;
        int last = headingIndex;
        boolean wholeSection = section != null && opensSection(blocks, headingIndex, section);
        for (int j = headingIndex + 1; j < blocks.size() && j <= headingIndex + MAX_ITEMS; j++) {
            Block item = blocks.get(j);
            if (section != null && !item.container().isWithin(section)) break;
            if (!wholeSection && !isItem(item)) break;
            labels.drop(item, Role.TEASER, (wholeSection ? "in the section under teaser heading '"
                    : "item under teaser heading '") + headingText + "'");
            last = j;
        }
        return last;
    }

    /**
     * True when the heading is the first text of its section: the section is a teaser box with that title, so
     * all of it goes, long summaries included (a "Related" heading halfway through a body is not its first text).
     */
    private static boolean opensSection(List<Block> blocks, int headingIndex, Container section) {
        return headingIndex == 0 || !blocks.get(headingIndex - 1).container().isWithin(section);
    }

    private static boolean isItem(Block b) {
        if (b.linkDensity() >= 0.5) return true;
        if (b.words() >= BODY_WORDS) return false;
        return !b.fromHtml() || b.has(Block.LIST_ITEM) || b.headingLevel() > 0 || b.words() < 12;
    }

    /** The element grouping a heading with its items: the heading's parent, unless that is the whole page. */
    private static Container sectionOf(Block head) {
        Container parent = head.container().parent();
        return parent == null || parent.isPageLevel() ? null : parent;
    }
}
