package dev.winnow.stormcrawler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.chain.Settings;
import dev.winnow.crawl.CrawlCleaner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Winnow's settings for a StormCrawler filter: {@code winnow.*} keys of the topology configuration, overridden by
 * the filter's {@code params} in the JSON filter file. A param value may be a string, a number or a list (joined
 * with commas, so {@code "winnow.cleaners": ["navigation", "teasers"]} works).
 */
final class StormSettings {
    private StormSettings() {}

    static CrawlCleaner cleaner(Map<String, Object> stormConf, JsonNode params) {
        return CrawlCleaner.of(from(stormConf, params));
    }

    static Settings from(Map<String, Object> stormConf, JsonNode params) {
        Map<String, String> values = new TreeMap<>();
        if (stormConf != null) {
            stormConf.forEach((k, v) -> {
                if (k.startsWith("winnow.") && v != null) values.put(k, v instanceof List<?> l ? join(l) : v.toString());
            });
        }
        if (params != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), text(e.getValue()));
            }
        }
        return Settings.of(values);
    }

    private static String text(JsonNode v) {
        if (!v.isArray()) return v.asText();
        List<String> items = new ArrayList<>();
        v.forEach(i -> items.add(i.asText()));
        return String.join(",", items);
    }

    private static String join(List<?> list) {
        List<String> items = new ArrayList<>();
        list.forEach(i -> items.add(String.valueOf(i)));
        return String.join(",", items);
    }
}
