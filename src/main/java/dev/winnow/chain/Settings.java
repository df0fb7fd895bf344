package dev.winnow.chain;

import dev.winnow.WinnowException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A flat, immutable view of Winnow's configuration keys ({@code winnow.cleaners},
 * {@code winnow.cleaner.<name>.<key>}), filled from a {@code .properties} file, a Nutch configuration or a
 * StormCrawler filter's params.
 *
 * @since 0.1
 */
public final class Settings {
    /** Ordered, comma-separated cleaner names or class names. */
    public static final String CLEANERS = "winnow.cleaners";
    /** Prefix of per-cleaner keys: {@code winnow.cleaner.<name>.<key>}. */
    public static final String CLEANER_PREFIX = "winnow.cleaner.";

    private static final Settings EMPTY = new Settings(Map.of());
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings empty() {
        return EMPTY;
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(new TreeMap<>(values));
    }

    public static Settings of(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return new Settings(map);
    }

    /** The value, or {@code null}. */
    public String get(String key) {
        return values.get(key);
    }

    /** A comma-separated list, trimmed, without empty items; {@code null} when the key is absent. */
    public List<String> list(String key) {
        String v = values.get(key);
        if (v == null) return null;
        List<String> items = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) throw new WinnowException(key + " is set but lists nothing");
        return items;
    }

    /** A per-cleaner value: {@code winnow.cleaner.<cleaner>.<key>}, or {@code null}. */
    public String forCleaner(String cleaner, String key) {
        return values.get(CLEANER_PREFIX + cleaner + "." + key);
    }

    public Map<String, String> asMap() {
        return values;
    }
}
