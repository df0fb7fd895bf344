package dev.winnow.chain;

import dev.winnow.Metadata;

/**
 * A metadata value a cleaner found in a block, kept or dropped.
 *
 * @param field   which metadata field it feeds
 * @param value   the value, as text (dates as ISO dates)
 * @param cleaner name of the cleaner that found it
 * @param block   index of the block it came from, or -1 for the page as a whole
 */
public record Evidence(Metadata.Field field, String value, String cleaner, int block) {}
