package dev.winnow.boilerpipe;

import de.l3s.boilerpipe.BoilerpipeFilter;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextBlock;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.filters.english.IgnoreBlocksAfterContentFilter;
import de.l3s.boilerpipe.filters.english.NumWordsRulesClassifier;
import de.l3s.boilerpipe.filters.english.TerminatingBlocksFinder;

import de.l3s.boilerpipe.filters.heuristics.BlockProximityFusion;
import de.l3s.boilerpipe.filters.heuristics.DocumentTitleMatchClassifier;
import de.l3s.boilerpipe.filters.heuristics.ExpandTitleToContentFilter;
import de.l3s.boilerpipe.filters.heuristics.KeepLargestBlockFilter;
import de.l3s.boilerpipe.filters.heuristics.LargeBlockSameTagLevelToContentFilter;
import de.l3s.boilerpipe.filters.heuristics.ListAtEndFilter;
import de.l3s.boilerpipe.filters.heuristics.TrailingHeadlineToBoilerplateFilter;
import de.l3s.boilerpipe.filters.simple.BoilerplateBlockFilter;
import dev.winnow.Block;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Removes HTML blocks that Boilerpipe's article classifier (its ArticleExtractor filter sequence: word-count
 * rules, link density, block fusion, largest block) judges boilerplate. Text input is left alone.
 */
public final class BoilerpipeClassifierCleaner implements Cleaner {
    public static final String NAME = "boilerpipe";
    private static final int LINE_WIDTH = 80;

    public BoilerpipeClassifierCleaner(Settings settings) {
        // no settings yet
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "HTML blocks Boilerpipe's article classifier judges boilerplate";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (!page.html()) return;
        TextDocument doc = new TextDocument(page.declared().title(), toTextBlocks(page.blocks()));
        try {
            classify(doc);
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException("boilerpipe failed: " + e.getMessage(), e);
        }
        boolean[] content = new boolean[page.blocks().size()];
        for (TextBlock tb : doc.getTextBlocks()) {
            if (!tb.isContent()) continue;
            for (int i = tb.getOffsetBlocksStart(); i <= tb.getOffsetBlocksEnd() && i < content.length; i++) content[i] = true;
        }
        for (Block b : page.blocks()) {
            if (!content[b.index()] && !labels.isDropped(b)) {
                labels.drop(b, Role.BOILERPLATE, String.format(java.util.Locale.ROOT,
                        "boilerpipe: not article content (words %d, linkDensity %.2f)", b.words(), b.linkDensity()));
            }
        }
    }

    private static List<TextBlock> toTextBlocks(List<Block> blocks) {
        List<TextBlock> list = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            int lines = Math.max(1, (b.text().length() + LINE_WIDTH - 1) / LINE_WIDTH);
            int wrappedWords = lines == 1 ? b.words() : b.words() * (lines - 1) / lines;
            BitSet elements = new BitSet();
            elements.set(b.index());
            TextBlock tb = new TextBlock(b.text(), elements, b.words(), b.linkWords(), wrappedWords, lines, b.index());
            tb.setTagLevel(b.container().depth());
            list.add(tb);
        }
        return list;
    }

    /** ArticleExtractor's filter sequence, every filter run in order. */
    private static void classify(TextDocument doc) throws BoilerpipeProcessingException {
        List<BoilerpipeFilter> filters = List.of(TerminatingBlocksFinder.INSTANCE,
                new DocumentTitleMatchClassifier(doc.getTitle()), NumWordsRulesClassifier.INSTANCE,
                IgnoreBlocksAfterContentFilter.DEFAULT_INSTANCE, TrailingHeadlineToBoilerplateFilter.INSTANCE,
                BlockProximityFusion.MAX_DISTANCE_1, BoilerplateBlockFilter.INSTANCE_KEEP_TITLE,
                BlockProximityFusion.MAX_DISTANCE_1_CONTENT_ONLY_SAME_TAGLEVEL,
                KeepLargestBlockFilter.INSTANCE_EXPAND_TO_SAME_TAGLEVEL_MIN_WORDS, ExpandTitleToContentFilter.INSTANCE,
                LargeBlockSameTagLevelToContentFilter.INSTANCE, ListAtEndFilter.INSTANCE);
        for (BoilerpipeFilter f : filters) f.process(doc);
    }
}
