package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.WinnowException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The scrapinghub benchmark as laid out on disk: {@code ground-truth.json}, {@code html/<id>.html.gz},
 * {@code text/<id>.txt.gz} and {@code peers/<name>.json}.
 */
public final class Benchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final Map<String, String> gold;

    private Benchmark(Path dir, Map<String, String> gold) {
        this.dir = dir;
        this.gold = gold;
    }

    public static Benchmark open(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) throw new WinnowException("no benchmark at " + dir + " (ground-truth.json missing)");
        Map<String, String> gold = new TreeMap<>();
        JSON.readTree(truth.toFile()).fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return new Benchmark(dir, gold);
    }

    /** Gold bodies by document id, in id order. */
    public Map<String, String> gold() {
        return gold;
    }

    /** The page in {@code html} or {@code text} form. */
    public byte[] input(String mode, String id) throws IOException {
        Path p = dir.resolve(mode).resolve(id + (mode.equals("html") ? ".html.gz" : ".txt.gz"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** Each peer's bodies by id, by peer name ({@code null} bodies read as empty). */
    public Map<String, Map<String, String>> peers() throws IOException {
        Map<String, Map<String, String>> peers = new TreeMap<>();
        Path peersDir = dir.resolve("peers");
        if (!Files.isDirectory(peersDir)) return peers;
        try (Stream<Path> files = Files.list(peersDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(f.toFile());
                if (root.has("output")) root = root.get("output");
                Map<String, String> bodies = new LinkedHashMap<>();
                root.fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
                peers.put(f.getFileName().toString().replaceFirst("\\.json$", ""), bodies);
            }
        }
        return peers;
    }

    /** Scores predictions by id against the gold; a missing id counts as an empty prediction. */
    public Map<String, ShingleMetric.Counts> score(Map<String, String> predictions) {
        Map<String, ShingleMetric.Counts> counts = new TreeMap<>();
        gold.forEach((id, body) -> counts.put(id, ShingleMetric.score(body, predictions.getOrDefault(id, ""))));
        return counts;
    }
}
