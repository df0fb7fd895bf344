package dev.winnow.chain;

import dev.winnow.Role;

/**
 * One judgement of one cleaner about one block.
 *
 * @param block   index of the block
 * @param cleaner name of the cleaner
 * @param action  what it decided
 * @param role    what it judged the block (or the trimmed part) to be
 * @param reason  why, with the evidence
 * @param removed for a trim, the text cut off; otherwise ""
 */
public record Label(int block, String cleaner, Action action, Role role, String reason, String removed) {
    /** What a label does to its block. The last KEEP or DROP wins; trims apply to a kept block. */
    public enum Action { KEEP, DROP, TRIM_START, TRIM_END }
}
