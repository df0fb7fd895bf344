package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.chain.Cleaner;
import dev.winnow.chain.CleanerChain;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class WinnowTest {
    private static final Winnow WINNOW = Winnow.news();
    private static final String HTML = "<html lang=en><head><title>A headline - Site</title></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>A headline</h1>"
            + "<p>The first paragraph has enough words to be read as a paragraph of the article, and a comma.</p>"
            + "<p>The second paragraph also reads like prose, with commas, clauses, and a full stop at the end.</p>"
            + "</article><footer><p>Privacy policy</p></footer></body></html>";

    /**
     * Metadata comes from the page's elements in document order, whoever built the tree: an XML-parsed document
     * may keep elements after {@code <body>}, and those come last.
     */
    /** Past the node limit the blocks stop, but the page's metadata is still read from the whole document. */
    @Test
    void metadataPastTheNodeLimitIsStillRead() {
        StringBuilder html = new StringBuilder("<html><head><title>Head title</title></head><body>");
        for (int i = 0; i < 50; i++) html.append("<p>Paragraph ").append(i).append(" of the story.</p>");
        html.append("<time datetime=\"2021-06-07\">June 7</time></body></html>");
        CleanResult r = Winnow.news().withLimits(Limits.DEFAULT.withMaxNodes(20)).cleanHtml(html.toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("node limit")), r.warnings().toString());
        assertEquals(java.time.LocalDate.of(2021, 6, 7), r.metadata().date());
        assertTrue(!r.body().contains("Paragraph 40"), r.body());
    }

    @Test
    void metadataReadsElementsInDocumentOrderAroundTheBody() {
        String xml = "<html><head><meta name=\"author\" content=\"Head Author\"/></head><body><p>A paragraph of"
                + " article text that is long enough to keep, with several words in it.</p>"
                + "<time datetime=\"2020-01-01\"/><meta name=\"description\" content=\"in body\"/></body>"
                + "<time datetime=\"2019-05-05\"/><meta name=\"description\" content=\"after body\"/></html>";
        Metadata m = Winnow.news().clean(Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser()), null).metadata();
        assertEquals(java.time.LocalDate.of(2020, 1, 1), m.date());
        assertEquals("in body", m.description());
        assertEquals("Head Author", m.byline());
    }

    @Test
    void cleansHtmlEndToEnd() {
        CleanResult r = WINNOW.cleanHtml(HTML);
        assertEquals("The first paragraph has enough words to be read as a paragraph of the article, and a comma.\n\n"
                + "The second paragraph also reads like prose, with commas, clauses, and a full stop at the end.", r.body());
        assertEquals("A headline", r.metadata().title());
        assertEquals("en", r.metadata().language());
        assertTrue(r.removed().stream().anyMatch(x -> x.text().equals("Home News") || x.text().equals("Home")));
    }

    @Test
    void aParsedDocumentGivesTheSameResultAsBytes() {
        CleanResult fromBytes = WINNOW.clean(Page.html(HTML.getBytes(StandardCharsets.UTF_8), "utf-8", "https://example.com/a"));
        CleanResult fromDoc = WINNOW.clean(Jsoup.parse(HTML), "https://example.com/a");
        assertEquals(fromBytes.body(), fromDoc.body());
        assertEquals(fromBytes.metadata(), fromDoc.metadata());
    }

    @Test
    void detectsHtmlAndText() {
        assertEquals(WINNOW.cleanHtml(HTML).body(), WINNOW.clean(Page.detect(HTML.getBytes(StandardCharsets.UTF_8), null, null)).body());
        String text = "Title line\n\nA sentence that is plainly text, with a < sign and a > sign, long enough to count as prose.\n";
        assertEquals(WINNOW.cleanText(text).body(), WINNOW.clean(Page.detect(text.getBytes(StandardCharsets.UTF_8), null, null)).body());
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyBody() {
        for (Page p : List.of(Page.html(new byte[0], null, null), Page.text("", null), Page.text(" \n\n \t", null),
                Page.detect(new byte[0], null, null))) {
            CleanResult r = WINNOW.clean(p);
            assertEquals("", r.body());
            assertNull(r.metadata().title());
        }
    }

    @Test
    void binaryInputGivesABestEffortResult() {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            WINNOW.clean(Page.html(noise, null, null));
            WINNOW.clean(Page.text(noise, null, null));
            WINNOW.clean(Page.detect(noise, "no-such-charset", null));
        });
    }

    @Test
    void deepNestingNeitherOverflowsNorHangs() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>word ".repeat(20_000)).append("<p>The article text sits at the bottom of a very deep tree.</p>");
        String html = sb.toString();
        CleanResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> WINNOW.cleanHtml(html));
        assertTrue(r.body().endsWith("The article text sits at the bottom of a very deep tree."), r.body());
    }

    @Test
    void aFailingCleanerIsSkippedWithAWarning() {
        Cleaner broken = new Cleaner() {
            public String name() { return "broken"; }
            public String reason() { return "always fails"; }
            public void label(Segmentation page, Labels labels) {
                labels.drop(page.blocks().get(0), Role.BOILERPLATE, "half-done work");
                throw new IllegalStateException("boom");
            }
        };
        Winnow w = Winnow.of(CleanerChain.news().toBuilder().addAfter("navigation", broken).build());
        CleanResult r = w.cleanHtml(HTML);
        assertEquals(WINNOW.cleanHtml(HTML).body(), r.body(), "the broken cleaner's label was rolled back");
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("broken") && r.warnings().get(0).contains("boom"));
    }

    @Test
    void oneInstanceIsSafeAcrossThreads() throws Exception {
        String expected = WINNOW.cleanHtml(HTML).body();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) futures.add(pool.submit(() -> WINNOW.cleanHtml(HTML).body()));
            for (Future<String> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedEvidenceFromAUserCleanerIsIgnored() {
        Cleaner sloppy = new Cleaner() {
            public String name() { return "sloppy"; }
            public String reason() { return "records evidence in the wrong form"; }
            public void label(Segmentation page, Labels labels) {
                labels.evidence(dev.winnow.Metadata.Field.DATE, "March 4", null);
                labels.evidence(dev.winnow.Metadata.Field.ARTICLE_SCORE, "very", null);
                labels.evidence(dev.winnow.Metadata.Field.DATE, "2024-03-04", null);
            }
        };
        CleanResult r = Winnow.of(CleanerChain.builder().add(sloppy).build()).cleanText("A line of text.");
        assertEquals(java.time.LocalDate.of(2024, 3, 4), r.metadata().date());
        assertNull(r.metadata().articleScore());
    }

    @Test
    void aCallersDocumentIsOnlyRead() {
        org.jsoup.nodes.Document bare = new org.jsoup.nodes.Document("https://example.com/");
        bare.appendElement("p").text("A paragraph in a document without html or body elements, long enough to keep.");
        String before = bare.outerHtml();
        CleanResult r = WINNOW.clean(bare, "https://example.com/");
        assertEquals(before, bare.outerHtml());
        assertTrue(r.body().startsWith("A paragraph in a document"), r.body());
    }
}
