package dev.winnow.crawl;

import dev.winnow.CleanResult;
import dev.winnow.Page;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * Cleans pages inside a crawler without ever throwing: a page that fails, or that is over the size limit, gets an
 * {@link Outcome} carrying an error instead of a body, and the host keeps its own text. Built once per filter
 * instance from {@code winnow.*} settings; immutable and thread-safe.
 *
 * <p>Settings, besides the chain's own ({@code winnow.cleaners}, {@code winnow.cleaner.<name>.<key>}):
 * <ul>
 *   <li>{@code winnow.input}: {@code html} (default) cleans the raw page with Winnow's own jsoup segmentation;
 *       {@code text} cleans the plain text the host's parser already extracted; {@code auto} lets Winnow decide
 *       from the raw bytes.</li>
 *   <li>{@code winnow.max.bytes}: pages larger than this (default 8388608, 8 MiB; for text input, characters) are
 *       left as they are.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class CrawlCleaner {
    /** Which input to clean: {@code html}, {@code text} or {@code auto}. */
    public static final String INPUT = "winnow.input";
    /** Largest page, in bytes, that is cleaned. */
    public static final String MAX_BYTES = "winnow.max.bytes";
    /** Default of {@link #MAX_BYTES}. */
    public static final long DEFAULT_MAX_BYTES = 8L << 20;

    /** What the adapter hands to Winnow. */
    public enum Input { HTML, TEXT, AUTO }

    private final Winnow winnow;
    private final Input input;
    private final long maxBytes;

    private CrawlCleaner(Winnow winnow, Input input, long maxBytes) {
        this.winnow = winnow;
        this.input = input;
        this.maxBytes = maxBytes;
    }

    /** Builds the chain once; throws {@link WinnowException} naming a bad key, so a typo fails at start-up. */
    public static CrawlCleaner of(Settings settings) {
        Objects.requireNonNull(settings, "settings == null");
        return new CrawlCleaner(Winnow.of(settings), input(settings.get(INPUT)), maxBytes(settings.get(MAX_BYTES)));
    }

    public Input input() {
        return input;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Cleans raw page bytes as HTML, or as detected when the input mode is {@code auto}. */
    public Outcome cleanBytes(byte[] content, String charsetHint, String url) {
        if (content == null) return Outcome.failed("no content");
        if (content.length > maxBytes) return tooLarge(content.length, "bytes");
        Page page = input == Input.AUTO ? Page.detect(content, charsetHint, url) : Page.html(content, charsetHint, url);
        return guarded(() -> winnow.clean(page));
    }

    /** Cleans text that the host's parser extracted. */
    public Outcome cleanText(String text, String url) {
        if (text == null) return Outcome.failed("no parse text");
        if (text.length() > maxBytes) return tooLarge(text.length(), "chars");
        return guarded(() -> winnow.clean(Page.text(text, url)));
    }

    /**
     * Cleans a document the host already parsed. The document is only read, never changed.
     *
     * @param sourceBytes size of the page it was parsed from, checked against {@code winnow.max.bytes}
     */
    public Outcome cleanDocument(Document document, long sourceBytes, String url) {
        if (document == null) return Outcome.failed("no document");
        if (sourceBytes > maxBytes) return tooLarge(sourceBytes, "bytes");
        return guarded(() -> winnow.clean(document, url));
    }

    private Outcome tooLarge(long size, String unit) {
        return Outcome.failed("page too large: " + size + " " + unit + " > " + MAX_BYTES + "=" + maxBytes);
    }

    private static Outcome guarded(java.util.function.Supplier<CleanResult> clean) {
        try {
            CleanResult r = clean.get();
            if (r.body().isBlank()) return Outcome.failed("no body found");
            return Outcome.of(r);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static Input input(String value) {
        if (value == null || value.isBlank()) return Input.HTML;
        try {
            return Input.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WinnowException(INPUT + " must be html, text or auto, not '" + value + "'");
        }
    }

    static long maxBytes(String value) {
        if (value == null || value.isBlank()) return DEFAULT_MAX_BYTES;
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new WinnowException(MAX_BYTES + " must be a positive number of bytes, not '" + value + "'");
    }
}
