package dev.winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer reproduces the benchmark's published figures for the peers' outputs. */
class BenchmarkTest {
    static final Path BENCH = Path.of(System.getProperty("winnow.bench", "../shared/bench/scrapinghub"));

    @Test
    void peersScoreTheirPublishedF1() throws IOException {
        assumeTrue(Files.isDirectory(BENCH), "benchmark not found at " + BENCH.toAbsolutePath());
        Benchmark b = Benchmark.open(BENCH);
        assertEquals(181, b.gold().size());
        Map<String, Map<String, String>> peers = b.peers();
        Map<String, Double> published = Map.of("trafilatura", 0.958, "readability_js", 0.947, "go_trafilatura", 0.960, "boilerpipe", 0.860);
        published.forEach((name, f1) -> assertEquals(f1, Score.of(name, b.score(peers.get(name))).f1(), 0.0005, name));
    }
}
