package dev.winnow.nutch;

import dev.winnow.it.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.protocol.Content;
import org.apache.nutch.util.NutchConfiguration;

/** A Nutch configuration that loads the test host plugins and a parsefilter-winnow plugin folder. */
final class NutchHost {
    static final String INCLUDES = "nutch-extensionpoints|parse-jsouptest|protocol-filetest|parsefilter-winnow";

    private NutchHost() {}

    /** The folder that {@code mvn package} built: target/plugins. */
    static Path builtPlugins() {
        return Fixtures.TARGET.resolve("plugins").toAbsolutePath();
    }

    static Path hostPlugins() {
        try {
            return Path.of(NutchHost.class.getResource("/nutch-plugins").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As a user's nutch-site.xml would set it: plugin folders, plugin.includes, and any winnow.* properties. */
    static Configuration conf(Path winnowPlugins, Map<String, String> properties) {
        Configuration conf = NutchConfiguration.create();
        conf.set("plugin.folders", hostPlugins() + "," + winnowPlugins);
        conf.set("plugin.includes", INCLUDES);
        properties.forEach(conf::set);
        return conf;
    }

    static Content content(String url, byte[] bytes, Configuration conf) {
        Metadata headers = new Metadata();
        headers.set("Content-Type", "text/html");
        return new Content(url, url, bytes, "text/html", headers, conf);
    }

    /** Runs a command-line tool and returns what it printed on standard output. */
    static String stdout(Callable<Integer> tool) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = tool.call();
            if (code != 0) throw new AssertionError("tool exited with " + code + ":\n" + out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
