package dev.winnow.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CrawlCleanerTest {
    private static final String HTML = "<html><head><title>Snow closes schools - Site</title>"
            + "<meta property='article:published_time' content='2024-01-09T08:00:00Z'></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Snow closes schools</h1>"
            + "<p>OTTAWA (AP) — Schools across the region were closed on Tuesday after a storm left roads covered in ice.</p>"
            + "<p>The school board said classes would resume on Wednesday, weather permitting, and buses would run late.</p>"
            + "</article><footer><p>Privacy policy</p></footer></body></html>";
    private static final byte[] BYTES = HTML.getBytes(StandardCharsets.UTF_8);
    private static final CrawlCleaner DEFAULT = CrawlCleaner.of(Settings.empty());

    @Test
    void cleansBytesAndWritesTheFlatFields() {
        Outcome o = DEFAULT.cleanBytes(BYTES, "text/html; charset=utf-8", "https://news.example/a");
        assertTrue(o.ok());
        assertEquals(Winnow.news().cleanHtml(HTML).body(), o.body());
        Map<String, String> f = o.fields();
        assertEquals("Snow closes schools", f.get(Outcome.TITLE));
        assertEquals("2024-01-09", f.get(Outcome.DATE));
        assertEquals("The Associated Press", f.get(Outcome.WIRE_SOURCE));
        assertEquals("OTTAWA", f.get(Outcome.DATELINE));
        assertEquals(Integer.toString(o.result().removed().size()), f.get(Outcome.REMOVED));
        assertFalse(f.containsKey(Outcome.BYLINE), "a field the page does not state is absent");
        assertFalse(f.containsKey(Outcome.ERROR));
    }

    @Test
    void aDocumentIsOnlyReadAndGivesTheSameBody() {
        Document doc = Jsoup.parse(HTML, "https://news.example/a");
        String before = doc.outerHtml();
        Outcome o = DEFAULT.cleanDocument(doc, BYTES.length, "https://news.example/a");
        assertEquals(before, doc.outerHtml());
        assertEquals(DEFAULT.cleanBytes(BYTES, null, "https://news.example/a").body(), o.body());
    }

    @Test
    void overTheSizeLimitThePageIsLeftAlone() {
        CrawlCleaner small = CrawlCleaner.of(Settings.of(Map.of(CrawlCleaner.MAX_BYTES, "100")));
        for (Outcome o : new Outcome[] {small.cleanBytes(BYTES, null, null), small.cleanDocument(Jsoup.parse(HTML), BYTES.length, null)}) {
            assertFalse(o.ok());
            assertNull(o.result());
            assertEquals(Map.of(Outcome.ERROR, "page too large: " + BYTES.length + " bytes > winnow.max.bytes=100"), o.fields());
        }
        assertEquals("page too large: " + HTML.length() + " chars > winnow.max.bytes=100", small.cleanText(HTML, null).error());
    }

    @Test
    void aPageWithoutBodyIsAnErrorNotAnEmptyText() {
        Outcome o = DEFAULT.cleanBytes("<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8), null, null);
        assertFalse(o.ok());
        assertEquals("no body found", o.error());
        assertFalse(DEFAULT.cleanBytes(null, null, null).ok());
        assertFalse(DEFAULT.cleanText(null, null).ok());
        assertFalse(DEFAULT.cleanDocument(null, 0, null).ok());
    }

    @Test
    void aFailingCleanerIsReportedNotThrown() {
        CrawlCleaner failing = CrawlCleaner.of(Settings.of(Map.of("winnow.cleaners", ThrowingCleaner.class.getName())));
        Outcome o = failing.cleanBytes(BYTES, null, null);
        // the chain skips a cleaner that throws, so the page still gets a body and a warning
        assertTrue(o.ok());
        assertTrue(o.result().warnings().stream().anyMatch(w -> w.contains("boom")), o.result().warnings().toString());
    }

    @Test
    void textAndAutoInputModes() {
        CrawlCleaner text = CrawlCleaner.of(Settings.of(Map.of(CrawlCleaner.INPUT, "text")));
        assertEquals(CrawlCleaner.Input.TEXT, text.input());
        String scraped = "Home News\n\nSnow closes schools\n\nSchools across the region were closed on Tuesday after a storm left roads "
                + "covered in ice, officials said.\n\nThe school board said classes would resume on Wednesday, weather permitting.";
        assertEquals(Winnow.news().cleanText(scraped).body(), text.cleanText(scraped, null).body());
        CrawlCleaner auto = CrawlCleaner.of(Settings.of(Map.of(CrawlCleaner.INPUT, " Auto ")));
        assertEquals(DEFAULT.cleanBytes(BYTES, null, null).body(), auto.cleanBytes(BYTES, null, null).body());
        assertEquals(Winnow.news().cleanText(scraped).body(), auto.cleanBytes(scraped.getBytes(StandardCharsets.UTF_8), null, null).body());
    }

    @Test
    void badSettingsFailAtOnceNamingTheKey() {
        assertTrue(assertThrows(WinnowException.class, () -> CrawlCleaner.of(Settings.of(Map.of(CrawlCleaner.INPUT, "pdf"))))
                .getMessage().contains("winnow.input"));
        assertTrue(assertThrows(WinnowException.class, () -> CrawlCleaner.of(Settings.of(Map.of(CrawlCleaner.MAX_BYTES, "-1"))))
                .getMessage().contains("winnow.max.bytes"));
        assertThrows(WinnowException.class, () -> CrawlCleaner.of(Settings.of(Map.of("winnow.cleaners", "no-such-cleaner"))));
        assertEquals(CrawlCleaner.DEFAULT_MAX_BYTES, DEFAULT.maxBytes());
    }

    /** A cleaner that always fails. */
    public static final class ThrowingCleaner implements dev.winnow.chain.Cleaner {
        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public String reason() {
            return "always fails";
        }

        @Override
        public void label(dev.winnow.chain.Segmentation page, dev.winnow.chain.Labels labels) {
            throw new IllegalStateException("boom");
        }
    }
}
