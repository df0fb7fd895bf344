package dev.winnow;

/**
 * One unit of text the cleaners judge: a paragraph, heading, list item or table cell of an HTML page, or one
 * line of plain text. Immutable.
 *
 * @param index      position in the page's block sequence
 * @param text       the text, white space normalised
 * @param words      number of words
 * @param linkWords  number of words inside links
 * @param tag        the block's element ("p", "h2", "li", ...; "line" for plain text)
 * @param flags      structural facts, see the {@code IN_*} and other constants
 * @param container  the element holding the block
 * @param group      for plain text, the paragraph (run of lines between blank lines) the line belongs to;
 *                   for HTML, the same as {@code index}
 * @since 0.1
 */
public record Block(int index, String text, int words, int linkWords, String tag, int flags, Container container,
                    int group) {
    public static final int HEADING = 1, LIST_ITEM = 1 << 1, FIGURE = 1 << 2, FIGCAPTION = 1 << 3, NAV = 1 << 4,
            ASIDE = 1 << 5, HEADER = 1 << 6, FOOTER = 1 << 7, FORM = 1 << 8, TABLE = 1 << 9, BLOCKQUOTE = 1 << 10,
            PRE = 1 << 11, ARTICLE = 1 << 12, MAIN = 1 << 13, HTML = 1 << 14;

    /** Share of words inside links, 0 for a block without words. */
    public double linkDensity() {
        return words == 0 ? 0 : (double) linkWords / words;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Heading level 1-6, or 0 if this block is not a heading. */
    public int headingLevel() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
    }

    /** True for a block segmented from HTML (it has an element tree). */
    public boolean fromHtml() {
        return has(HTML);
    }
}
