package dev.winnow.segment;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts what Winnow never reads out of a page's bytes before jsoup parses them: the text of scripts and style
 * sheets, the content of SVG drawings and the text of comments. On the benchmark's pages that is 55% of the bytes,
 * which jsoup would otherwise decode, tokenise and keep as strings and nodes. Scripts whose start tag mentions
 * JSON (JSON-LD, read for metadata) are kept.
 *
 * <p>The bytes are walked as jsoup 1.24's tokeniser walks the characters: tags with their quoted attribute values,
 * comments, doctypes, processing instructions, the text of title, textarea and the like, and script text with
 * its {@code <!--} escapes. A cut is made only where jsoup would read a script's or style sheet's text, an svg
 * element's content or a comment's text, so the cut page parses to the same tree as the whole page, but for
 * those. An svg element's content is cut only when jsoup keeps all of it inside: SVG's own elements, each end tag
 * closing one opened there, no HTML inside a description or title. Where the walk cannot be sure of what jsoup
 * would do, it cuts nothing from there on: a {@code <frameset>} (then nothing at all) or {@code <plaintext>};
 * inside SVG or MathML, a script, style or title whose text holds a '{@code <}' (jsoup reads some of those as
 * markup), or a {@code <noscript>}; a title, textarea, iframe, xmp, noembed or noframes whose text holds a
 * '{@code <}'; a tag or text the input cuts off. Its delimiters are ASCII bytes, which mean the same in UTF-8 as
 * in characters.
 */
final class ScriptCutter {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    // sets of ASCII bytes below 64, as bits of a long: the delimiters of a tag's name, attribute names and values
    private static final long SPACE = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r' | 1L << '\f';
    private static final long NAME_END = SPACE | 1L << '/' | 1L << '>';
    private static final long ATTRIBUTE_NAME_END = NAME_END | 1L << '=';
    private static final long VALUE_END = SPACE | 1L << '>';

    /** What a start tag's name means to the walk. */
    /** Elements of SVG content, in lower case (besides the filter primitives, fe...). */
    private static final Set<String> SVG_ELEMENTS = Set.of("a", "animate", "animatemotion", "animatetransform", "circle",
            "clippath", "defs", "desc", "ellipse", "filter", "g", "image", "line", "lineargradient", "marker", "mask",
            "metadata", "mpath", "path", "pattern", "polygon", "polyline", "radialgradient", "rect", "script", "set", "stop", "style",
            "svg", "switch", "symbol", "text", "textpath", "title", "tspan", "use", "view");

    private enum Kind { OTHER, SCRIPT, STYLE, TEXT, SVG, MATH, NOSCRIPT, SELECT, FRAMESET, STOP }

    // states of a script's text after "<!--", as jsoup's tokeniser names them (ScriptData...)
    private static final int DATA = 0, ESCAPED = 1, ESCAPED_DASH = 2, ESCAPED_DASH_DASH = 3, DOUBLE = 4, DOUBLE_DASH = 5,
            DOUBLE_DASH_DASH = 6;
    // states of a comment, from "<!--"
    private static final int COMMENT_START = 0, COMMENT_START_DASH = 1, COMMENT = 2, COMMENT_END_DASH = 3, COMMENT_END = 4,
            COMMENT_END_BANG = 5;

    private final byte[] b;
    private final int end;
    /** Cut ranges, [from, to) pairs in page order. */
    private int[] cuts = new int[32];
    private int count;
    private int cutBytes;
    /** Open svg and math elements: inside either, jsoup reads some elements differently. */
    private int svg, math;
    /** Inside a noscript element, where jsoup reads a script's text as raw text and a self-closed one as empty. */
    private boolean noscript;
    /** The last tag read was self-closed ("/>"). */
    private boolean selfClosed;
    /** Where the content of the outermost open svg element starts, while all of it can be cut; else -1. */
    private int svgFrom = -1;
    /** While {@link #svgFrom} is set, the elements open inside that svg element, itself first. */
    private final List<String> svgOpen = new ArrayList<>();
    /** An svg element's content was cut. */
    private boolean svgCut;
    /** After a select's start tag until its end tag: jsoup drops an svg tag inside a select, keeping its text. */
    private boolean select;

    private ScriptCutter(byte[] b) {
        this.b = b;
        this.end = b.length;
    }

    /** The page without the text of its scripts and style sheets; {@code page} itself when there is none to cut. */
    static byte[] cut(byte[] page) {
        ScriptCutter cutter = new ScriptCutter(page);
        cutter.walk();
        return cutter.apply();
    }

    private byte[] apply() {
        if (count == 0) return b;
        byte[] out = new byte[end - cutBytes];
        int from = 0, o = 0;
        for (int k = 0; k < count; k += 2) {
            int n = cuts[k] - from;
            System.arraycopy(b, from, out, o, n);
            o += n;
            from = cuts[k + 1];
        }
        System.arraycopy(b, from, out, o, end - from);
        return out;
    }

    private void cut(int from, int to) {
        if (to <= from) return;
        if (count == cuts.length) cuts = Arrays.copyOf(cuts, count * 2);
        cuts[count++] = from;
        cuts[count++] = to;
        cutBytes += to - from;
    }

    /** Walks the page in jsoup's data state, from markup to markup, until its end or a place it is not sure of. */
    private void walk() {
        int at = 0;
        while (at >= 0) {
            int lt = find(b, (byte) '<', at, end);
            if (lt < 0 || lt + 1 >= end) return;
            int p = lt + 1;
            byte c = b[p];
            if (c == '!') {
                if (startsWith(p + 1, "--")) at = comment(p + 3);
                else if (startsWith(p + 1, "[CDATA[")) at = afterCdata(p + 8);
                else at = after((byte) '>', p + 1); // a doctype or a bogus comment
            } else if (c == '?') {
                at = after((byte) '>', p + 1); // a processing instruction or a bogus comment
            } else if (c == '/') {
                if (p + 1 >= end) return;
                byte d = b[p + 1];
                if (isAsciiLetter(d)) at = endTag(p + 1);
                else at = d == '>' ? p + 2 : after((byte) '>', p + 1);
            } else if (isAsciiLetter(c)) {
                at = startTag(p);
            } else {
                at = p; // a '<' of text
            }
            if (at < 0 && svgCut && mentionsFrameset(lt)) {
                count = 0; // past the place it stopped, a frameset may be taken or dropped by an SVG drawing cut before
                cutBytes = 0;
            }
        }
    }

    /** True when a "{@code <frameset}" follows {@code from}. */
    private boolean mentionsFrameset(int from) {
        for (int lt = find(b, (byte) '<', from, end); lt >= 0; lt = find(b, (byte) '<', lt + 1, end)) {
            if (lt + 9 <= end && is(lt + 1, lt + 9, "frameset")) return true;
        }
        return false;
    }

    /** Past a start tag whose name opens at {@code p}, and past the text of a script, style sheet or title it opens. */
    private int startTag(int p) {
        int nameEnd = nameEnd(p);
        int after = tagEnd(nameEnd);
        if (after < 0) return -1;
        Kind kind = kind(p, nameEnd);
        boolean foreign = svg > 0 || math > 0;
        if (svgFrom >= 0) openInSvg(kind, p, nameEnd, after);
        switch (kind) {
            case OTHER:
                return after;
            case SVG:
                if (selfClosed) return after;
                if (!foreign && !noscript && !select) {
                    svgFrom = after;
                    svgOpen.add("svg");
                }
                svg++;
                return after;
            case SELECT:
                select = true;
                return after;
            case FRAMESET:
                // jsoup takes it or drops it by what came before, which the cut of an SVG drawing may change
                count = 0;
                cutBytes = 0;
                return -1;
            case MATH:
                if (!selfClosed) math++;
                return after;
            case NOSCRIPT:
                if (foreign || selfClosed) return -1;
                noscript = true;
                return after;
            case STOP:
                return -1;
            default:
                break;
        }
        if (foreign) {
            // some are raw text there, some markup (SVG's style, a title): the same only without a '<' inside
            return selfClosed ? -1 : textOnlyEnd(after, p, nameEnd);
        }
        if (kind == Kind.TEXT) return textOnlyEnd(after, p, nameEnd);
        if (noscript && selfClosed) return after; // in a noscript, a self-closed script or style holds no text
        int textEnd = kind == Kind.SCRIPT && !noscript ? scriptEnd(after) : rawTextEnd(after, kind == Kind.SCRIPT ? "script" : "style");
        if (textEnd < 0) return -1;
        if (kind == Kind.STYLE || !mentionsJson(p, after)) cut(after, textEnd);
        return textEnd;
    }

    /** Past an end tag whose name opens at {@code p}. */
    private int endTag(int p) {
        int nameEnd = nameEnd(p);
        int after = tagEnd(nameEnd);
        if (after < 0) return -1;
        if (svgFrom >= 0) closeInSvg(p, nameEnd);
        if (is(p, nameEnd, "svg")) svg = Math.max(0, svg - 1);
        else if (is(p, nameEnd, "select")) select = false;
        else if (is(p, nameEnd, "math")) math = Math.max(0, math - 1);
        else if (is(p, nameEnd, "noscript")) noscript = false;
        return after;
    }

    /**
     * Follows a start tag inside an svg element whose content may be cut. The content stays inside that element, as
     * jsoup reads it, while it holds only SVG's elements (not one of the HTML names that end SVG content, like
     * {@code <p>}), descriptions and titles (where HTML may go) hold only text, and every end tag closes an element
     * opened inside it.
     */
    private void openInSvg(Kind kind, int p, int nameEnd, int after) {
        boolean svgElement = kind == Kind.SVG || kind == Kind.SCRIPT || kind == Kind.STYLE || is(p, nameEnd, "title")
                || kind == Kind.OTHER && isSvgElement(p, nameEnd);
        if (!svgElement || is(p, nameEnd, "desc") && !selfClosed && textOnlyEnd(after, p, nameEnd) < 0) {
            svgFrom = -1;
            svgOpen.clear();
        } else if (!selfClosed) {
            svgOpen.add(lowerName(p, nameEnd));
        }
    }

    /** Follows an end tag inside an svg element whose content may be cut; cuts that content at the element's end. */
    private void closeInSvg(int p, int nameEnd) {
        int open = svgOpen.lastIndexOf(lowerName(p, nameEnd));
        if (open > 0) {
            svgOpen.subList(open, svgOpen.size()).clear();
            return;
        }
        if (open == 0) {
            cutContent(svgFrom, p - 2);
            svgCut = true;
        }
        svgFrom = -1;
        svgOpen.clear();
    }

    private String lowerName(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /** True for the name of an element of SVG's drawings, its text, gradients, filters and animations. */
    private boolean isSvgElement(int from, int to) {
        if (to - from > 2 && lower(b[from]) == 'f' && lower(b[from + 1]) == 'e') return true; // filter primitives
        return SVG_ELEMENTS.contains(lowerName(from, to));
    }

    /** Cuts {@code [from, to)}, an element's content, with the cuts recorded inside it. */
    private void cutContent(int from, int to) {
        while (count > 0 && cuts[count - 2] >= from) {
            cutBytes -= cuts[count - 1] - cuts[count - 2];
            count -= 2;
        }
        cut(from, to);
    }

    private int nameEnd(int p) {
        int i = p;
        while (i < end && !in(NAME_END, b[i])) i++;
        return i;
    }

    private Kind kind(int from, int to) {
        switch (to - from) {
            case 3:
                return is(from, to, "svg") ? Kind.SVG : is(from, to, "xmp") ? Kind.TEXT : Kind.OTHER;
            case 4:
                return is(from, to, "math") ? Kind.MATH : Kind.OTHER;
            case 5:
                return is(from, to, "style") ? Kind.STYLE : is(from, to, "title") ? Kind.TEXT : Kind.OTHER;
            case 6:
                return is(from, to, "script") ? Kind.SCRIPT : is(from, to, "iframe") ? Kind.TEXT
                        : is(from, to, "select") ? Kind.SELECT : Kind.OTHER;
            case 7:
                return is(from, to, "noembed") ? Kind.TEXT : Kind.OTHER;
            case 8:
                return is(from, to, "noscript") ? Kind.NOSCRIPT : is(from, to, "textarea") || is(from, to, "noframes")
                        ? Kind.TEXT : is(from, to, "frameset") ? Kind.FRAMESET : Kind.OTHER;
            case 9:
                return is(from, to, "plaintext") ? Kind.STOP : Kind.OTHER;
            default:
                return Kind.OTHER;
        }
    }

    /**
     * Past a tag's attributes, from the end of its name: the index after its '>', or -1 when the input ends inside
     * it. Follows jsoup's attribute states: a name runs to white space, '/', '=' or '>'; a quoted value to its
     * quote; an unquoted one to white space or '>'. Notes in {@link #selfClosed} whether it ended with "/>".
     */
    private int tagEnd(int i) {
        selfClosed = false;
        while (i < end) {
            byte c = b[i];
            if (c == '>') return i + 1;
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (c == '/') {
                if (i + 1 < end && b[i + 1] == '>') {
                    selfClosed = true;
                    return i + 2;
                }
                i++;
                continue;
            }
            i++; // a name's first character may be '=', a quote or '<'
            while (i < end && !in(ATTRIBUTE_NAME_END, b[i])) i++;
            while (i < end && in(SPACE, b[i])) i++;
            if (i >= end) return -1;
            if (b[i] != '=') continue;
            i++;
            while (i < end && in(SPACE, b[i])) i++;
            if (i >= end) return -1;
            c = b[i];
            if (c == '"' || c == '\'') {
                int q = find(b, c, i + 1, end);
                if (q < 0) return -1;
                i = q + 1;
            } else if (c == '>') {
                return i + 1;
            } else {
                while (i < end && !in(VALUE_END, b[i])) i++;
            }
        }
        return -1;
    }

    /**
     * Where the text of an element whose name is {@code b[nameFrom, nameTo)} ends, when that text holds no '<' before
     * its end tag: the '<' of that end tag, else -1.
     */
    private int textOnlyEnd(int from, int nameFrom, int nameTo) {
        int lt = find(b, (byte) '<', from, end);
        if (lt < 0 || lt + 1 >= end || b[lt + 1] != '/') return -1;
        int m = letters(lt + 2);
        if (m - (lt + 2) != nameTo - nameFrom || m >= end || !isDelimiter(b[m])) return -1;
        for (int k = 0; k < nameTo - nameFrom; k++) if (lower(b[lt + 2 + k]) != lower(b[nameFrom + k])) return -1;
        return lt;
    }

    /** Where raw text (a style sheet's) ends: the '<' of "{@code </name}" followed by white space, '/' or '>'. */
    private int rawTextEnd(int i, String name) {
        while (true) {
            int lt = find(b, (byte) '<', i, end);
            if (lt < 0 || lt + 1 >= end) return -1;
            if (b[lt + 1] != '/') {
                i = lt + 1;
                continue;
            }
            int m = letters(lt + 2);
            if (endsAs(lt + 2, m, name)) return lt;
            i = Math.max(m, lt + 2);
        }
    }

    /**
     * Where a script's text ends, following jsoup's script data states: the '<' of its end tag, or -1. After
     * "{@code <!--}" the text is escaped, and after a "{@code <script}" inside that, a "{@code </script>}" does
     * not end it until the escape's "{@code -->}" or a "{@code </script>}" closes the inner one.
     */
    private int scriptEnd(int i) {
        int state = DATA;
        while (true) {
            if (state == DATA) {
                int lt = find(b, (byte) '<', i, end);
                if (lt < 0 || lt + 1 >= end) return -1;
                byte c = b[lt + 1];
                if (c == '/') {
                    int m = letters(lt + 2);
                    if (endsAs(lt + 2, m, "script")) return lt;
                    i = Math.max(m, lt + 2);
                } else if (c == '!' && startsWith(lt + 2, "--")) {
                    i = lt + 4;
                    state = ESCAPED_DASH_DASH;
                } else {
                    i = lt + 1;
                }
                continue;
            }
            if (i >= end) return -1;
            byte c = b[i++];
            boolean escaped = state <= ESCAPED_DASH_DASH;
            if (c == '-') {
                state = state == ESCAPED || state == DOUBLE ? state + 1 : escaped ? ESCAPED_DASH_DASH : DOUBLE_DASH_DASH;
            } else if (c == '>' && (state == ESCAPED_DASH_DASH || state == DOUBLE_DASH_DASH)) {
                state = DATA;
            } else if (c != '<') {
                state = escaped ? ESCAPED : DOUBLE;
            } else if (escaped && i < end && b[i] == '/') { // "</script" ends an escaped script
                int m = letters(i + 1);
                if (endsAs(i + 1, m, "script")) return i - 1;
                state = ESCAPED;
                i = Math.max(m, i + 1);
            } else if (escaped && i < end && isAsciiLetter(b[i]) || !escaped && i < end && b[i] == '/') {
                // "<script" opens a double escape, "</script" closes it: its name is followed by white space, '/' or '>'
                int from = escaped ? i : i + 1;
                int m = letters(from);
                if (m >= end) return -1;
                boolean script = is(from, m, "script") && isDelimiter(b[m]);
                state = script == escaped ? DOUBLE : ESCAPED;
                i = isDelimiter(b[m]) ? m + 1 : m;
            } else {
                state = escaped ? ESCAPED : DOUBLE;
            }
        }
    }

    /**
     * Past a comment whose "{@code <!--}" ends before {@code i}, or -1; its text is cut when it ends in "{@code -->}"
     * or "{@code --!>}", which then end the empty comment left.
     */
    private int comment(int i) {
        int after = afterComment(i);
        if (after < 0) return -1;
        int close = b[after - 2] == '!' ? 4 : 3;
        if (after - close >= i && b[after - close] == '-' && b[after - close + 1] == '-') cut(i, after - close);
        return after;
    }

    /** Past a comment whose "{@code <!--}" ends before {@code i}, as jsoup's comment states read one; -1 at the end. */
    private int afterComment(int i) {
        int state = COMMENT_START;
        for (; i < end; i++) {
            byte c = b[i];
            switch (state) {
                case COMMENT_START:
                    if (c == '>') return i + 1;
                    if (c == '-') state = COMMENT_START_DASH;
                    else { state = COMMENT; i--; }
                    break;
                case COMMENT_START_DASH:
                    if (c == '>') return i + 1;
                    if (c == '-') state = COMMENT_END;
                    else { state = COMMENT; i--; }
                    break;
                case COMMENT: {
                    int dash = find(b, (byte) '-', i, end);
                    if (dash < 0) return -1;
                    i = dash;
                    state = COMMENT_END_DASH;
                    break;
                }
                case COMMENT_END_DASH:
                    state = c == '-' ? COMMENT_END : COMMENT;
                    break;
                case COMMENT_END:
                    if (c == '>') return i + 1;
                    if (c == '!') state = COMMENT_END_BANG;
                    else if (c != '-') state = COMMENT;
                    break;
                default: // COMMENT_END_BANG
                    if (c == '>') return i + 1;
                    state = c == '-' ? COMMENT_END_DASH : COMMENT;
                    break;
            }
        }
        return -1;
    }

    /**
     * Past "{@code <![CDATA[}": in HTML a bogus comment to the first '>', in SVG or MathML a section to "{@code ]]>}".
     * Inside those, which one jsoup reads depends on the element it is in: the walk goes on only where both end alike.
     */
    private int afterCdata(int i) {
        int gt = find(b, (byte) '>', i, end);
        if (gt < 0) return -1;
        if (svg == 0 && math == 0) return gt + 1;
        return gt >= i + 2 && b[gt - 1] == ']' && b[gt - 2] == ']' ? gt + 1 : -1;
    }

    /** The index after the first {@code c} from {@code from}, or -1. */
    private int after(byte c, int from) {
        int i = find(b, c, from, end);
        return i < 0 ? -1 : i + 1;
    }

    /** The end of the run of ASCII letters from {@code i}. */
    private int letters(int i) {
        while (i < end && isAsciiLetter(b[i])) i++;
        return i;
    }

    /** True when the letters {@code [from, to)} are {@code name} (in any case) and are followed by white space, '/' or '>'. */
    private boolean endsAs(int from, int to, String name) {
        return to < end && isDelimiter(b[to]) && is(from, to, name);
    }

    /** True when a start tag {@code [from, to)} mentions "json" (JSON-LD, and other data that may be read). */
    private boolean mentionsJson(int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            if (lower(b[i]) == 'j' && lower(b[i + 1]) == 's' && lower(b[i + 2]) == 'o' && lower(b[i + 3]) == 'n') return true;
        }
        return false;
    }

    private boolean startsWith(int i, String s) {
        if (i + s.length() > end) return false;
        for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) return false;
        return true;
    }

    /** True when {@code b[from, to)} is {@code lower}, ignoring ASCII case. */
    private boolean is(int from, int to, String lower) {
        if (to - from != lower.length()) return false;
        for (int k = 0; k < lower.length(); k++) if (lower(b[from + k]) != lower.charAt(k)) return false;
        return true;
    }

    /**
     * The first index of {@code c} in {@code b[from, to)}, or -1: eight bytes at a time, a byte equal to {@code c}
     * showing as a zero byte of the word xor'd with it (the lowest one found exactly).
     */
    static int find(byte[] b, byte c, int from, int to) {
        long pattern = (c & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
        for (; i < to; i++) if (b[i] == c) return i;
        return -1;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static boolean isAsciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** True when {@code c} is in {@code set}, a set of bytes below 64. */
    private static boolean in(long set, byte c) {
        return (c & 0xC0) == 0 && (set >>> c & 1) != 0;
    }

    private static boolean isSpace(byte c) {
        return in(SPACE, c);
    }

    private static boolean isDelimiter(byte c) {
        return in(NAME_END, c);
    }
}
