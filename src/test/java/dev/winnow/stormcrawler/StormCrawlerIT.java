package dev.winnow.stormcrawler;

import static dev.winnow.it.Fixtures.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.digitalpebble.stormcrawler.Metadata;
import com.digitalpebble.stormcrawler.bolt.JSoupParserBolt;
import dev.winnow.Page;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import dev.winnow.it.Fixtures;
import dev.winnow.it.Fixtures.Case;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.storm.metric.api.IMetric;
import org.apache.storm.task.OutputCollector;
import org.apache.storm.task.TopologyContext;
import org.apache.storm.tuple.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real StormCrawler {@code JSoupParserBolt}, prepared and executed as StormCrawler's own parser tests do: Mockito
 * fakes only the Storm host objects (the topology context and the input tuple).
 */
class StormCrawlerIT {
    private JSoupParserBolt bolt;
    private EmitCollector output;

    static List<Case> pages() throws Exception {
        return Fixtures.html();
    }

    @AfterEach
    void cleanup() {
        if (bolt != null) bolt.cleanup();
    }

    private void prepare(String jsoupFilters, String parseFilters) {
        Map<String, Object> conf = new HashMap<>();
        conf.put("jsoup.filters.config.file", "stormcrawler/" + jsoupFilters);
        conf.put("parsefilters.config.file", "stormcrawler/" + parseFilters);
        TopologyContext context = mock(TopologyContext.class);
        when(context.registerMetric(anyString(), any(IMetric.class), anyInt())).thenAnswer(a -> a.getArgument(1));
        bolt = new JSoupParserBolt();
        output = new EmitCollector();
        bolt.prepare(conf, context, new OutputCollector(output));
    }

    /** Runs one page through the bolt; returns the emitted (url, content, metadata, text). */
    private List<Object> parse(Case page) {
        Tuple tuple = mock(Tuple.class);
        when(tuple.getStringByField("url")).thenReturn(page.url());
        when(tuple.getBinaryByField("content")).thenReturn(page.bytes());
        when(tuple.getValueByField("metadata")).thenReturn(new Metadata());
        when(tuple.contains("metadata")).thenReturn(true);
        int before = output.emitted("default").size();
        bolt.execute(tuple);
        assertEquals(List.of(tuple), output.acked.subList(output.acked.size() - 1, output.acked.size()), "tuple not acked");
        List<List<Object>> emitted = output.emitted("default");
        assertEquals(before + 1, emitted.size(), "one document emitted");
        return emitted.get(emitted.size() - 1);
    }

    private static Metadata metadata(List<Object> emitted) {
        return (Metadata) emitted.get(2);
    }

    private static String text(List<Object> emitted) {
        return (String) emitted.get(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theJSoupFilterEmitsTheCleanBodyAndMetadata(Case page) {
        prepare("winnow.jsoupfilters.json", "empty.parsefilters.json");
        List<Object> emitted = parse(page);
        assertEquals(normalise(page.body()), normalise(text(emitted)));
        Metadata md = metadata(emitted);
        Map<String, String> keys = Map.of("title", "winnow.title", "date", "winnow.date", "wireSource", "winnow.wire_source",
                "byline", "winnow.byline", "dateline", "winnow.dateline");
        keys.forEach((field, key) -> {
            if (page.specifies(field)) assertEquals(page.meta(field), md.getFirstValue(key), key);
        });
        assertTrue(Integer.parseInt(md.getFirstValue("winnow.removed")) > 0);
        assertNull(md.getFirstValue("winnow.error"));
    }

    /** The bolt's document is reused, not changed: later filters and the outlinks see the page as parsed. */
    @Test
    void theBoltsDocumentAndOutlinksAreUntouched() throws Exception {
        Case page = Fixtures.newsPage();
        prepare("probe.jsoupfilters.json", "empty.parsefilters.json");
        List<Object> without = parse(page);
        List<List<Object>> outlinksWithout = List.copyOf(output.emitted("status"));
        prepare("winnow.jsoupfilters.json", "empty.parsefilters.json");
        List<Object> with = parse(page);
        assertEquals(metadata(without).getFirstValue(DocumentProbe.KEY), metadata(with).getFirstValue(DocumentProbe.KEY));
        List<Object> urlsWithout = outlinksWithout.stream().map(t -> t.get(0)).toList();
        List<Object> urlsWith = output.emitted("status").stream().map(t -> t.get(0)).toList();
        assertEquals(urlsWithout, urlsWith, "outlinks are the bolt's own");
        assertTrue(urlsWith.contains("https://valleyherald.example/privacy"), "footer links stay outlinks: " + urlsWith);
        assertNotEquals(text(without), text(with));
        assertTrue(text(without).contains("We use cookies"), "the bolt's own text keeps the boilerplate");
    }

    /** params carry Winnow's settings: a list for winnow.cleaners, a per-cleaner vocabulary. */
    @Test
    void paramsConfigureTheChain() throws Exception {
        Case page = Fixtures.newsPage();
        prepare("winnow-custom.jsoupfilters.json", "empty.parsefilters.json");
        String text = text(parse(page));
        Settings settings = Settings.of(Map.of("winnow.cleaners", "navigation,prompts", "winnow.cleaner.prompts.prompt", "we use cookies.*"));
        assertEquals(Winnow.of(settings).clean(Page.html(page.bytes(), null, page.url())).body(), text);
        assertFalse(text.contains("We use cookies"));
        assertTrue(text.contains("Related Stories"), "main-content is not in this chain");
    }

    /** Over the limit: a warning, winnow.error, and the bolt's own text goes on. */
    @Test
    void aPageOverTheLimitKeepsTheBoltsText() throws Exception {
        Case page = Fixtures.newsPage();
        prepare("empty.jsoupfilters.json", "empty.parsefilters.json");
        String boltText = text(parse(page));
        prepare("winnow-small.jsoupfilters.json", "empty.parsefilters.json");
        List<Object> emitted = parse(page);
        assertEquals(boltText, text(emitted));
        assertTrue(metadata(emitted).getFirstValue("winnow.error").startsWith("page too large: "));
        assertNull(metadata(emitted).getFirstValue("winnow.title"));
    }

    /** The DOM-pipeline ParseFilter gives the same text and metadata as the JSoupFilter. */
    @Test
    void theParseFilterGivesTheSameResult() throws Exception {
        Case page = Fixtures.newsPage();
        prepare("winnow.jsoupfilters.json", "empty.parsefilters.json");
        List<Object> viaJsoup = parse(page);
        prepare("empty.jsoupfilters.json", "winnow.parsefilters.json");
        List<Object> viaParseFilter = parse(page);
        assertEquals(text(viaJsoup), text(viaParseFilter));
        for (String key : List.of("winnow.title", "winnow.date", "winnow.byline", "winnow.removed")) {
            assertEquals(metadata(viaJsoup).getFirstValue(key), metadata(viaParseFilter).getFirstValue(key), key);
        }
        assertEquals(normalise(page.body()), normalise(text(viaParseFilter)));
    }
}
