package dev.winnow;

import java.util.List;

/**
 * The outcome of cleaning one page.
 *
 * @param body     the article body: paragraphs separated by one blank line, white space normalised
 * @param metadata what was learned about the page
 * @param removed  every block or part of a block the body lost, in page order
 * @param warnings problems met on the way (a cleaner that failed and was skipped, a guessed charset)
 * @since 0.1
 */
public record CleanResult(String body, Metadata metadata, List<Removal> removed, List<String> warnings) {
    public CleanResult {
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
