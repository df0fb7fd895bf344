package dev.winnow.segment;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The charset an HTML page's first bytes declare, found as jsoup finds it when given none, but by one scan of the
 * bytes instead of a parse of them: the first {@code <meta charset>} or {@code <meta http-equiv=Content-Type>}
 * in the first {@value #PREFIX} bytes that names a charset, else the encoding of a leading XML declaration.
 * Comments, and the text of elements whose content is not markup ({@code script}, {@code style}, {@code title},
 * {@code textarea}...), are skipped as a parser skips them; a tag the prefix cuts off is not read.
 *
 * <p>Handing jsoup the charset found here spares its own detection, which parses the prefix as a document of its
 * own before parsing the page. Where jsoup's tree builder would move or drop a tag, this scan does not follow:
 * a meta tag inside {@code <svg>} or {@code <math>} text, after a {@code <frameset>}, or in a script's
 * "{@code <!--<script>}" text is read differently, so such a page may be decoded with another charset than
 * jsoup's own detection would pick.
 */
final class MetaCharset {
    /** The bytes jsoup reads for a declaration. */
    static final int PREFIX = 5120;
    /** Elements whose content a parser reads as text up to their end tag: a "{@code <meta}" inside is not a tag. */
    private static final List<String> TEXT_ELEMENTS = List.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");

    /** A Content-Type's charset parameter, read as jsoup reads it. */
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)\\bcharset=\\s*(?:\"|')?([^\\s,;\"']*)");

    private final byte[] b;
    private final int end;
    private int at;
    /** The attributes of the tag last read: the ones a declaration needs, {@code null} when absent. */
    private String httpEquiv, content, charset, encoding;

    private MetaCharset(byte[] b) {
        this.b = b;
        this.end = Math.min(b.length, PREFIX);
    }

    /** The charset the page declares, as a supported name, or {@code null} when it declares none that Java has. */
    static String of(byte[] page) {
        return supported(new MetaCharset(page).declared());
    }

    /** The declared name, not yet checked; {@code null} when none. */
    private String declared() {
        while (at < end) {
            int lt = indexOf('<', at);
            if (lt < 0) return xmlEncoding();
            at = lt + 1;
            if (startsWith("!--")) {
                if (!skipComment()) break;
            } else if (at < end && (b[at] == '!' || b[at] == '?')) { // a doctype or bogus comment: to its '>'
                int gt = indexOf('>', at);
                if (gt < 0) break;
                at = gt + 1;
            } else if (at < end && b[at] == '/') { // an end tag: its attributes, if any, do not count
                at++;
                if (!readTag()) break;
            } else if (at < end && isLetter(b[at])) {
                int nameStart = at;
                while (at < end && !isSpace(b[at]) && b[at] != '/' && b[at] != '>') at++;
                int nameEnd = at;
                if (!readTag()) break;
                if (is(nameStart, nameEnd, "meta")) {
                    String found = fromMeta();
                    if (found != null) return found;
                } else if (is(nameStart, nameEnd, "plaintext")) {
                    break; // the rest of the page is text
                } else if (!skipText(nameStart, nameEnd)) {
                    break;
                }
            }
        }
        return xmlEncoding();
    }

    /**
     * The charset a meta tag's attributes give, as jsoup reads them: an http-equiv tag's Content-Type, else the
     * charset attribute (its value unchecked, as jsoup leaves it: an unknown one ends the search all the same).
     */
    private String fromMeta() {
        boolean selected = charset != null || httpEquiv != null && httpEquiv.equalsIgnoreCase("content-type");
        if (!selected) return null;
        String found = httpEquiv != null ? fromContentType(content) : null;
        if (found == null && charset != null) found = charset;
        return found;
    }

    /** The charset named in a Content-Type value ("text/html; charset=iso-8859-1"), if Java supports it. */
    static String fromContentType(String value) {
        if (value == null) return null;
        Matcher m = CONTENT_TYPE_CHARSET.matcher(value);
        return m.find() ? supported(m.group(1).trim().replace("charset=", "")) : null;
    }

    /** {@code name} cleaned of quotes, as Java knows it (tried as written, then in upper case), or {@code null}. */
    static String supported(String name) {
        if (name == null) return null;
        String cs = name.trim().replace("\"", "").replace("'", "");
        if (cs.isEmpty()) return null;
        try {
            if (Charset.isSupported(cs)) return cs;
            cs = cs.toUpperCase(Locale.ENGLISH);
            if (Charset.isSupported(cs)) return cs;
        } catch (IllegalCharsetNameException e) {
            // not a name: no charset
        }
        return null;
    }

    /**
     * The encoding of an XML declaration ({@code <?xml version="1.0" encoding="..."?>}) that is the document's
     * first node, as jsoup builds it: white space before it is dropped; so are end tags other than those that open
     * the html element, and after one, a doctype (but white space after one makes a node).
     */
    private String xmlEncoding() {
        at = 0;
        while (at < end && isSpace(b[at])) at++;
        boolean afterEndTag = false;
        while (true) {
            if (startsWith("<?xml") && at + 5 < end && (isSpace(b[at + 5]) || b[at + 5] == '?')) {
                at += 5;
                return readTag() ? encoding : null;
            } else if (startsWith("<!doctype") && afterEndTag) {
                int gt = indexOf('>', at);
                if (gt < 0) return null;
                at = gt + 1;
            } else if (startsWith("</") && at + 2 < end && isLetter(b[at + 2])) {
                int nameStart = at + 2;
                at = nameStart;
                while (at < end && !isSpace(b[at]) && b[at] != '/' && b[at] != '>') at++;
                if (is(nameStart, at, "head") || is(nameStart, at, "body") || is(nameStart, at, "html") || is(nameStart, at, "br")) {
                    return null; // these make the html element, which comes first then
                }
                if (!readTag()) return null;
                afterEndTag = true;
            } else {
                return null;
            }
        }
    }

    /**
     * Reads a tag's attributes up to and past its '>', noting the ones a declaration needs. False when the prefix
     * ends inside the tag: a parser drops a tag the input cuts off.
     */
    private boolean readTag() {
        httpEquiv = content = charset = encoding = null;
        while (true) {
            while (at < end && (isSpace(b[at]) || b[at] == '/')) at++;
            if (at >= end) return false;
            if (b[at] == '>') {
                at++;
                return true;
            }
            int nameStart = at;
            at++; // a name's first character may be '=' or a quote
            while (at < end && !isSpace(b[at]) && b[at] != '/' && b[at] != '>' && b[at] != '=') at++;
            int nameEnd = at;
            while (at < end && isSpace(b[at])) at++;
            String value = "";
            if (at < end && b[at] == '=') {
                at++;
                while (at < end && isSpace(b[at])) at++;
                if (at >= end) return false;
                int from, to;
                if (b[at] == '"' || b[at] == '\'') {
                    byte quote = b[at];
                    from = at + 1;
                    to = from;
                    while (to < end && b[to] != quote) to++;
                    if (to >= end) return false;
                    at = to + 1;
                } else {
                    from = at;
                    while (at < end && !isSpace(b[at]) && b[at] != '>') at++;
                    to = at;
                }
                value = new String(b, from, to - from, java.nio.charset.StandardCharsets.UTF_8).replace('\0', '\uFFFD');
                if (value.indexOf('&') >= 0) value = Parser.unescapeEntities(value, true); // "iso&#45;8859-1", as the parser reads it
            }
            // the first of a repeated attribute counts, as in the parser
            if (httpEquiv == null && is(nameStart, nameEnd, "http-equiv")) httpEquiv = value;
            else if (content == null && is(nameStart, nameEnd, "content")) content = value;
            else if (charset == null && is(nameStart, nameEnd, "charset")) charset = value;
            else if (is(nameStart, nameEnd, "encoding")) encoding = value; // in an XML declaration, the last counts
        }
    }

    /** Past a comment opened at {@code at} ("!--"): to "-->", "--!>", or at once for "<!-->" and "<!--->". */
    private boolean skipComment() {
        at += 3;
        if (startsWith(">")) {
            at += 1;
            return true;
        }
        if (startsWith("->")) {
            at += 2;
            return true;
        }
        for (int i = at; i + 2 < end; i++) {
            if (b[i] == '-' && b[i + 1] == '-' && (b[i + 2] == '>' || b[i + 2] == '!' && i + 3 < end && b[i + 3] == '>')) {
                at = i + (b[i + 2] == '>' ? 3 : 4);
                return true;
            }
        }
        return false;
    }

    /** Past the text of an element read as text (a script...) up to its end tag; true for other elements. */
    private boolean skipText(int nameStart, int nameEnd) {
        for (String name : TEXT_ELEMENTS) {
            if (!is(nameStart, nameEnd, name)) continue;
            for (int lt = indexOf('<', at); lt >= 0; lt = indexOf('<', lt + 1)) {
                int after = lt + 2 + name.length();
                if (lt + 1 < end && b[lt + 1] == '/' && after < end && is(lt + 2, after, name)
                        && (isSpace(b[after]) || b[after] == '/' || b[after] == '>')) {
                    at = lt;
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < end; i++) if (b[i] == c) return i;
        return -1;
    }

    private boolean startsWith(String s) {
        return startsWithAt(at, s);
    }

    private boolean startsWithAt(int i, String s) {
        return i + s.length() <= end && is(i, i + s.length(), s);
    }

    /** True when {@code b[from, to)} is {@code lower}, ignoring ASCII case. */
    private boolean is(int from, int to, String lower) {
        if (to - from != lower.length()) return false;
        for (int i = 0; i < lower.length(); i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != lower.charAt(i)) return false;
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
