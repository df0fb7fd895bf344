package dev.winnow.stormcrawler;

import com.digitalpebble.stormcrawler.Metadata;
import com.digitalpebble.stormcrawler.parse.ParseData;
import dev.winnow.crawl.Outcome;
import java.util.Map;
import org.slf4j.Logger;

/** Applies an {@link Outcome} to StormCrawler's parse data: the text only when it is good, the fields always. */
final class ParseUpdate {
    private ParseUpdate() {}

    static void apply(String url, Outcome outcome, ParseData parse, Logger log) {
        Metadata meta = parse.getMetadata();
        for (Map.Entry<String, String> f : outcome.fields().entrySet()) meta.setValue(f.getKey(), f.getValue());
        if (outcome.ok()) parse.setText(outcome.body());
        else log.warn("winnow left {} as parsed: {}", url, outcome.error());
    }
}
