package dev.winnow.nutch;

import dev.winnow.chain.Settings;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/** Winnow's {@code winnow.*} keys from a Nutch configuration ({@code nutch-site.xml}, {@code -D} options). */
final class NutchSettings {
    private NutchSettings() {}

    static Settings from(Configuration conf) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> e : conf) {
            if (e.getKey().startsWith("winnow.")) values.put(e.getKey(), conf.get(e.getKey()));
        }
        return Settings.of(values);
    }
}
