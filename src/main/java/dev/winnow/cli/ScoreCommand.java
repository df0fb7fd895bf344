package dev.winnow.cli;

import dev.winnow.Page;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.eval.Benchmark;
import dev.winnow.eval.Floors;
import dev.winnow.eval.Score;
import dev.winnow.eval.ShingleMetric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code winnow score}: the accuracy scorecard on the scrapinghub benchmark, both modes, peers, and the gate. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Clean every benchmark page in HTML and text mode and print precision, recall, F1 and accuracy.")
final class ScoreCommand implements Callable<Integer> {
    static final List<String> MODES = List.of("html", "text");

    @Option(names = "--bench", paramLabel = "DIR", defaultValue = "../shared/bench/scrapinghub",
            description = "the benchmark folder (default: ${DEFAULT-VALUE})")
    Path bench;

    @Option(names = "--peers", description = "also score the peers' outputs with the same code")
    boolean peers;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "list the N worst pages of each mode")
    int worst;

    @Option(names = "--gate", paramLabel = "FLOORS", description = "fail (exit 1) when a mode's F1 falls below its floor in FLOORS")
    Path gate;

    @Option(names = "--update", description = "with --gate: raise the floors to the measured scores")
    boolean update;

    @Option(names = "--allow-regression", description = "with --update: allow a floor to go down")
    boolean allowRegression;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Benchmark b = Benchmark.open(bench);
        Winnow winnow = Winnow.news();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String mode : MODES) {
            Map<String, ShingleMetric.Counts> counts = b.score(clean(b, winnow, mode));
            Score s = Score.of("winnow-" + mode, counts);
            scores.put(mode, s);
            out.println(s);
            for (Map.Entry<String, ShingleMetric.Counts> e : Score.worst(counts, worst)) {
                ShingleMetric.Counts c = e.getValue();
                out.printf(Locale.ROOT, "    worst %s F1=%.3f P=%.3f R=%.3f%n", e.getKey(), c.f1(),
                        c.predictionHasShingles() ? c.precision() : 0, c.recall());
            }
        }
        if (peers) printPeers(out, b);
        out.flush();
        return gate == null ? 0 : checkGate(digest(bench.resolve("ground-truth.json")), scores);
    }

    private static Map<String, String> clean(Benchmark b, Winnow winnow, String mode) throws IOException {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String id : b.gold().keySet()) {
            byte[] input = b.input(mode, id);
            Page page = mode.equals("html") ? Page.html(input, null, null) : Page.text(input, "UTF-8", null);
            bodies.put(id, winnow.clean(page).body());
        }
        return bodies;
    }

    private static void printPeers(PrintWriter out, Benchmark b) throws IOException {
        List<Score> list = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> peer : b.peers().entrySet()) list.add(Score.of(peer.getKey(), b.score(peer.getValue())));
        Map<String, String> naive = new LinkedHashMap<>();
        for (String id : b.gold().keySet()) naive.put(id, new String(b.input("text", id), java.nio.charset.StandardCharsets.UTF_8));
        list.add(Score.of("(naive text input)", b.score(naive)));
        list.sort(Comparator.comparingDouble(Score::f1).reversed());
        out.println("peers (same scorer):");
        list.forEach(s -> out.println("  " + s));
    }

    private int checkGate(String digest, Map<String, Score> scores) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (update) {
            Floors old = Files.exists(gate) ? Floors.read(gate) : new Floors("", 0.002, Map.of());
            try {
                old.update(digest, scores, allowRegression).write(gate);
            } catch (WinnowException e) {
                spec.commandLine().getErr().println("winnow: " + e.getMessage());
                return 1;
            }
            out.println("floors written to " + gate);
            return 0;
        }
        Floors floors = Floors.read(gate);
        List<String> violations = floors.violations(digest, scores);
        violations.forEach(v -> spec.commandLine().getErr().println("gate: " + v));
        floors.f1().forEach((mode, floor) -> out.printf(Locale.ROOT, "gate %s: F1 %.4f, floor %.4f - %.4f%n",
                mode, scores.get(mode).f1(), floor, floors.margin()));
        out.println(violations.isEmpty() ? "gate passed" : "gate FAILED");
        return violations.isEmpty() ? 0 : 1;
    }

    static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
