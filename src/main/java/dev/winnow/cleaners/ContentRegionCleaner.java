package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Container;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.chain.Tree;
import dev.winnow.internal.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For HTML: removes what lies outside the main content container. Paragraph-like blocks score their parent and
 * ancestors (Readability's method: commas and length, weighted by tag and class hints, discounted by link
 * density); the best container and its qualifying siblings are the article.
 */
public final class ContentRegionCleaner implements Cleaner {
    public static final String NAME = "main-content";
    private static final int MIN_CHARS = 25;
    private static final int ANCESTORS = 5;
    private static final double MAX_TWIN_LINK_DENSITY = 0.5;
    private static final Map<String, Integer> TAG_WEIGHT = Map.ofEntries(Map.entry("div", 5), Map.entry("article", 5),
            Map.entry("section", 3), Map.entry("main", 5), Map.entry("pre", 3), Map.entry("td", 3),
            Map.entry("blockquote", 3), Map.entry("form", -3), Map.entry("ol", -3), Map.entry("ul", -3),
            Map.entry("dl", -3), Map.entry("dd", -3), Map.entry("dt", -3), Map.entry("li", -3),
            Map.entry("address", -3), Map.entry("th", -5), Map.entry("h1", -5), Map.entry("h2", -5),
            Map.entry("h3", -5), Map.entry("h4", -5), Map.entry("h5", -5), Map.entry("h6", -5),
            Map.entry("header", -3), Map.entry("footer", -5), Map.entry("aside", -5), Map.entry("nav", -10));
    /**
     * Elements that are a paragraph themselves: their parent is the first container scored. Text directly in a
     * div or section reads as a paragraph of that element (Readability wraps it in a {@code <p>}).
     */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "td", "th", "dd", "dt", "pre", "blockquote",
            "figcaption", "caption", "address", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "center", "legend");
    private final ContainerHints hints;

    public ContentRegionCleaner(Settings settings) {
        hints = new ContainerHints(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "HTML blocks outside the main content container";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        if (!page.html()) return;
        Tree tree = page.tree();
        double[] score = new double[tree.size()];
        boolean[] scored = new boolean[tree.size()];
        Container[] byId = new Container[tree.size()];
        ContainerHints.Memo memo = hints.forPage();
        for (Block b : page.blocks()) {
            if (labels.isDropped(b) || b.text().length() < MIN_CHARS || b.headingLevel() > 0) continue;
            double s = 1 + commas(b.text()) + Math.min(b.text().length() / 100, 3);
            Container c = PARAGRAPHS.contains(b.container().tag()) ? b.container().parent() : b.container();
            for (int level = 0; c != null && level < ANCESTORS; level++, c = c.parent()) {
                if (!scored[c.id()]) {
                    scored[c.id()] = true;
                    byId[c.id()] = c;
                    score[c.id()] = TAG_WEIGHT.getOrDefault(c.tag(), 0) + memo.weight(c);
                }
                score[c.id()] += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        Container top = null;
        double topScore = 0;
        for (int id = 0; id < score.length; id++) {
            if (!scored[id]) continue;
            score[id] *= 1 - tree.linkDensity(byId[id]);
            if (score[id] > topScore) {
                topScore = score[id];
                top = byId[id];
            }
        }
        if (top == null) return;
        top = climb(top, score, scored);
        Set<Container> region = siblings(page.blocks(), labels, top, score, scored);
        addTwins(region, top, byId, score, scored, tree);
        String reason = "outside the main content " + top + " (score " + Math.round(score[top.id()]) + ")";
        for (Block b : page.blocks()) {
            if (labels.isDropped(b) || inRegion(b.container(), region)) continue;
            labels.drop(b, Role.BOILERPLATE, reason);
        }
    }

    /** Readability's step up: a parent that scores higher than the candidate (or holds it with other text) wins. */
    private static Container climb(Container top, double[] score, boolean[] scored) {
        double last = score[top.id()];
        double threshold = last / 3;
        for (Container p = top.parent(); p != null && !p.isPageLevel(); p = p.parent()) {
            if (!scored[p.id()]) continue;
            double s = score[p.id()];
            if (s < threshold) break;
            if (s > last) return p;
            last = s;
        }
        return top;
    }

    /** The top container plus siblings that score well or read as paragraphs. */
    private static Set<Container> siblings(List<Block> blocks, Labels labels, Container top, double[] score, boolean[] scored) {
        Set<Container> region = new HashSet<>();
        region.add(top);
        Container parent = top.parent();
        if (parent == null) return region;
        double threshold = Math.max(10, score[top.id()] * 0.2);
        int topStart = Integer.MAX_VALUE;
        for (Block b : blocks) if (b.container().isWithin(top)) topStart = Math.min(topStart, b.index());
        for (Block b : blocks) {
            if (labels.isDropped(b) || b.container().depth() < top.depth()) continue;
            Container sibling = b.container().up(b.container().depth() - top.depth());
            if (sibling == top || sibling.parent() != parent || region.contains(sibling)) continue;
            boolean good = scored[sibling.id()] && score[sibling.id()] >= threshold;
            // a paragraph beside the article continues it; one before it is a deck or a date line
            if (!good && sibling == b.container()) good = b.index() > topStart && readsAsParagraph(b);
            if (good) region.add(sibling);
        }
        return region;
    }

    /**
     * Article text split into several containers of the same kind (the body broken up by figures, ads or
     * pull quotes, each chunk re-opening an element like the top container): every scored container whose
     * signature (tag and first class or id token, for itself and its parent) equals the top's and that holds
     * little link text joins the region.
     */
    private static void addTwins(Set<Container> region, Container top, Container[] byId, double[] score,
            boolean[] scored, Tree tree) {
        if (top.hints().isEmpty()) return;
        String signature = signature(top);
        for (int id = 0; id < byId.length; id++) {
            Container c = byId[id];
            if (c == null || !scored[id] || score[id] <= 0 || c == top || !signature.equals(signature(c))
                    || tree.linkDensity(c) >= MAX_TWIN_LINK_DENSITY) continue;
            if (!inRegion(c, region) && !top.isWithin(c)) region.add(c);
        }
    }

    private static String signature(Container c) {
        Container p = c.parent();
        return firstToken(c) + "/" + (p == null ? "" : firstToken(p));
    }

    private static String firstToken(Container c) {
        String h = c.hints();
        int space = h.indexOf(' ');
        return c.tag() + "." + (space < 0 ? h : h.substring(0, space));
    }

    private static boolean readsAsParagraph(Block b) {
        double ld = b.linkDensity();
        int chars = b.text().length();
        return (chars > 80 && ld < 0.25) || (chars > 0 && ld == 0 && Text.endsLikeSentence(b.text()) && b.words() >= 4);
    }

    private static boolean inRegion(Container c, Set<Container> region) {
        for (; c != null; c = c.parent()) if (region.contains(c)) return true;
        return false;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') n++;
        }
        return n;
    }
}
