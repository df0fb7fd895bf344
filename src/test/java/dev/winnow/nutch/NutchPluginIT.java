package dev.winnow.nutch;

import static dev.winnow.it.Fixtures.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import dev.winnow.it.Fixtures;
import dev.winnow.it.Fixtures.Case;
import dev.winnow.nutch.host.JsoupTestParser;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.util.ToolRunner;
import org.apache.nutch.crawl.CrawlDatum;
import org.apache.nutch.crawl.Inlinks;
import org.apache.nutch.indexer.IndexingFilter;
import org.apache.nutch.indexer.IndexingFilters;
import org.apache.nutch.indexer.IndexingFiltersChecker;
import org.apache.nutch.indexer.NutchDocument;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.HTMLMetaTags;
import org.apache.nutch.parse.HtmlParseFilter;
import org.apache.nutch.parse.HtmlParseFilters;
import org.apache.nutch.parse.Parse;
import org.apache.nutch.parse.ParseData;
import org.apache.nutch.parse.ParseImpl;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseStatus;
import org.apache.nutch.parse.ParseUtil;
import org.apache.nutch.parse.ParserChecker;
import org.apache.nutch.plugin.Extension;
import org.apache.nutch.plugin.PluginClassLoader;
import org.apache.nutch.plugin.PluginRepository;
import org.apache.nutch.protocol.Content;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nutch 1.22 in-process, loading the plugin folder that {@code mvn package} built (target/plugins), exactly as
 * {@code bin/nutch parsechecker} and {@code indexchecker} would with {@code plugin.includes} naming it.
 */
class NutchPluginIT {
    private static Configuration conf;

    @BeforeAll
    static void loadPlugins() {
        conf = NutchHost.conf(NutchHost.builtPlugins(), Map.of());
    }

    static List<Case> pages() throws Exception {
        return Fixtures.html();
    }

    @Test
    void pluginRepositoryLoadsBothExtensionsFromTheBuiltJar() throws Exception {
        PluginRepository repo = PluginRepository.get(conf);
        assertNotNull(repo.getPluginDescriptor("parsefilter-winnow"), "plugin not loaded");
        for (String point : List.of(HtmlParseFilter.X_POINT_ID, IndexingFilter.X_POINT_ID)) {
            Extension[] ext = repo.getExtensionPoint(point).getExtensions();
            Extension winnow = Arrays.stream(ext).filter(e -> e.getDescriptor().getPluginId().equals("parsefilter-winnow"))
                    .findFirst().orElseThrow(() -> new AssertionError("no winnow extension at " + point));
            Object instance = winnow.getExtensionInstance();
            ClassLoader loader = instance.getClass().getClassLoader();
            assertTrue(loader instanceof PluginClassLoader, "loaded by " + loader);
            String jar = instance.getClass().getProtectionDomain().getCodeSource().getLocation().toString();
            assertTrue(jar.endsWith("/plugins/parsefilter-winnow/parsefilter-winnow.jar"), jar);
            assertNotEquals(WinnowParseFilter.class.getClassLoader(), loader, "must not come from the test classpath");
        }
    }

    /** HtmlParseFilters over a naive parse: the text becomes the fixture's clean body; outlinks stay. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void htmlParseFiltersReplaceTheTextWithTheCleanBody(Case page) {
        Content content = NutchHost.content(page.url(), page.bytes(), conf);
        org.jsoup.nodes.Document doc = Jsoup.parse(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8), page.url());
        ParseData data = new ParseData(ParseStatus.STATUS_SUCCESS, doc.title(), JsoupTestParser.outlinks(doc), new Metadata(), new Metadata());
        ParseResult naive = ParseResult.createParseResult(page.url(), new ParseImpl(doc.body().text(), data));
        int outlinks = data.getOutlinks().length;

        Parse parse = new HtmlParseFilters(conf).filter(content, naive, new HTMLMetaTags(), null).get(page.url());

        assertEquals(normalise(page.body()), normalise(parse.getText()));
        assertEquals(outlinks, parse.getData().getOutlinks().length, "outlinks must be untouched");
        Metadata meta = parse.getData().getParseMeta();
        Map<String, String> keys = Map.of("title", "winnow.title", "date", "winnow.date", "wireSource", "winnow.wire_source",
                "byline", "winnow.byline", "dateline", "winnow.dateline");
        keys.forEach((field, key) -> {
            if (page.specifies(field)) assertEquals(page.meta(field), meta.get(key), key);
        });
        assertTrue(Integer.parseInt(meta.get("winnow.removed")) > 0);
        assertNull(meta.get("winnow.error"));
    }

    /** ParseUtil picks the parser for text/html, which runs the HtmlParseFilters, as in a parse job. */
    @Test
    void parseUtilGivesTheCleanTextAndKeepsEveryOutlink() throws Exception {
        Case page = Fixtures.newsPage();
        Content content = NutchHost.content(page.url(), page.bytes(), conf);
        Parse parse = new ParseUtil(conf).parse(content).get(page.url());
        assertNotNull(parse, "no parse");
        assertEquals(normalise(page.body()), normalise(parse.getText()));
        assertEquals(page.meta("title"), parse.getData().getParseMeta().get("winnow.title"));
        assertEquals(Jsoup.parse(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8)).select("a[href]").size(),
                parse.getData().getOutlinks().length, "outlinks come from the full page, navigation included");
    }

    @Test
    void indexingFiltersAddTheDocumentedFields() throws Exception {
        Case page = Fixtures.newsPage();
        Parse parse = new ParseUtil(conf).parse(NutchHost.content(page.url(), page.bytes(), conf)).get(page.url());
        NutchDocument doc = new IndexingFilters(conf).filter(new NutchDocument(), parse, new Text(page.url()), new CrawlDatum(), new Inlinks());
        assertEquals("Town approves new bridge", doc.getFieldValue("article_title"));
        assertEquals(Date.from(java.time.Instant.parse("2024-05-14T00:00:00Z")), doc.getFieldValue("article_date"));
        assertEquals("Sam Rivera", doc.getFieldValue("byline"));
        assertNull(doc.getField("wire_source"), "the page names no agency");
        assertTrue((Integer) doc.getFieldValue("winnow_removed") > 0);
        assertNull(doc.getField("winnow_error"));
    }

    /** bin/nutch parsechecker -dumpText file:///.../news-page.html */
    @Test
    void parserCheckerPrintsTheCleanTextAndTheMetadata() throws Exception {
        Case page = Fixtures.newsPage();
        String out = NutchHost.stdout(() -> ToolRunner.run(conf, new ParserChecker(), new String[] {"-dumpText", page.html().toUri().toString()}));
        assertTrue(out.contains("winnow.title = Town approves new bridge"), out);
        assertTrue(out.contains("winnow.byline = Sam Rivera"), out);
        assertTrue(out.contains("winnow.date = 2024-05-14"), out);
        assertTrue(out.contains("Outlinks: 13"), "every link on the page stays an outlink:\n" + out);
        assertTrue(normalise(out).endsWith(normalise(page.body())), "the dumped text is the clean body:\n" + out);
        String afterOutlinks = out.substring(out.indexOf("Parse Metadata:"));
        for (String gone : List.of("We use cookies", "Sign up for our free newsletter", "Related Stories", "Privacy policy")) {
            assertFalse(afterOutlinks.contains(gone), "parse text still has: " + gone);
        }
    }

    /** bin/nutch indexchecker file:///.../news-page.html */
    @Test
    void indexingFiltersCheckerPrintsTheFields() throws Exception {
        Case page = Fixtures.newsPage();
        String out = NutchHost.stdout(() -> ToolRunner.run(conf, new IndexingFiltersChecker(), new String[] {page.html().toUri().toString()}));
        assertTrue(out.contains("article_title :\tTown approves new bridge"), out);
        assertTrue(out.contains("byline :\tSam Rivera"), out);
        assertTrue(out.contains("article_date :\t"), out);
        assertTrue(out.contains("winnow_removed :\t"), out);
    }

    /** nutch-site.xml properties reach the chain: winnow.cleaners and per-cleaner settings. */
    @Test
    void winnowPropertiesConfigureTheChain() throws Exception {
        Case page = Fixtures.newsPage();
        Map<String, String> shortChain = Map.of("winnow.cleaners", "navigation, prompts");
        Map<String, String> ownVocabulary = Map.of("winnow.cleaners", "navigation, prompts",
                "winnow.cleaner.prompts.prompt", "we use cookies.*");
        String viaDefaults = cleanText(NutchHost.conf(NutchHost.builtPlugins(), Map.of()), page);
        String viaShortChain = cleanText(NutchHost.conf(NutchHost.builtPlugins(), shortChain), page);
        String viaOwnVocabulary = cleanText(NutchHost.conf(NutchHost.builtPlugins(), ownVocabulary), page);
        assertEquals(library(shortChain, page), viaShortChain);
        assertEquals(library(ownVocabulary, page), viaOwnVocabulary);
        assertNotEquals(viaDefaults, viaShortChain);
        assertTrue(viaShortChain.contains("Related Stories"), "main-content is off, so the related list stays");
        assertFalse(viaOwnVocabulary.contains("We use cookies"));
        assertTrue(viaOwnVocabulary.contains("Sign up for our free newsletter"), "the default prompt vocabulary was replaced");
    }

    private static String cleanText(Configuration conf, Case page) throws Exception {
        return new ParseUtil(conf).parse(NutchHost.content(page.url(), page.bytes(), conf)).get(page.url()).getText();
    }

    private static String library(Map<String, String> settings, Case page) {
        return Winnow.of(Settings.of(settings)).clean(dev.winnow.Page.html(page.bytes(), "text/html", page.url())).body();
    }

    /** winnow.input=text cleans the text the parser extracted instead of re-parsing the page. */
    @Test
    void textInputCleansTheParsersText() throws Exception {
        Configuration text = NutchHost.conf(NutchHost.builtPlugins(), Map.of("winnow.input", "text"));
        Case page = Fixtures.newsPage();
        Parse parse = new ParseUtil(text).parse(NutchHost.content(page.url(), page.bytes(), text)).get(page.url());
        String naive = Jsoup.parse(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8)).body().text();
        assertEquals(Winnow.news().cleanText(naive).body(), parse.getText());
        assertNull(parse.getData().getParseMeta().get("winnow.error"));
    }

    /** Over winnow.max.bytes the parse is left as the parser made it, with winnow.error saying why. */
    @Test
    void aPageOverTheLimitIsLeftAsParsed() throws Exception {
        Configuration small = NutchHost.conf(NutchHost.builtPlugins(), Map.of("winnow.max.bytes", "1000"));
        Case page = Fixtures.newsPage();
        Parse parse = new ParseUtil(small).parse(NutchHost.content(page.url(), page.bytes(), small)).get(page.url());
        String naive = Jsoup.parse(new String(page.bytes(), java.nio.charset.StandardCharsets.UTF_8)).body().text();
        assertEquals(naive, parse.getText());
        assertTrue(parse.getData().getParseMeta().get("winnow.error").startsWith("page too large: "));
        assertNull(parse.getData().getParseMeta().get("winnow.title"));
        NutchDocument doc = new IndexingFilters(small).filter(new NutchDocument(), parse, new Text(page.url()), new CrawlDatum(), new Inlinks());
        assertTrue(((String) doc.getFieldValue("winnow_error")).startsWith("page too large"));
    }
}
