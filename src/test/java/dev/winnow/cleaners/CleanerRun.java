package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Evidence;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** Test helper: segments an inline page, runs the given cleaners in order, and reads the labels back. */
public final class CleanerRun {
    public final Segmentation page;
    public final Labels labels;

    private CleanerRun(Segmentation page, Cleaner... cleaners) {
        this.page = page;
        this.labels = new Labels(page.blocks());
        for (Cleaner c : cleaners) c.label(page, labels);
    }

    public static CleanerRun text(String text, Cleaner... cleaners) {
        return new CleanerRun(Segmentation.of(TextSegmenter.segment(text), Metadata.EMPTY, null, false), cleaners);
    }

    public static CleanerRun html(String html, Cleaner... cleaners) {
        return html(html, Metadata.EMPTY, cleaners);
    }

    public static CleanerRun html(String html, Metadata declared, Cleaner... cleaners) {
        List<Block> blocks = HtmlSegmenter.segment(Jsoup.parse(html).body());
        return new CleanerRun(Segmentation.of(blocks, declared, null, true), cleaners);
    }

    /** Runs one more cleaner over the same labels (after a test labelled blocks by hand). */
    public CleanerRun then(Cleaner cleaner) {
        cleaner.label(page, labels);
        return this;
    }

    public Block block(int i) {
        return page.blocks().get(i);
    }

    public int size() {
        return page.blocks().size();
    }

    public boolean dropped(int i) {
        return labels.isDropped(block(i));
    }

    public Role role(int i) {
        return labels.role(block(i));
    }

    public String visible(int i) {
        return labels.visibleText(block(i));
    }

    /** The visible text of every kept block, joined by " | ". */
    public String kept() {
        List<String> out = new ArrayList<>();
        for (Block b : page.blocks()) if (!labels.isDropped(b)) out.add(labels.visibleText(b));
        return String.join(" | ", out);
    }

    /** Values of the evidence recorded for {@code field}, in order. */
    public List<String> evidence(Metadata.Field field) {
        List<String> out = new ArrayList<>();
        for (Evidence e : labels.evidence()) if (e.field() == field) out.add(e.value());
        return out;
    }
}
