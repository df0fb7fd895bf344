package dev.winnow;

import java.util.Arrays;
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

    /** Plain text as a scraper stored it: one block per line, blank lines between paragraphs. */
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

    /** Size of the input in bytes (UTF-8 length for a string input, counted without encoding it). */
    public long size() {
        return bytes != null ? bytes.length : utf8Length(string, string.length());
    }

    /** This page cut to at most {@code max} bytes (for a string, at most {@code max} UTF-8 bytes). */
    Page truncated(long max) {
        if (size() <= max) return this;
        if (bytes != null) return new Page(Arrays.copyOf(bytes, (int) Math.min(max, Integer.MAX_VALUE - 8)), null, format, charsetHint, url);
        int end = 0;
        long n = 0;
        while (end < string.length()) {
            long next = n + utf8Length(string.charAt(end));
            if (next > max) break;
            n = next;
            end++;
        }
        if (end > 0 && Character.isHighSurrogate(string.charAt(end - 1))) end--;
        return new Page(null, string.substring(0, end), format, charsetHint, url);
    }

    private static long utf8Length(String s, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) n += utf8Length(s.charAt(i));
        return n;
    }

    /** UTF-8 bytes of one UTF-16 unit: a surrogate counts 2, so a pair counts 4. */
    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
}
