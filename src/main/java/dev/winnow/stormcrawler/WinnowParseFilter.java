package dev.winnow.stormcrawler;

import com.digitalpebble.stormcrawler.parse.ParseData;
import com.digitalpebble.stormcrawler.parse.ParseFilter;
import com.digitalpebble.stormcrawler.parse.ParseResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.crawl.CrawlCleaner;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.DocumentFragment;

/**
 * The same cleaning as {@link WinnowJSoupFilter}, for pipelines configured with DOM parse filters (the file named by
 * {@code parsefilters.config.file}), such as a Tika parser bolt. It ignores the DOM and re-parses the raw content
 * with jsoup ({@code winnow.input=html}, the default), or cleans the extracted text ({@code text}), so it does not
 * ask the bolt to build a DOM ({@link #needsDOM()} is false).
 *
 * <pre>
 * {"com.digitalpebble.stormcrawler.parse.ParseFilters": [
 *   {"class": "dev.winnow.stormcrawler.WinnowParseFilter", "name": "winnow", "params": {"winnow.max.bytes": 4194304}}]}
 * </pre>
 *
 * @since 0.1
 */
public class WinnowParseFilter extends ParseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(WinnowParseFilter.class);

    private CrawlCleaner cleaner;

    @Override
    public void configure(Map<String, Object> stormConf, JsonNode params) {
        cleaner = StormSettings.cleaner(stormConf, params);
    }

    @Override
    public void filter(String url, byte[] content, DocumentFragment doc, ParseResult parse) {
        CrawlCleaner cleaner = this.cleaner;
        if (cleaner == null) {
            LOG.warn("winnow filter used before configure(): {} left as parsed", url);
            return;
        }
        ParseData data = parse.get(url);
        String contentType = data.getMetadata().getFirstValue("content-type");
        ParseUpdate.apply(url, cleaner.input() == CrawlCleaner.Input.TEXT
                ? cleaner.cleanText(data.getText(), url)
                : cleaner.cleanBytes(content, contentType, url), data, LOG);
    }

    @Override
    public boolean needsDOM() {
        return false;
    }
}
