package dev.winnow.cli;

import dev.winnow.Page;
import dev.winnow.Winnow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code winnow bench}: throughput on the user's own files, held in memory, next to jsoup's parse alone on the
 * same bytes, measured in the same run after a warm-up. One thread; times are the thread's CPU time, so the
 * figures are per core and little disturbed by other processes. The last line is
 * {@code ratio_to_parse=X.XX docs_per_s=N mb_per_s=N}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure cleaning throughput on your files (one core) and its ratio to jsoup's parse alone.")
final class BenchCommand implements Callable<Integer> {
    enum Input { html, text, auto }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories (.html .htm .txt, optionally .gz)")
    List<String> paths;

    @Option(names = "--input", defaultValue = "auto", description = "html, text or auto: by file extension (default: ${DEFAULT-VALUE})")
    Input input;

    @Option(names = "--warmup", defaultValue = "15", paramLabel = "SECONDS", description = "warm-up time (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--time", defaultValue = "10", paramLabel = "SECONDS", description = "measurement time (default: ${DEFAULT-VALUE})")
    double time;

    @Spec
    CommandSpec spec;

    private record Doc(byte[] bytes, boolean html) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Doc> docs = new ArrayList<>();
        long bytes = 0;
        for (String f : Inputs.expand(paths)) {
            byte[] b = read(Path.of(f));
            String kind = input == Input.auto ? Inputs.formatOf(f) : input.name();
            docs.add(new Doc(b, !"text".equals(kind)));
            bytes += b.length;
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("winnow: no input files");
            return 2;
        }
        Winnow winnow = Winnow.news();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "bench: %d documents, %.1f MB, warm-up %.0f s, measurement %.0f s, 1 thread (CPU time)%n",
                docs.size(), bytes / 1e6, warmup, time);
        out.flush();
        long sink = 0;
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            sink += parsePass(docs);
            sink += cleanPass(winnow, docs);
        }
        long parseCpu = 0, cleanCpu = 0, passes = 0;
        end = System.nanoTime() + (long) (time * 1e9);
        while (System.nanoTime() < end || passes == 0) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += parsePass(docs);
            long t1 = mx.getCurrentThreadCpuTime();
            sink += cleanPass(winnow, docs);
            long t2 = mx.getCurrentThreadCpuTime();
            parseCpu += t1 - t0;
            cleanCpu += t2 - t1;
            passes++;
        }
        double n = (double) docs.size() * passes, mb = bytes * passes / 1e6;
        out.printf(Locale.ROOT, "jsoup parse:  %,10.0f docs/s %8.1f MB/s%n", n / (parseCpu / 1e9), mb / (parseCpu / 1e9));
        out.printf(Locale.ROOT, "winnow clean: %,10.0f docs/s %8.1f MB/s  (%d passes, checksum %d)%n",
                n / (cleanCpu / 1e9), mb / (cleanCpu / 1e9), passes, sink & 0xFFFF);
        out.printf(Locale.ROOT, "ratio_to_parse=%.2f docs_per_s=%.0f mb_per_s=%.1f%n",
                (double) cleanCpu / parseCpu, n / (cleanCpu / 1e9), mb / (cleanCpu / 1e9));
        out.flush();
        return 0;
    }

    /** jsoup's parse alone, given the bytes and no charset (jsoup detects it), as the floor. */
    private static long parsePass(List<Doc> docs) {
        long sink = 0;
        for (Doc d : docs) {
            try {
                Document doc = Jsoup.parse(new ByteArrayInputStream(d.bytes), null, "");
                sink += doc.childNodeSize();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sink;
    }

    private static long cleanPass(Winnow winnow, List<Doc> docs) {
        long sink = 0;
        for (Doc d : docs) {
            Page p = d.html ? Page.html(d.bytes, null, null) : Page.text(d.bytes, null, null);
            sink += winnow.clean(p).body().length();
        }
        return sink;
    }

    private static byte[] read(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        }
        return raw;
    }
}
