package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.WinnowException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checked-in F1 floor of each mode, the noise margin, and the digest of the corpus they were measured on.
 * A mode fails when its F1 falls more than the margin below its floor. Floors only rise: lowering one needs
 * an explicit allowance.
 */
public record Floors(String corpusDigest, double margin, Map<String, Double> f1) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Floors {
        f1 = Map.copyOf(f1);
    }

    public static Floors read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        Map<String, Double> floors = new LinkedHashMap<>();
        n.path("f1").fields().forEachRemaining(e -> floors.put(e.getKey(), e.getValue().asDouble()));
        if (floors.isEmpty()) throw new WinnowException(file + " has no f1 floors");
        return new Floors(n.path("corpusDigest").asText(""), n.path("margin").asDouble(0.002), floors);
    }

    public void write(Path file) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("corpusDigest", corpusDigest);
        n.put("margin", margin);
        ObjectNode f = n.putObject("f1");
        f1.keySet().stream().sorted().forEach(k -> f.put(k, f1.get(k)));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), n);
    }

    /** One line per mode that fell below its floor, or for a corpus that is not the one measured. */
    public List<String> violations(String digest, Map<String, Score> scores) {
        List<String> out = new ArrayList<>();
        if (!corpusDigest.isEmpty() && !corpusDigest.equals(digest)) {
            out.add("the benchmark corpus changed (digest " + digest + ", floors measured on " + corpusDigest + ")");
        }
        f1.forEach((mode, floor) -> {
            Score s = scores.get(mode);
            if (s != null && s.f1() < floor - margin) {
                out.add(String.format(Locale.ROOT, "%s F1 %.4f is below its floor %.4f (margin %.4f)", mode, s.f1(), floor, margin));
            }
        });
        return out;
    }

    /** Floors raised to the measured scores; a lower score is refused unless {@code allowRegression}. */
    public Floors update(String digest, Map<String, Score> scores, boolean allowRegression) {
        Map<String, Double> next = new LinkedHashMap<>(f1);
        scores.forEach((mode, s) -> {
            double measured = Math.floor(s.f1() * 10_000) / 10_000;
            Double old = f1.get(mode);
            if (old != null && measured < old && !allowRegression) {
                throw new WinnowException(String.format(Locale.ROOT,
                        "refusing to lower the %s floor from %.4f to %.4f without --allow-regression", mode, old, measured));
            }
            next.put(mode, measured);
        });
        return new Floors(digest, margin, next);
    }
}
