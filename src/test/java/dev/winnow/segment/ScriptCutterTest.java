package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class ScriptCutterTest {

    private static String cut(String html) {
        return new String(ScriptCutter.cut(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] page) {
        return Parser.htmlParser().parseInput(new Utf8Reader(page), "");
    }

    /**
     * The page's tree with the text of its scripts and style sheets emptied (but for those that mention JSON), its
     * svg elements emptied and its comments' text.
     */
    private static String withoutScriptText(Document doc) {
        for (Element e : doc.select("script, style")) {
            boolean json = false;
            for (Attribute a : e.attributes()) json |= (a.getKey() + a.getValue()).toLowerCase(Locale.ROOT).contains("json");
            if (json) continue;
            for (Node n : new ArrayList<>(e.childNodes())) if (n instanceof DataNode data) data.setWholeData("");
        }
        for (Element svg : doc.select("svg")) svg.empty();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment) comment.setData("");
        }, doc);
        // an emptied svg prints as "<svg />" once a self-closed one was seen in the page, which the cut may take away
        return doc.outerHtml().replaceAll("<svg([^>]*) />", "<svg$1></svg>");
    }

    /** The cut page parses to the tree of the whole page, but for script and style text. */
    private static void assertSameTree(byte[] page) {
        String whole = withoutScriptText(parse(page));
        String cut = withoutScriptText(parse(ScriptCutter.cut(page)));
        assertEquals(whole, cut, () -> "page: " + new String(page, StandardCharsets.UTF_8));
    }

    @Test
    void cutsTheTextOfScriptsAndStyleSheets() {
        assertEquals("<p>a<script src=x.js></script><script></script><style media=\"all\"></style>b",
                cut("<p>a<script src=x.js></script><script>var x = '<p>';</script><style media=\"all\">p { }</style>b"));
        assertEquals("<SCRIPT TYPE='text/javascript'></SCRIPT ><p>a", cut("<SCRIPT TYPE='text/javascript'>if (a < b) x();</SCRIPT ><p>a"));
    }

    @Test
    void keepsScriptsThatMentionJson() {
        String ld = "<script type=\"application/ld+json\">{\"headline\": \"A\"}</script><script>x()</script>";
        assertEquals("<script type=\"application/ld+json\">{\"headline\": \"A\"}</script><script></script>", cut(ld));
    }

    @Test
    void returnsThePageItselfWhenThereIsNothingToCut() {
        byte[] page = "<p>No scripts <b>here</b></p>".getBytes(StandardCharsets.UTF_8);
        assertSame(page, ScriptCutter.cut(page));
    }

    @Test
    void readsScriptTextAsJsoupDoes() {
        // "</script" ends a script only before white space, '/' or '>'; inside "<!--", "<script" hides the next one
        assertEquals("<script></script/><p>x", cut("<script>a</scripts>b</script<c</script/><p>x"));
        assertEquals("<script></script>d", cut("<script>a<!--<script>b</script>c</script>d"));
        assertEquals("<script></script>e", cut("<script>a<!--<script>b</script>c-->d</script>e"));
        assertEquals("<script></script>c", cut("<script>a<!--b</script>c"));
    }

    @Test
    void skipsWhatLooksLikeAScriptInAttributesCommentsAndText() {
        String page = "<a title='<script>x'>y</a><!-- <style> --><textarea></textarea><p>z</p><script>w</script>";
        assertEquals("<a title='<script>x'>y</a><!----><textarea></textarea><p>z</p><script></script>", cut(page));
        assertEquals("<!----!>q<script></script>", cut("<!--- <script> --!>q<script>r</script>"));
    }

    @Test
    void cutsNothingMoreWhereItCannotBeSure() {
        // a title holding '<', SVG's style (markup there), plaintext: the rest of the page is left whole
        assertEquals("<script></script><title>a<b</title><script>c</script>", cut("<script>s</script><title>a<b</title><script>c</script>"));
        assertEquals("<svg><style>a<b>c</b></style></svg><script>d</script>", cut("<svg><style>a<b>c</b></style></svg><script>d</script>"));
        assertEquals("<plaintext><script>a</script>", cut("<plaintext><script>a</script>"));
        assertEquals("<script>unterminated", cut("<script>unterminated"));
        // SVG's own text without markup, and the page after it, are read
        assertEquals("<svg></svg><script></script>", cut("<svg><title>Logo</title></svg><script>d</script>"));
    }

    @Test
    void cutsTheContentOfSvgDrawingsAndTheTextOfComments() {
        assertEquals("<p>a<svg viewBox=\"0 0 1 1\"></svg>b<!---->c",
                cut("<p>a<svg viewBox=\"0 0 1 1\"><g><path d=\"M0 0\"/><use href=\"#i\"/></g></svg>b<!-- note -->c"));
        // HTML inside SVG (a <p> ends it; a description with markup, foreignObject) is left in place
        assertEquals("<svg><path/><p>x</p></svg>", cut("<svg><path/><p>x</p></svg>"));
        assertEquals("<svg><desc><b>x</b></desc></svg>", cut("<svg><desc><b>x</b></desc></svg>"));
        assertEquals("<svg><foreignObject>x</foreignObject></svg>", cut("<svg><foreignObject>x</foreignObject></svg>"));
        assertEquals("<svg/><svg></svg>", cut("<svg/><svg><g><svg><g/></svg></g></svg>"));
    }

    @Test
    void cutPagesParseToTheSameTreeButForScriptText() {
        String[] pages = {
            "<script>a</script<b>c</script>d", "<p><script/>x<i>y</i></script>z", "<noscript><script/>a<i>b</i></noscript><script>c</script>",
            "<noscript><script>a<!--<script>b</script>c</script>d</noscript>", "<svg><script>a<i>c</i></script></svg><script>x</script>",
            "<svg><![CDATA[ </svg> ]]><style>a</style></svg><style>b</style>", "<p>a<![CDATA[<script>]]>b</script>c",
            "<select><style>a<i>c</i></style></select>", "<!DOCTYPE ><script>x<i>y</i></script>", "<?php echo '<script>' ?>x</script>y",
            "<a b='c'/d=\"e>\" <script>f</script>", "<a =\"b>c\">d<script>e</script>", "<math><mi><style>a</style></mi></math><style>b</style>",
            "<frameset><script>a</script>", "<p><é foo='<script>'>bar</p></script>x", "<svg/><style>a</style>", "<svg a=b/><style>a</style>",
            "<svg><g><b>x</b></g></svg>y", "<svg><font color=red>x</font></svg>", "<svg><desc>a<i>b</i></desc></svg>c", "<svg></p>x</svg>",
            "<noscript><svg><g>a</g></svg></noscript>", "<select><svg><g>x</g></svg></select>", "<svg><g>x</g></svg><title><</title><frameset>", "<a><svg><path></a>x</svg>", "<g><svg></g></svg>", "<svg><!-- a --><g/></svg><!--x--!>", "<!----!>a<!--b--->c",
        };
        for (String page : pages) assertSameTree(page.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fixturePagesParseToTheSameTree() throws IOException {
        int pages = 0;
        long bytes = 0, kept = 0;
        for (String dir : new String[] {"fixtures/html", "fixtures/cases", "fixtures/hostile", "fixtures/seeds"}) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    byte[] page = Files.readAllBytes(f);
                    assertSameTree(page);
                    pages++;
                    bytes += page.length;
                    kept += ScriptCutter.cut(page).length;
                }
            }
        }
        assertTrue(pages >= 20, "fixture pages: " + pages);
        assertTrue(kept < bytes, "bytes kept: " + kept + " of " + bytes);
    }

    /** Random pages strung together from the markup a walk can trip on. */
    @Test
    void randomMarkupParsesToTheSameTree() {
        String[] parts = {
            "<script>", "</script>", "<SCRIPT type=x>", "<script type=application/ld+json>", "<script/>", "</script ", "</scripts>",
            "<style>", "</style>", "<style/>", "</STYLE>", "<!--", "-->", "--!>", "<!-->", "<!--->", "-", "--", "!", "<svg>", "</svg>",
            "<svg/>", "<math>", "</math>", "<mi>", "<foreignObject>", "<noscript>", "</noscript>", "<title>", "</title>", "<textarea>",
            "</textarea>", "<iframe>", "</iframe>", "<xmp>", "<![CDATA[", "]]>", "<a title='", "<a title=\"", "\"", "'", "=", ">", "<",
            "</", "/>", "/", "<p>", "</p>", "<b ", " ", "\n", "x", "é", "\u0000", "<!DOCTYPE html>", "<!doctype", "<?", "<?xml ?>",
            "<frameset>", "<plaintext>", "<select>", "<template>", "<table>", "<td>", "json", "a=b", "<", "<div class=\"c\">", "</div>",
            "<g>", "</g>", "<path d='M0'/>", "<desc>", "</desc>", "<font color=red>", "<span>", "</span>", "<use/>", "<svg viewBox='0'>",
            "</select>", "<option>", "<input>", "<a>", "</a>", "<body>", "</body>", "</html>", "<head>", "<math><mi>",
        };
        Random random = new Random(Long.getLong("fuzz.seed", 42));
        for (int n = 0; n < Integer.getInteger("fuzz.pages", 20_000); n++) {
            StringBuilder page = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) page.append(parts[random.nextInt(parts.length)]);
            assertSameTree(page.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void decoderParsesForCleaningWithoutScriptText() {
        byte[] page = ("<html><head><script>var a = 1;</script><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script>"
                + "<style>p { color: red }</style></head><body><p>Text</p><script>track()</script></body></html>").getBytes(StandardCharsets.UTF_8);
        Document doc = Decoder.parseHtmlForCleaning(Page.html(page, null, null), new ArrayList<>(), 512);
        List<String> data = new ArrayList<>();
        for (Element e : doc.select("script, style")) data.add(e.data());
        assertEquals(List.of("", "{\"@type\": \"NewsArticle\"}", "", ""), data);
        assertEquals("Text", doc.body().text());
        assertArrayEquals(new String[] {"var a = 1;"}, new String[] {Decoder.parseHtml(Page.html(page, null, null), new ArrayList<>()).selectFirst("script").data()});
    }
}
