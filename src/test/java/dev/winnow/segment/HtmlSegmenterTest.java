package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Block;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlSegmenterTest {
    private static List<Block> segment(String html) {
        return HtmlSegmenter.segment(Jsoup.parse(html).body());
    }

    private static List<String> texts(String html) {
        return segment(html).stream().map(Block::text).toList();
    }

    @Test
    void blockElementsSplitAndInlineElementsJoin() {
        assertEquals(List.of("Intro", "One two three", "tail text", "Line one", "Line two"),
                texts("<div>Intro <p>One <b>two</b> <i>three</i></p> tail text</div><p>Line one<br>Line two</p>"));
    }

    @Test
    void tagsAndFlags() {
        List<Block> b = segment("<article><h2>Title</h2><ul><li>Item</li></ul><figure><figcaption>Cap</figcaption></figure></article>"
                + "<nav><p>Menu</p></nav>");
        assertEquals(List.of("h2", "li", "figcaption", "p"), b.stream().map(Block::tag).toList());
        assertEquals(2, b.get(0).headingLevel());
        assertTrue(b.get(0).has(Block.HEADING) && b.get(0).has(Block.ARTICLE) && b.get(0).fromHtml());
        assertTrue(b.get(1).has(Block.LIST_ITEM));
        assertTrue(b.get(2).has(Block.FIGURE) && b.get(2).has(Block.FIGCAPTION));
        assertTrue(b.get(3).has(Block.NAV));
        assertFalse(b.get(3).has(Block.ARTICLE));
    }

    @Test
    void linkWordsAreCounted() {
        Block b = segment("<p>Read <a href=/x>the full story here</a> now</p>").get(0);
        assertEquals(6, b.words());
        assertEquals(4, b.linkWords());
        assertEquals(4.0 / 6, b.linkDensity());
    }

    @Test
    void hiddenAndNonTextElementsAreSkipped() {
        assertEquals(List.of("Visible", "Also visible"), texts("""
                <p>Visible</p><script>var x = 1;</script><style>p{}</style><p hidden>Hidden</p>
                <div style="display: none">Gone</div><span aria-hidden="true">Icon</span><button>Click</button>
                <p>Also visible</p>"""));
    }

    @Test
    void containersCarryHintsAndNesting() {
        List<Block> b = segment("<div id=\"Main_Story\" class=\"Article body\"><section><p>Text</p></section></div>");
        Block p = b.get(0);
        assertEquals("p", p.container().tag());
        assertEquals("section", p.container().parent().tag());
        assertEquals("main-story article body", p.container().parent().parent().hints());
        assertEquals("div[main-story article body]", p.container().up(2).toString());
        assertTrue(p.container().isWithin(p.container().up(2)));
        assertFalse(p.container().up(2).isWithin(p.container()));
        for (String[] c : new String[][] {{"class=\" Lead_In\tX \"", "lead-in\tx"}, {"id=\"Ü_1\"", "ü-1"},
                {"class=\"plain\"", "plain"}, {"id=\"A\" class=\"b_c\"", "a b-c"}}) {
            Block in = segment("<div " + c[0] + "><p>Text</p></div>").get(0);
            assertEquals(c[1], in.container().parent().hints(), c[0]);
        }
    }

    @Test
    void emptyElementsGiveNoBlocksAndIndexesAreConsecutive() {
        List<Block> b = segment("<div> </div><p></p><p>A</p><div>&nbsp;</div><p>B</p>");
        assertEquals(List.of("A", "B"), b.stream().map(Block::text).toList());
        assertEquals(List.of(0, 1), b.stream().map(Block::index).toList());
        assertEquals(List.of(0, 1), b.stream().map(Block::group).toList());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div>".repeat(5000) + "Deep" + "</div>".repeat(5000);
        assertEquals(List.of("Deep"), texts(html));
    }
}
