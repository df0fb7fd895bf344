package dev.winnow;

/**
 * One entry of the explanation: text the body lost, and which cleaner removed it and why.
 *
 * @param block   index of the block it came from
 * @param text    the removed text (the whole block, or the trimmed part)
 * @param cleaner name of the cleaner that made the final decision
 * @param role    what the cleaner judged the text to be
 * @param reason  the rule and the evidence, in one line
 * @param trimmed true when only part of the block was removed
 * @since 0.1
 */
public record Removal(int block, String text, String cleaner, Role role, String reason, boolean trimmed) {}
