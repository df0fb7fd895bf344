package dev.winnow.crawl;

import dev.winnow.CleanResult;
import dev.winnow.Metadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a crawler adapter gets back for one page: a {@link CleanResult}, or the reason there is none.
 *
 * @param result the cleaned page, or {@code null} when cleaning failed or was skipped
 * @param error  why there is no result, or {@code null}
 * @since 0.1
 */
public record Outcome(CleanResult result, String error) {
    /** Parse metadata key of the headline. */
    public static final String TITLE = "winnow.title";
    /** Parse metadata key of the publication date, ISO {@code yyyy-MM-dd}. */
    public static final String DATE = "winnow.date";
    /** Parse metadata key of the news agency ("The Canadian Press"). */
    public static final String WIRE_SOURCE = "winnow.wire_source";
    /** Parse metadata key of the byline. */
    public static final String BYLINE = "winnow.byline";
    /** Parse metadata key of the dateline (the place the story was filed from). */
    public static final String DATELINE = "winnow.dateline";
    /** Parse metadata key of the number of removed blocks and trimmed prefixes. */
    public static final String REMOVED = "winnow.removed";
    /** Parse metadata key of the reason the page was left as the host parsed it. */
    public static final String ERROR = "winnow.error";

    public Outcome {
        if ((result == null) == (error == null)) throw new IllegalArgumentException("exactly one of result and error");
    }

    static Outcome of(CleanResult result) {
        return new Outcome(Objects.requireNonNull(result, "result == null"), null);
    }

    static Outcome failed(String error) {
        return new Outcome(null, Objects.requireNonNull(error, "error == null"));
    }

    public boolean ok() {
        return result != null;
    }

    /** The clean body; only when {@link #ok()}. */
    public String body() {
        if (result == null) throw new IllegalStateException("no result: " + error);
        return result.body();
    }

    /**
     * The flat parse metadata, in a stable order: the fields the page states and the removal count, or only
     * {@code winnow.error}. A field the page does not state is absent.
     */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        if (result == null) {
            f.put(ERROR, error);
            return f;
        }
        Metadata m = result.metadata();
        put(f, TITLE, m.title());
        put(f, DATE, m.date() == null ? null : m.date().toString());
        put(f, WIRE_SOURCE, m.wireSource());
        put(f, BYLINE, m.byline());
        put(f, DATELINE, m.dateline());
        f.put(REMOVED, Integer.toString(result.removed().size()));
        return f;
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) f.put(key, value);
    }
}
