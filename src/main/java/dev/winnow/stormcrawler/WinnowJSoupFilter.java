package dev.winnow.stormcrawler;

import com.digitalpebble.stormcrawler.parse.JSoupFilter;
import com.digitalpebble.stormcrawler.parse.ParseData;
import com.digitalpebble.stormcrawler.parse.ParseResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.crawl.CrawlCleaner;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the parse text to Winnow's clean body and writes {@code winnow.*} metadata, reusing the jsoup document
 * that {@code JSoupParserBolt} already built: no second parse, and the document is only read (the bolt derives its
 * DOM from it afterwards). Outlinks are untouched. Declare it in the file named by {@code jsoup.filters.config.file}:
 *
 * <pre>
 * {"com.digitalpebble.stormcrawler.parse.JSoupFilters": [
 *   {"class": "dev.winnow.stormcrawler.WinnowJSoupFilter", "name": "winnow",
 *    "params": {"winnow.cleaners": "navigation, container-hints, prompts, teasers, main-content, headline"}}]}
 * </pre>
 *
 * <p>With {@code "winnow.input": "text"} it cleans the text the bolt extracted instead. When cleaning fails, finds no
 * body or the page is over {@code winnow.max.bytes}, it logs a warning, sets {@code winnow.error} and leaves the
 * text as it was. The chain is built once, in {@link #configure}; {@link #filter} is thread-safe.
 *
 * @since 0.1
 */
public class WinnowJSoupFilter extends JSoupFilter {
    private static final Logger LOG = LoggerFactory.getLogger(WinnowJSoupFilter.class);

    private CrawlCleaner cleaner;

    @Override
    public void configure(Map<String, Object> stormConf, JsonNode params) {
        cleaner = StormSettings.cleaner(stormConf, params);
    }

    @Override
    public void filter(String url, byte[] content, Document doc, ParseResult parse) {
        CrawlCleaner cleaner = this.cleaner;
        if (cleaner == null) {
            LOG.warn("winnow filter used before configure(): {} left as parsed", url);
            return;
        }
        ParseData data = parse.get(url);
        ParseUpdate.apply(url, cleaner.input() == CrawlCleaner.Input.TEXT
                ? cleaner.cleanText(data.getText(), url)
                : cleaner.cleanDocument(doc, content == null ? 0 : content.length, url), data, LOG);
    }
}
