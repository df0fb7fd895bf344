package dev.winnow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's metric for one document: {@code \w+} tokens (letters, numbers and '_', as Python's Unicode
 * {@code \w}), 4-token shingles (a shorter text gives one shorter shingle), and true/false positives and
 * negatives counted on the two shingle multisets.
 */
public final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ShingleMetric() {}

    /**
     * Counts for one document.
     *
     * @param tp shingles in both
     * @param fp shingles only in the prediction
     * @param fn shingles only in the gold
     * @param tokensEqual the token sequences are identical (the benchmark's "accuracy")
     */
    public record Counts(int tp, int fp, int fn, boolean tokensEqual) {
        public boolean predictionHasShingles() {
            return tp + fp > 0;
        }

        public boolean goldHasShingles() {
            return tp + fn > 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** Per-document F1, with 0 for an empty prediction. */
        public double f1() {
            double p = predictionHasShingles() ? precision() : 0, r = goldHasShingles() ? recall() : 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static Counts score(String gold, String prediction) {
        List<String> g = tokens(gold), p = tokens(prediction);
        Map<String, Integer> gs = shingles(g), ps = shingles(p);
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, Integer> e : ps.entrySet()) {
            int inGold = gs.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (Map.Entry<String, Integer> e : gs.entrySet()) fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        return new Counts(tp, fp, fn, g.equals(p));
    }

    static List<String> tokens(String text) {
        List<String> list = new ArrayList<>();
        if (text == null) return list;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) list.add(m.group());
        return list;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> map = new HashMap<>();
        if (tokens.isEmpty()) return map;
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String key = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + N)));
            map.merge(key, 1, Integer::sum);
        }
        return map;
    }
}
