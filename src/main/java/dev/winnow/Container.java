package dev.winnow;

/**
 * An HTML element that holds blocks, as the segmenter saw it: enough of the tree for cleaners that weigh
 * regions, without handing them the DOM. Text input has a single root container.
 *
 * @param id        position of the element in document order, unique within one page
 * @param tag       lower-case tag name
 * @param hints     lower-case {@code id} and {@code class} attribute values joined by a space ("" if none)
 * @param parent    enclosing container, or {@code null} for the root
 * @param depth     distance from the root
 * @since 0.1
 */
public record Container(int id, String tag, String hints, Container parent, int depth) {

    /** True if {@code other} is this container or one of its ancestors. */
    public boolean isWithin(Container other) {
        for (Container c = this; c != null && c.depth >= other.depth; c = c.parent) {
            if (c == other) return true;
        }
        return false;
    }

    /** The ancestor at {@code levels} above this one, or the root when the tree is not that deep. */
    public Container up(int levels) {
        Container c = this;
        for (int i = 0; i < levels && c.parent != null; i++) c = c.parent;
        return c;
    }

    /** True for the root, {@code <html>} and {@code <body>}: containers that are the whole page, not a region of it. */
    public boolean isPageLevel() {
        return parent == null || tag.equals("html") || tag.equals("body");
    }

    /** Identity: each container is one element of one page (a record's equality would walk all ancestors). */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return hints.isEmpty() ? tag : tag + "[" + hints + "]";
    }
}
