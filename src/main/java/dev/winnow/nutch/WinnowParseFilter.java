package dev.winnow.nutch;

import dev.winnow.crawl.CrawlCleaner;
import dev.winnow.crawl.Outcome;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.HTMLMetaTags;
import org.apache.nutch.parse.HtmlParseFilter;
import org.apache.nutch.parse.Parse;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseText;
import org.apache.nutch.protocol.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.DocumentFragment;

/**
 * Replaces the parse text of an HTML page with Winnow's clean body and writes {@code winnow.*} parse metadata.
 *
 * <p>With {@code winnow.input=html} (the default) it re-parses the raw content with jsoup, ignoring the DOM that
 * parse-html built, so the result is the one the command line gives. With {@code text} it cleans the text the parser
 * extracted. Outlinks, title and the rest of the parse data are left untouched: the crawl still follows every link
 * on the page.
 *
 * <p>Never harms the crawl: when cleaning fails, finds no body, or the page is over {@code winnow.max.bytes}, it
 * logs a warning, sets {@code winnow.error} and leaves the parse as it was. A bad {@code winnow.*} setting fails in
 * {@link #setConf}, when the filter is loaded.
 *
 * <p>The chain is built once per instance, in {@link #setConf}; {@link #filter} is thread-safe.
 *
 * @since 0.1
 */
public class WinnowParseFilter implements HtmlParseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(WinnowParseFilter.class);

    private Configuration conf;
    private CrawlCleaner cleaner;

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
        this.cleaner = CrawlCleaner.of(NutchSettings.from(conf));
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    @Override
    public ParseResult filter(Content content, ParseResult parseResult, HTMLMetaTags metaTags, DocumentFragment doc) {
        String url = content.getUrl();
        Parse parse = parseResult.get(url);
        if (parse == null || cleaner == null) return parseResult;
        Metadata meta = parse.getData().getParseMeta();
        Outcome outcome = clean(content, parse, url);
        for (Map.Entry<String, String> f : outcome.fields().entrySet()) meta.set(f.getKey(), f.getValue());
        if (!outcome.ok()) {
            LOG.warn("winnow left {} as parsed: {}", url, outcome.error());
            return parseResult;
        }
        parseResult.put(url, new ParseText(outcome.body()), parse.getData());
        return parseResult;
    }

    private Outcome clean(Content content, Parse parse, String url) {
        if (cleaner.input() == CrawlCleaner.Input.TEXT) return cleaner.cleanText(parse.getText(), url);
        String charset = parse.getData().getParseMeta().get(Metadata.CHAR_ENCODING_FOR_CONVERSION);
        return cleaner.cleanBytes(content.getContent(), charset != null ? charset : content.getContentType(), url);
    }
}
