package dev.winnow.chain;

import dev.winnow.Block;
import dev.winnow.Metadata;
import dev.winnow.Role;
import dev.winnow.chain.Label.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The append-only ledger of one {@code clean()} call: every label and every piece of evidence, in the order
 * cleaners gave them. Per block the last KEEP or DROP wins; trims narrow the part of a kept block that stays.
 * Not thread-safe: one instance serves one page.
 */
public final class Labels {
    private final List<Block> blocks;
    private final List<Label> labels;
    private final List<Evidence> evidence = new ArrayList<>();
    private final Label[] decision;
    private final boolean[] dropped; // by block: its decision drops it (what cleaners ask most, in one load)
    private final int[] from;
    private final int[] to;
    private String cleaner = "";

    public Labels(List<Block> blocks) {
        this.blocks = blocks;
        this.decision = new Label[blocks.size()];
        this.dropped = new boolean[blocks.size()];
        this.from = new int[blocks.size()];
        this.to = new int[blocks.size()];
        this.labels = new ArrayList<>(blocks.size()); // most pages drop most of their blocks
        reset();
    }

    /** Drops the block from the body. */
    public void drop(Block block, Role role, String reason) {
        add(new Label(block.index(), cleaner, Action.DROP, role, reason, ""));
    }

    /** Keeps the block, overruling an earlier drop. */
    public void keep(Block block, Role role, String reason) {
        add(new Label(block.index(), cleaner, Action.KEEP, role, reason, ""));
    }

    /** Cuts the first {@code chars} characters off the block's visible text; the rest stays. */
    public void trimStart(Block block, int chars, Role role, String reason) {
        String visible = visibleText(block);
        if (chars <= 0 || chars > visible.length()) throw new IllegalArgumentException("chars out of range: " + chars);
        add(new Label(block.index(), cleaner, Action.TRIM_START, role, reason, visible.substring(0, chars)));
    }

    /** Cuts the last {@code chars} characters off the block's visible text; the rest stays. */
    public void trimEnd(Block block, int chars, Role role, String reason) {
        String visible = visibleText(block);
        if (chars <= 0 || chars > visible.length()) throw new IllegalArgumentException("chars out of range: " + chars);
        add(new Label(block.index(), cleaner, Action.TRIM_END, role, reason, visible.substring(visible.length() - chars)));
    }

    /** Records a metadata value found in a block (or the page, for {@code block == null}). */
    public void evidence(Metadata.Field field, String value, Block block) {
        Objects.requireNonNull(field, "field == null");
        if (value == null || value.isBlank()) return;
        evidence.add(new Evidence(field, value.strip(), cleaner, block == null ? -1 : block.index()));
    }

    public boolean isDropped(Block block) {
        return dropped[block.index()];
    }

    /** The last KEEP or DROP label of the block, or {@code null} if no cleaner decided. */
    public Label decision(Block block) {
        return decision[block.index()];
    }

    /** The role the last decision gave the block, or {@code null}. */
    public Role role(Block block) {
        Label d = decision[block.index()];
        return d == null ? null : d.role();
    }

    /** Index of the first block no cleaner dropped, or -1. */
    public int firstKept() {
        for (int i = 0; i < decision.length; i++) if (!isDropped(blocks.get(i))) return i;
        return -1;
    }

    /** The block's text after trims. */
    public String visibleText(Block block) {
        int i = block.index();
        return block.text().substring(from[i], to[i]);
    }

    /** Every label, in the order given. */
    public List<Label> all() {
        return Collections.unmodifiableList(labels);
    }

    public List<Evidence> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public List<Block> blocks() {
        return blocks;
    }

    // --- for CleanerChain ---

    void begin(String cleanerName) {
        this.cleaner = cleanerName;
    }

    record Mark(int labels, int evidence) {}

    Mark mark() {
        return new Mark(labels.size(), evidence.size());
    }

    /** Discards everything added since {@code mark}: used when a cleaner throws half-way. */
    void rollback(Mark mark) {
        List<Label> kept = new ArrayList<>(labels.subList(0, mark.labels()));
        labels.clear();
        evidence.subList(mark.evidence(), evidence.size()).clear();
        reset();
        kept.forEach(this::add);
    }

    private void reset() {
        java.util.Arrays.fill(decision, null);
        java.util.Arrays.fill(dropped, false);
        for (int i = 0; i < blocks.size(); i++) {
            from[i] = 0;
            to[i] = blocks.get(i).text().length();
        }
    }

    private void add(Label label) {
        labels.add(label);
        int i = label.block();
        switch (label.action()) {
            case KEEP, DROP -> {
                decision[i] = label;
                dropped[i] = label.action() == Action.DROP;
            }
            case TRIM_START -> from[i] = skipSpace(blocks.get(i).text(), from[i] + label.removed().length(), to[i]);
            case TRIM_END -> to[i] = trimSpace(blocks.get(i).text(), from[i], to[i] - label.removed().length());
        }
    }

    private static int skipSpace(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        return start;
    }

    private static int trimSpace(String s, int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return end;
    }
}
