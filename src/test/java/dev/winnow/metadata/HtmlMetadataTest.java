package dev.winnow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.winnow.Metadata;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private static Metadata of(String html, String url) {
        return HtmlMetadata.of(Jsoup.parse(html), url);
    }

    private static Metadata expected(String title, String description, LocalDate date, String byline, String site, String lang) {
        return new Metadata(title, description, date, null, byline, null, site, lang, List.of(), List.of(), null);
    }

    @Test
    void openGraphAndMetaTags() {
        Metadata m = of("""
                <html lang="en-GB"><head><title>Council votes - Example News</title>
                <meta property="og:title" content="Council votes"><meta property="og:site_name" content="Example News">
                <meta name="description" content="The council voted.">
                <meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta name="author" content="Jane Doe">
                </head><body><p>x</p></body></html>""", null);
        assertEquals(expected("Council votes", "The council voted.", LocalDate.of(2024, 3, 5), "Jane Doe", "Example News", "en-GB"), m);
    }

    @Test
    void jsonLdArticleWinsOverMetaTags() {
        Metadata m = of("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline",
                "datePublished":"2023-08-14","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],
                "publisher":{"@type":"Organization","name":"LD News"},"inLanguage":"de"}</script>
                <meta property="og:title" content="OG title"></head><body></body></html>""", null);
        assertEquals(expected("LD headline", null, LocalDate.of(2023, 8, 14), "Jane Doe, John Roe", "LD News", "de"), m);
    }

    @Test
    void jsonLdArticleInsideAGraph() {
        Metadata m = of("""
                <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"S"},
                {"@type":"ReportageNewsArticle","headline":"Graph headline","author":"Jane Doe"}]}</script>""", null);
        assertEquals(expected("Graph headline", null, null, "Jane Doe", null, null), m);
    }

    /** The fields read come out as a whole parse would give them; what is skipped unread changes nothing. */
    @Test
    void jsonLdSkipsWhatItDoesNotReadAndReadsTheRestAsWritten() {
        String body = "\\\"Quoted\\\" text, \\u00e9, {braces} [brackets] ".repeat(2000);
        Metadata m = of("""
                <script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[{"name":"Home"}]},
                {"@graph":[{"@type":"WebPage","headline":null,"articleBody":"%s"},
                {"@type":["Thing","NewsArticle"],"articleBody":"%s","headline":"Graph \\u00e9dition","image":{"url":"i"},
                "author":[{"@type":"Person","name":"Jane Doe","sameAs":["x"]},"John Roe",{"name":{"first":"x"}}],
                "publisher":{"name":"First","logo":{"name":"Logo"},"name":"LD News"},"dateCreated":"2021-02-03",
                "inLanguage":"fr"}]}]</script>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":</script>""".formatted(body, body), null);
        assertEquals(expected("Graph édition", null, LocalDate.of(2021, 2, 3), "Jane Doe, John Roe", "LD News", "fr"), m);
        // an "@type" that is an object is read as its JSON text; a null headline is no headline
        Metadata typed = of("""
                <script type="application/ld+json">[{"@type":"WebPage","headline":null},
                {"@type":{"name":"ScholarlyArticle"},"headline":"Typed","description":7}]</script>""", null);
        assertEquals(expected("Typed", "7", null, null, null, null), typed);
        Metadata fallback = of("""
                <script type="application/ld+json">[{"@type":"WebPage","headline":null},{"headline":"Second"}]</script>""", null);
        assertEquals(expected("Second", null, null, null, null, null), fallback);
    }

    @Test
    void titleTagTimeElementAndUrlAsFallbacks() {
        Metadata m = of("<html><head><title>Plain title</title></head><body><time datetime=\"2022-01-07\">Jan 7</time></body></html>",
                "https://example.com/2024/03/05/story");
        assertEquals(expected("Plain title", null, LocalDate.of(2022, 1, 7), null, null, null), m);
        Metadata fromUrl = of("<p>x</p>", "https://example.com/2024/03/05/story");
        assertEquals(LocalDate.of(2024, 3, 5), fromUrl.date());
    }

    @Test
    void malformedJsonLdAmbiguousDateAndHttpEquivLanguage() {
        Metadata m = of("""
                <html><head><script type="application/ld+json">{not json</script>
                <meta name="DATE" content="03/04/2024"><meta http-equiv="content-language" content="fr"></head></html>""",
                "https://example.com/2021/06/07/a");
        assertEquals(expected(null, null, LocalDate.of(2021, 6, 7), null, null, "fr"), m);
    }

    @Test
    void nothingDeclaredGivesNothing() {
        Metadata m = of("""
                <html><head><title>  </title><meta name="author" content="https://example.com/jane">
                <meta name="twitter:site" content="@example"></head><body><h1>Body headline</h1></body></html>""",
                "https://example.com/story");
        assertEquals(expected(null, null, null, null, null, null), m);
    }

    @Test
    void twitterHandleDoesNotHideThePublisher() {
        Metadata m = of("""
                <meta name="twitter:site" content="@example">
                <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Example News"}}</script>""", null);
        assertEquals("Example News", m.siteName());
    }

    @Test
    void nonArticleJsonLdIsUsedWhenNoArticleIsDeclared() {
        Metadata m = of("""
                <script type="application/ld+json">{"@type":"WebPage","headline":"Page headline","datePublished":"2024-03-05"}</script>""",
                null);
        assertEquals("Page headline", m.title());
        assertEquals(LocalDate.of(2024, 3, 5), m.date());
    }
}
