package dev.winnow.nutch;

import dev.winnow.crawl.Outcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Text;
import org.apache.nutch.crawl.CrawlDatum;
import org.apache.nutch.crawl.Inlinks;
import org.apache.nutch.indexer.IndexingFilter;
import org.apache.nutch.indexer.NutchDocument;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.Parse;

/**
 * Adds the metadata that {@link WinnowParseFilter} wrote to the index document:
 *
 * <table>
 *   <caption>index fields</caption>
 *   <tr><th>field</th><th>from parse metadata</th><th>type</th></tr>
 *   <tr><td>{@code article_title}</td><td>{@code winnow.title}</td><td>string</td></tr>
 *   <tr><td>{@code article_date}</td><td>{@code winnow.date}</td><td>date (UTC midnight)</td></tr>
 *   <tr><td>{@code wire_source}</td><td>{@code winnow.wire_source}</td><td>string</td></tr>
 *   <tr><td>{@code byline}</td><td>{@code winnow.byline}</td><td>string</td></tr>
 *   <tr><td>{@code dateline}</td><td>{@code winnow.dateline}</td><td>string</td></tr>
 *   <tr><td>{@code winnow_removed}</td><td>{@code winnow.removed}</td><td>int</td></tr>
 *   <tr><td>{@code winnow_error}</td><td>{@code winnow.error}</td><td>string</td></tr>
 * </table>
 *
 * The clean body itself reaches the index as {@code content}, through index-basic, because the parse text is
 * already clean. A field the page does not state is not added.
 *
 * @since 0.1
 */
public class WinnowIndexingFilter implements IndexingFilter {
    /** Index field names, keyed by the parse metadata they come from. */
    public static final Map<String, String> FIELDS = Map.of(
            Outcome.TITLE, "article_title", Outcome.DATE, "article_date", Outcome.WIRE_SOURCE, "wire_source",
            Outcome.BYLINE, "byline", Outcome.DATELINE, "dateline", Outcome.REMOVED, "winnow_removed",
            Outcome.ERROR, "winnow_error");

    private Configuration conf;

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    @Override
    public NutchDocument filter(NutchDocument doc, Parse parse, Text url, CrawlDatum datum, Inlinks inlinks) {
        if (doc == null || parse == null) return doc;
        Metadata meta = parse.getData().getParseMeta();
        for (Map.Entry<String, String> f : FIELDS.entrySet()) {
            String value = meta.get(f.getKey());
            if (value == null || value.isBlank()) continue;
            doc.add(f.getValue(), value(f.getKey(), value));
        }
        return doc;
    }

    private static Object value(String key, String value) {
        try {
            if (key.equals(Outcome.DATE)) return Date.from(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            if (key.equals(Outcome.REMOVED)) return Integer.valueOf(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            // keep it as the string it is
        }
        return value;
    }
}
