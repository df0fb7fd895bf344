package dev.winnow.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Corpus figures from per-document counts: precision is the mean over documents whose prediction has
 * shingles, recall the mean over documents whose gold has shingles, F1 = 2PR/(P+R), accuracy the share of
 * documents whose token sequence equals the gold's.
 */
public record Score(String name, double precision, double recall, double f1, double accuracy, int documents) {

    public static Score of(String name, Map<String, ShingleMetric.Counts> counts) {
        double p = counts.values().stream().filter(ShingleMetric.Counts::predictionHasShingles)
                .mapToDouble(ShingleMetric.Counts::precision).average().orElse(0);
        double r = counts.values().stream().filter(ShingleMetric.Counts::goldHasShingles)
                .mapToDouble(ShingleMetric.Counts::recall).average().orElse(0);
        double acc = counts.values().stream().mapToDouble(c -> c.tokensEqual() ? 1 : 0).average().orElse(0);
        return new Score(name, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), acc, counts.size());
    }

    /** The {@code n} documents with the lowest per-document F1. */
    public static List<Map.Entry<String, ShingleMetric.Counts>> worst(Map<String, ShingleMetric.Counts> counts, int n) {
        return counts.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue().f1())).limit(n).toList();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%-22s P=%.4f R=%.4f F1=%.4f acc=%.4f n=%d", name, precision, recall, f1, accuracy, documents);
    }
}
