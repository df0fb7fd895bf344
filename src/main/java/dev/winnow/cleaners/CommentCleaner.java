package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * For plain text: removes reader comment sections. Comments show as a run of author and time lines ("jane
 * says:", "2 days ago at 07:52 am") with the comments between them, often under a heading ("34 responses to
 * ..."). A cluster of such lines, from its heading (or first author line) to its last author line, is dropped.
 */
public final class CommentCleaner implements Cleaner {
    public static final String NAME = "comments";
    /** Author/time lines needed for a comment section, with and without a heading just before them. */
    private static final int MIN_META_WITH_HEADING = 2, MIN_META = 4;
    /** Author/time lines further apart than this belong to different clusters. */
    private static final int MAX_GAP = 25;
    /** How far before the first author line a heading may sit. */
    private static final int HEADING_REACH = 6;
    private static final int MAX_LINE_WORDS = 16, MAX_HEADING_WORDS = 16;
    private final Phrases heading;
    private final Phrases meta;

    public CommentCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(CommentCleaner.class, "comments.txt", NAME, settings);
        heading = v.phrases("HEADING", "^\\W*(?:%s)\\W*$");
        meta = v.phrases("META", "^\\W*(?:%s)\\W*$");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "plain-text reader comment sections";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(heading, meta);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (page.html()) return;
        List<Block> blocks = page.blocks();
        List<Integer> metas = new ArrayList<>();
        Phrases.Bound meta = this.meta.on(page.scan());
        for (Block b : blocks) {
            if (b.words() <= MAX_LINE_WORDS && meta.matchWhole(b.text(), b.index()) != null) metas.add(b.index());
        }
        int i = 0;
        while (i < metas.size()) {
            int j = i;
            while (j + 1 < metas.size() && metas.get(j + 1) - metas.get(j) <= MAX_GAP) j++;
            int first = metas.get(i), last = metas.get(j), count = j - i + 1;
            int start = headingBefore(page, first, heading.on(page.scan()));
            if (count >= (start < first ? MIN_META_WITH_HEADING : MIN_META)) {
                String reason = "reader comment section (lines " + start + "-" + last + ")";
                for (int k = start; k <= last; k++) {
                    Block b = blocks.get(k);
                    if (!labels.isDropped(b)) labels.drop(b, Role.COMMENTS, reason);
                }
            }
            i = j + 1;
        }
    }

    /** The heading opening the comments whose first author line is {@code first}, or {@code first} itself. */
    private static int headingBefore(Segmentation page, int first, Phrases.Bound heading) {
        List<Block> blocks = page.blocks();
        for (int k = first - 1; k >= 0 && k >= first - HEADING_REACH; k--) {
            Block b = blocks.get(k);
            if (b.words() <= MAX_HEADING_WORDS && heading.matchWhole(b.text(), b.index()) != null) return k;
        }
        return first;
    }
}
