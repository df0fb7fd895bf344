package dev.winnow.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
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
 * Boilerpipe.
 */
public final class JmhMain {
    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Corpus.dir();
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder b = new OptionsBuilder();
        b.parent(cli);
        if (cli.getIncludes().isEmpty()) b.include(CorpusBenchmark.class.getName());
        Options opts = b.param("corpus", dir.toString()).build();
        Collection<RunResult> results = new Runner(opts).run();

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
        }
        if (bp != null && html != null) {
            System.out.printf(Locale.ROOT, "  winnow_html_speed / boilerpipe_speed = %.2f  (target > 1.00)%n", html / bp);
        }
        if (text != null) {
            System.out.printf(Locale.ROOT, "  winnow_text_mb_per_s = %.1f  (target >= 50 per core)%n", text * textBytes / CorpusBenchmark.PAGES / 1e6);
        }
    }
}
