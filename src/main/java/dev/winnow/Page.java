package dev.winnow;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One input page: raw HTML bytes (decoded by BOM, the caller's charset hint, meta tags or sniffing), or plain
 * text a scraper already extracted, or bytes whose kind Winnow detects. Immutable.
 *
 * <pre>
 * Page.html(bytes, "text/html; charset=iso-8859-1", url);
 * Page.text("Headline\n\nFirst paragraph.", null);
 * </pre>
 *
 * @since 0.1
 */
public final class Page {
    /** What the input is; {@code AUTO} lets Winnow detect HTML or text. */
    public enum Format { HTML, TEXT, AUTO }

    private final byte[] bytes;
    private final String string;
    private final Format format;
    private final String charsetHint;
    private final String url;

    private Page(byte[] bytes, String string, Format format, String charsetHint, String url) {
        this.bytes = bytes;
        this.string = string;
        this.format = format;
        this.charsetHint = charsetHint;
        this.url = url;
    }

    /** HTML bytes; {@code charsetHint} (a charset name or a Content-Type value) and {@code url} may be null. */
    public static Page html(byte[] bytes, String charsetHint, String url) {
        return new Page(Objects.requireNonNull(bytes, "bytes == null"), null, Format.HTML, charsetHint, url);
    }

    public static Page html(String html, String url) {
        return new Page(null, Objects.requireNonNull(html, "html == null"), Format.HTML, null, url);
    }

    /** Plain text: blocks separated by blank lines, as a scraper stored them. */
    public static Page text(String text, String url) {
        return new Page(null, Objects.requireNonNull(text, "text == null"), Format.TEXT, null, url);
    }

    public static Page text(byte[] bytes, String charsetHint, String url) {
        return new Page(Objects.requireNonNull(bytes, "bytes == null"), null, Format.TEXT, charsetHint, url);
    }

    /** Bytes that may be HTML or plain text: Winnow decides. */
    public static Page detect(byte[] bytes, String charsetHint, String url) {
        return new Page(Objects.requireNonNull(bytes, "bytes == null"), null, Format.AUTO, charsetHint, url);
    }

    public Format format() {
        return format;
    }

    /** The raw bytes, or {@code null} when the page was given as a string. Not copied: do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    /** The page as a string, or {@code null} when it was given as bytes. */
    public String string() {
        return string;
    }

    public String charsetHint() {
        return charsetHint;
    }

    public String url() {
        return url;
    }

    /** Size of the input in bytes (UTF-8 length for a string input). */
    public long size() {
        return bytes != null ? bytes.length : string.getBytes(StandardCharsets.UTF_8).length;
    }
}
