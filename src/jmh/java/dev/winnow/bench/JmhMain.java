package dev.winnow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CorpusBenchmark} with the JMH options given (e.g. {@code -f 1 -wi 5 -w 5s -i 3 -r 5s}) and prints,
 * from the same run, docs/s and MB/s of each benchmark and the ratios Winnow / jsoup parse and Winnow /
 * Boilerpipe. With {@code --rounds N} first, it runs them all N times over and prints each round's figures, then
 * the median of each ratio: on a shared machine whose speed drifts, jsoup's run and Winnow's, one after the other
 * in JVMs of their own, can land in different phases, and one round's ratio moves with that.
 */
public final class JmhMain {
    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        int rounds = 1;
        if (args.length >= 2 && args[0].equals("--rounds")) {
            rounds = Integer.parseInt(args[1]);
            args = Arrays.copyOfRange(args, 2, args.length);
        }
        Path dir = Corpus.dir();
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        if (cli.getIncludes().isEmpty()) b.include(CorpusBenchmark.class.getName());
        Options opts = b.param("corpus", dir.toString()).build();
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) System.out.println("\nRound " + round + " of " + rounds);
            report(dir, new Runner(opts).run(), figures);
        }
        if (rounds > 1) {
            System.out.println();
            System.out.println("Over " + rounds + " rounds (each round's value, then their median):");
            figures.forEach((name, values) -> {
                List<Double> sorted = new ArrayList<>(values);
                Collections.sort(sorted);
                StringBuilder line = new StringBuilder("  " + name + ":");
                for (double v : values) line.append(String.format(Locale.ROOT, " %.2f", v));
                int n = sorted.size();
                double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
                System.out.println(line.append(String.format(Locale.ROOT, "; median %.2f", median)));
            });
        }
    }

    /** Prints one run's figures and adds its ratios and text speed to {@code figures}, by name. */
    private static void report(Path dir, Collection<RunResult> results, Map<String, List<Double>> figures) throws IOException {
        long htmlBytes = Corpus.bytes(Corpus.load(dir, "html")), textBytes = Corpus.bytes(Corpus.load(dir, "text"));
        Map<String, Double> docsPerS = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            docsPerS.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Winnow benchmark, " + CorpusBenchmark.PAGES + " pages of " + dir + " (one thread):");
        for (String name : new String[] {"jsoupParse", "winnowHtml", "winnowText", "boilerpipeArticle"}) {
            Double d = docsPerS.get(name);
            if (d == null) continue;
            long bytes = name.equals("winnowText") ? textBytes : htmlBytes;
            double mbPerS = d * bytes / CorpusBenchmark.PAGES / 1e6;
            System.out.printf(Locale.ROOT, "  %-18s %8.0f docs/s %8.1f MB/s%n", name, d, mbPerS);
        }
        Double parse = docsPerS.get("jsoupParse"), html = docsPerS.get("winnowHtml"), bp = docsPerS.get("boilerpipeArticle");
        Double text = docsPerS.get("winnowText");
        if (parse != null && html != null) {
            System.out.printf(Locale.ROOT, "  winnow_html_time / jsoup_parse_time = %.2f  (target <= 1.50)%n", parse / html);
            figures.computeIfAbsent("winnow_html_time / jsoup_parse_time", k -> new ArrayList<>()).add(parse / html);
        }
        if (bp != null && html != null) {
            System.out.printf(Locale.ROOT, "  winnow_html_speed / boilerpipe_speed = %.2f  (target > 1.00)%n", html / bp);
            figures.computeIfAbsent("winnow_html_speed / boilerpipe_speed", k -> new ArrayList<>()).add(html / bp);
        }
        if (text != null) {
            double mbPerS = text * textBytes / CorpusBenchmark.PAGES / 1e6;
            System.out.printf(Locale.ROOT, "  winnow_text_mb_per_s = %.1f  (target >= 50 per core)%n", mbPerS);
            figures.computeIfAbsent("winnow_text_mb_per_s", k -> new ArrayList<>()).add(mbPerS);
        }
    }
}
