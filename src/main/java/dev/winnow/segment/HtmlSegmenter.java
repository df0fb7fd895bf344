package dev.winnow.segment;

import dev.winnow.Block;
import dev.winnow.Container;
import dev.winnow.WinnowException;
import dev.winnow.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a jsoup tree into blocks in one iterative traversal (no recursion, so deep nesting cannot overflow the
 * stack). Every block-level element starts a new block; inline text accumulates into the current one. Hidden
 * and non-text elements (script, style, forms controls, elements marked hidden) are skipped whole.
 */
public final class HtmlSegmenter {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "math", "object", "embed", "canvas", "select", "option", "button", "input", "textarea", "head", "title",
            "meta", "link", "audio", "video", "source", "picture", "map", "dialog");
    private static final Set<String> BLOCK = Set.of("html", "body", "p", "div", "section", "article", "main",
            "header", "footer", "nav", "aside", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "blockquote", "pre", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "center", "details", "summary", "menu", "hgroup",
            "legend", "br");
    private static final Map<String, Integer> FLAGS = Map.ofEntries(
            Map.entry("h1", Block.HEADING), Map.entry("h2", Block.HEADING), Map.entry("h3", Block.HEADING),
            Map.entry("h4", Block.HEADING), Map.entry("h5", Block.HEADING), Map.entry("h6", Block.HEADING),
            Map.entry("li", Block.LIST_ITEM), Map.entry("dd", Block.LIST_ITEM), Map.entry("dt", Block.LIST_ITEM),
            Map.entry("figure", Block.FIGURE), Map.entry("figcaption", Block.FIGCAPTION),
            Map.entry("nav", Block.NAV), Map.entry("menu", Block.NAV), Map.entry("aside", Block.ASIDE),
            Map.entry("header", Block.HEADER), Map.entry("footer", Block.FOOTER), Map.entry("form", Block.FORM),
            Map.entry("table", Block.TABLE), Map.entry("blockquote", Block.BLOCKQUOTE), Map.entry("pre", Block.PRE),
            Map.entry("article", Block.ARTICLE), Map.entry("main", Block.MAIN));
    /** What a tag is, in one lookup per element: {@link #SKIPPED}, {@link #BREAKS} and its block flag, if any. */
    private static final Map<String, Integer> KINDS = kinds();
    private static final int SKIPPED = 1 << 30, BREAKS = 1 << 29, FLAG_MASK = BREAKS - 1;

    private HtmlSegmenter() {}

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        for (String tag : SKIP) kinds.put(tag, SKIPPED);
        for (String tag : BLOCK) kinds.merge(tag, BREAKS | FLAGS.getOrDefault(tag, 0), (x, y) -> x | y);
        return Map.copyOf(kinds);
    }

    /** Segments the body of {@code root} (a document or any element). */
    public static List<Block> segment(Element root) {
        return segment(root, Integer.MAX_VALUE, () -> false, new ArrayList<>());
    }

    /**
     * Segments at most {@code maxNodes} nodes: past that, the rest of the page is ignored with a warning.
     *
     * @param expired checked every few thousand nodes; when it says the page's time is up, segmentation stops
     *                with a {@link dev.winnow.WinnowException}
     */
    public static List<Block> segment(Element root, int maxNodes, BooleanSupplier expired, List<String> warnings) {
        return segment(root, maxNodes, expired, warnings, e -> { }).blocks();
    }

    /**
     * The blocks of a segmentation, and whether it read the whole tree ({@code false} once the node limit
     * stopped it).
     */
    public record Result(List<Block> blocks, boolean complete) {}

    /**
     * As {@link #segment(Element, int, BooleanSupplier, List)}, showing {@code elements} every element under
     * {@code root} in document order, those inside skipped (hidden, script...) elements included: whoever needs
     * the tree's elements reads them in this same traversal. Past the node limit, the rest go unseen, and the
     * result says it is not {@link Result#complete}.
     */
    public static Result segment(Element root, int maxNodes, BooleanSupplier expired, List<String> warnings,
                                 Consumer<Element> elements) {
        Visitor v = new Visitor(maxNodes, expired, elements);
        NodeTraversor.filter(v, root);
        v.flush();
        boolean complete = v.nodes <= maxNodes;
        if (!complete) warnings.add("node limit of " + maxNodes + " reached: the rest of the page was ignored");
        return new Result(v.blocks, complete);
    }

    private static final class Visitor implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final Text.Normaliser text = new Text.Normaliser();
        final String[] kindKeys = new String[128];
        final int[] kindValues = new int[128];
        final int[] flagDepth = new int[16];
        int flags = Block.HTML; // the flags of the elements open now: bit i set while flagDepth[i] > 0
        /*
         * The block-level elements open now, outermost first; index 0 is the page's root. Each gets its container
         * id when it opens, and its Container (class and id read) only when a block inside it needs one: most
         * elements of a page hold no text of their own, or only through children that are blocks themselves.
         */
        Element[] openElements = new Element[32];
        String[] openTags = new String[32];
        int[] openIds = new int[32];
        Container[] openContainers = new Container[32];
        int top; // the innermost open element's index
        int nextId = 1;
        int linkDepth;
        int linkWords;
        String blockTag = "div";
        final int maxNodes;
        final BooleanSupplier expired;
        final Consumer<Element> elements;
        /** Shows {@link #elements} the elements inside a skipped one, whose text is not read. */
        final NodeVisitor showInside;
        int nodes;

        Visitor(int maxNodes, BooleanSupplier expired, Consumer<Element> elements) {
            this.maxNodes = maxNodes;
            this.expired = expired;
            this.elements = elements;
            this.showInside = (node, depth) -> {
                if (depth > 0 && node instanceof Element inside) elements.accept(inside);
            };
            openTags[0] = "#root";
            openContainers[0] = new Container(0, "#root", "", null, 0);
        }

        void push(Element e, String tag) {
            if (++top == openElements.length) {
                int n = top * 2;
                openElements = java.util.Arrays.copyOf(openElements, n);
                openTags = java.util.Arrays.copyOf(openTags, n);
                openIds = java.util.Arrays.copyOf(openIds, n);
                openContainers = java.util.Arrays.copyOf(openContainers, n);
            }
            openElements[top] = e;
            openTags[top] = tag;
            openIds[top] = nextId++;
            openContainers[top] = null;
        }

        void pop() {
            if (top == 0) return;
            openElements[top] = null;
            openContainers[top] = null;
            top--;
        }

        /** The innermost open element's container, made now with those of its ancestors not made yet. */
        Container container() {
            int made = top;
            while (openContainers[made] == null) made--;
            for (int k = made + 1; k <= top; k++) {
                openContainers[k] = new Container(openIds[k], openTags[k], hints(openElements[k]), openContainers[k - 1], k);
            }
            return openContainers[top];
        }

        /** The tag's kind, remembered by the tag name's instance: jsoup shares one per tag, and a page has few. */
        int kind(String tag) {
            int i = tag.hashCode() & (kindKeys.length - 1);
            if (kindKeys[i] == tag) return kindValues[i];
            int kind = KINDS.getOrDefault(tag, 0);
            kindKeys[i] = tag;
            kindValues[i] = kind;
            return kind;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (++nodes > maxNodes) return FilterResult.STOP;
            if ((nodes & 4095) == 0 && expired.getAsBoolean()) {
                throw new WinnowException("deadline passed while segmenting (" + nodes + " nodes read)");
            }
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) linkWords += Text.words(s);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
            elements.accept(e);
            String tag = e.normalName();
            int kind = kind(tag);
            if ((kind & SKIPPED) != 0 || isHidden(e)) {
                if (e.childNodeSize() > 0) NodeTraversor.traverse(showInside, e); // no text: unread
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) linkDepth++;
            if ((kind & BREAKS) != 0) {
                flush();
                if (tag.equals("br") || tag.equals("hr")) return FilterResult.CONTINUE;
                push(e, tag);
                blockTag = tag;
                int f = kind & FLAG_MASK;
                if (f != 0 && flagDepth[Integer.numberOfTrailingZeros(f)]++ == 0) flags |= f;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("a")) linkDepth--;
            if (openElements[top] == e) { // a block-level element that head() opened (index 0, the root, holds none)
                flush();
                int f = kind(tag) & FLAG_MASK;
                if (f != 0 && --flagDepth[Integer.numberOfTrailingZeros(f)] == 0) flags &= ~f;
                pop();
                blockTag = openTags[top];
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            if (text.length() > 0) {
                int words = text.words();
                int index = blocks.size();
                blocks.add(new Block(index, text.toString(), words, Math.min(linkWords, words), blockTag, flags, container(), index));
            }
            text.clear();
            linkWords = 0;
        }

        static boolean isHidden(Element e) {
            if (e.attributesSize() == 0) return false; // most elements: no attribute to look up
            Attributes a = e.attributes(); // searched by name: iterating would make an Attribute of each
            return a.hasKeyIgnoreCase("hidden") || a.getIgnoreCase("aria-hidden").equals("true")
                    || hides(a.getIgnoreCase("style"));
        }

        private static boolean hides(String style) {
            if (style.isEmpty()) return false;
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            return s.contains("display:none") || s.contains("visibility:hidden");
        }

        static String hints(Element e) {
            if (e.attributesSize() == 0) return "";
            String id = e.id();
            String cls = e.className();
            if (id.isEmpty() && cls.isEmpty()) return "";
            String joined = id.isEmpty() ? cls : cls.isEmpty() ? id : id + " " + cls;
            // each step returns its input when it has nothing to change, the common case
            return joined.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
