package dev.winnow.segment;

import dev.winnow.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Decodes a {@link Page}: parses HTML with jsoup, decodes text by BOM, hint or UTF-8, and detects which is which. */
public final class Decoder {
    private static final int SNIFF = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {}

    /** True when the page is, or looks like, HTML. */
    public static boolean isHtml(Page page) {
        return switch (page.format()) {
            case HTML -> true;
            case TEXT -> false;
            case AUTO -> looksLikeHtml(page.bytes() != null
                    ? new String(page.bytes(), 0, Math.min(SNIFF, page.bytes().length), StandardCharsets.ISO_8859_1)
                    : page.string().substring(0, Math.min(SNIFF, page.string().length())));
        };
    }

    /** An HTML start: a doctype, an html/head/body tag, or at least three tags with closing tags among them. */
    static boolean looksLikeHtml(String head) {
        String s = head.toLowerCase(Locale.ROOT);
        if (s.contains("<!doctype html") || s.contains("<html") || s.contains("<head") || s.contains("<body")) return true;
        int tags = 0, closing = 0;
        for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if (Character.isLetter(c)) tags++;
            else if (c == '/') closing++;
        }
        return tags >= 3 && closing >= 1;
    }

    /** Parses HTML; the charset comes from the BOM, the caller's hint, a meta tag, or defaults to UTF-8. */
    public static Document parseHtml(Page page, List<String> warnings) {
        return parseHtml(page, warnings, Parser.htmlParser().getMaxDepth());
    }

    /** As {@link #parseHtml(Page, List)}; elements deeper than {@code maxDepth} are flattened by the parser. */
    public static Document parseHtml(Page page, List<String> warnings, int maxDepth) {
        return parse(page, warnings, maxDepth, false);
    }

    /**
     * As {@link #parseHtml(Page, List, int)}, for cleaning: a UTF-8 page is parsed without the text of its scripts,
     * style sheets and comments and the content of its SVG drawings ({@link ScriptCutter}), which Winnow never
     * reads; JSON-LD is kept.
     */
    public static Document parseHtmlForCleaning(Page page, List<String> warnings, int maxDepth) {
        return parse(page, warnings, maxDepth, true);
    }

    private static Document parse(Page page, List<String> warnings, int maxDepth, boolean cutScripts) {
        String url = page.url() == null ? "" : page.url();
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        if (page.string() != null) return Jsoup.parse(page.string(), url, parser);
        String charset = charsetName(page.charsetHint(), warnings);
        if (charset == null) charset = declaredOrUtf8(page.bytes());
        // UTF-8 without a byte order mark, most pages: the same characters as jsoup's stream decoding, faster
        if (Charset.forName(charset).equals(StandardCharsets.UTF_8) && byteOrderMark(page.bytes()) == null) {
            byte[] bytes = cutScripts ? ScriptCutter.cut(page.bytes()) : page.bytes();
            return parser.parseInput(new Utf8Reader(bytes), url);
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.bytes()), charset, url, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The charset a byte order mark at the start of {@code b} names, as jsoup reads them (UTF-32 before UTF-16, whose
     * little-endian mark begins UTF-32's), or {@code null}: a mark overrides any declared or hinted charset.
     */
    static Charset byteOrderMark(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xFF : -1, b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1, b3 = b.length > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return Charset.forName("UTF-32BE");
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return Charset.forName("UTF-32LE");
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return StandardCharsets.UTF_8;
        return null;
    }

    /** The length of the byte order mark of {@code charset}, as {@link #byteOrderMark} found it. */
    private static int markLength(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? 3 : charset.name().startsWith("UTF-32") ? 4 : 2;
    }

    /**
     * The charset a page's bytes declare, found as jsoup would find it, else UTF-8, jsoup's default: told it,
     * jsoup parses the page once, instead of parsing its first bytes on their own first to look (a byte order
     * mark still overrides either).
     */
    static String declaredOrUtf8(byte[] bytes) {
        String declared = MetaCharset.of(bytes);
        return declared != null ? declared : StandardCharsets.UTF_8.name();
    }

    /** Decodes plain text: BOM, then the hint, then strict UTF-8, then windows-1252 with a warning. */
    public static String decodeText(Page page, List<String> warnings) {
        return textChars(page, warnings).toString();
    }

    /**
     * As {@link #decodeText}, the characters in an array from index 0 to the buffer's limit: the form the text
     * segmenter reads, without a string's copy of them.
     */
    public static CharBuffer textChars(Page page, List<String> warnings) {
        if (page.string() != null) return CharBuffer.wrap(page.string().toCharArray());
        byte[] b = page.bytes();
        Charset marked = byteOrderMark(b);
        if (marked != null) {
            int mark = markLength(marked);
            return CharBuffer.wrap(new String(b, mark, b.length - mark, marked).toCharArray());
        }
        String hint = charsetName(page.charsetHint(), warnings);
        if (hint != null) return CharBuffer.wrap(new String(b, Charset.forName(hint)).toCharArray());
        char[] chars = new char[b.length]; // UTF-8 never has more characters than bytes
        int n = Utf8Reader.decodeWellFormed(b, chars);
        if (n >= 0) return CharBuffer.wrap(chars, 0, n);
        warnings.add("text is not valid UTF-8; decoded as windows-1252");
        return CharBuffer.wrap(new String(b, WINDOWS_1252).toCharArray());
    }

    /**
     * Where {@code part} starts in {@code s}, ignoring case, or -1. Not {@code s.toLowerCase().indexOf(part)}:
     * lower-casing can change the length ("İ" becomes two chars), and the index would miss in {@code s}.
     */
    private static int indexOfIgnoreCase(String s, String part) {
        for (int i = 0; i + part.length() <= s.length(); i++) if (s.regionMatches(true, i, part, 0, part.length())) return i;
        return -1;
    }

    /** The text up to the first ';' or white space ("" for "; x"). */
    private static String firstToken(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) != ';' && !Character.isWhitespace(s.charAt(end))) end++;
        return s.substring(0, end);
    }

    /** A usable charset name from a name or a Content-Type value, or {@code null} (with a warning if unusable). */
    static String charsetName(String hint, List<String> warnings) {
        if (hint == null || hint.isBlank()) return null;
        String name = hint.strip();
        int i = indexOfIgnoreCase(name, "charset=");
        if (i >= 0) name = firstToken(name.substring(i + 8).replace("\"", "").replace("'", ""));
        else if (name.contains("/")) return null;
        if (name.isEmpty()) return null;
        try {
            if (Charset.isSupported(name)) return Charset.forName(name).name();
        } catch (IllegalArgumentException ignored) {
            // fall through to the warning
        }
        warnings.add("unknown charset '" + name + "' ignored");
        return null;
    }
}
