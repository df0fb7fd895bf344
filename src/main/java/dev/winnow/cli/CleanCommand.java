package dev.winnow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.CleanResult;
import dev.winnow.Limits;
import dev.winnow.Page.Format;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputRecord;
import dev.winnow.io.Pipeline;
import dev.winnow.io.Progress;
import dev.winnow.io.RecordReader;
import dev.winnow.io.Sources;
import dev.winnow.io.WarcRecordReader;
import dev.winnow.output.JsonRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code winnow clean}: cleans files, directories or standard input and writes one record per input. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean pages: HTML or plain text files, JSONL, WARC or WET files, directories (recursively: .html .htm .txt .jsonl .warc .wet, optionally .gz) or - for standard input.")
final class CleanCommand implements Callable<Integer> {
    enum Input { html, text, auto }

    enum Output { json, jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--input", defaultValue = "auto", description = "html, text or auto (default: ${DEFAULT-VALUE})")
    Input input;

    @Option(names = "--output", description = "json, jsonl or text (default: json for one document, jsonl for several)")
    Output output;

    @Option(names = "--explain", description = "include every removed block with the cleaner and reason")
    boolean explain;

    @Option(names = "--config", paramLabel = "FILE", description = "a .properties file of winnow.* settings")
    Path config;

    @Option(names = "--cleaners", paramLabel = "LIST", description = "comma-separated cleaner names or class names, in order")
    String cleaners;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores, ${DEFAULT-VALUE})",
            defaultValue = "${sys:winnow.threads:-0}")
    int threads;

    @Option(names = "--max-input-bytes", paramLabel = "BYTES", description = "longer pages are cut to this size (default: 8388608)")
    Long maxInputBytes;

    @Option(names = "--max-depth", paramLabel = "N", description = "deeper HTML elements are flattened (default: 512)")
    Integer maxDepth;

    @Option(names = "--max-nodes", paramLabel = "N", description = "DOM nodes segmented per page (default: 1000000)")
    Integer maxNodes;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "time per page (default: 10)")
    Double deadline;

    @Option(names = "--progress", defaultValue = "auto", description = "auto, bar, lines or none: progress on standard error (default: ${DEFAULT-VALUE})")
    ProgressMode progress;

    enum ProgressMode { auto, bar, lines, none }

    @Spec
    CommandSpec spec;

    /** One formatted output record. */
    private record Out(String text, boolean failed) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        Winnow winnow;
        try {
            winnow = Winnow.of(settings()).withLimits(limits());
        } catch (WinnowException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("winnow: " + e.getMessage());
            return 2;
        }
        List<String> files = Inputs.expand(paths);
        Limits limits = winnow.limits();
        Format kind = switch (input) {
            case html -> Format.HTML;
            case text -> Format.TEXT;
            case auto -> Format.AUTO;
        };
        // one path holding one document gives one pretty record; anything else gives JSON Lines
        RecordReader first = null;
        if (files.size() == 1) first = open(files.get(0), kind, limits);
        Output out = output != null ? output : first instanceof DocumentReader ? Output.json : Output.jsonl;
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long budget = Math.max(limits.maxInputBytes() + 1, Runtime.getRuntime().maxMemory() / 16);
        Duration hard = limits.deadline().multipliedBy(2).plusSeconds(5);
        Progress bar = progressFor(err);
        long[] counts = new long[2]; // records, failed
        Output chosen = out;
        try (Pipeline<Out> pipeline = new Pipeline<>(n, 8 * n, budget, hard)) {
            for (String file : files) {
                RecordReader reader = first != null ? first : open(file, kind, limits);
                first = null;
                try (RecordReader r = reader) {
                    pipeline.run(r, rec -> clean(winnow, chosen, rec), (rec, e) -> failure(chosen, rec, e),
                            (rec, o) -> write(w, o, counts, bar, rec.size()));
                    if (r instanceof WarcRecordReader warc && warc.skipped() > 0 && bar != null) {
                        err.println("winnow: " + file + ": " + warc.skipped() + " WARC records skipped (not HTML responses or WET conversions)");
                    }
                }
            }
        }
        w.flush();
        if (bar != null) bar.finish();
        if (counts[1] > 0) err.println("winnow: " + counts[1] + " of " + counts[0] + " inputs failed");
        err.flush();
        return counts[1] > 0 ? 1 : 0;
    }

    /** The file's reader; one that cannot be opened yields a single error record naming it. */
    private static RecordReader open(String file, Format kind, Limits limits) {
        Format f = kind != Format.AUTO ? kind : kindOf(file);
        String id = Inputs.id(file);
        try {
            return Sources.open(file, id, f, limits.maxInputBytes(), () -> System.in);
        } catch (IOException e) {
            String message = "cannot read " + file + ": " + e;
            return new RecordReader() {
                boolean done;

                public InputRecord next() {
                    if (done) return null;
                    done = true;
                    return InputRecord.failed(id, file, null, message);
                }

                public void close() {}
            };
        }
    }

    private Limits limits() {
        Limits l = Limits.DEFAULT;
        if (maxInputBytes != null) l = l.withMaxInputBytes(maxInputBytes);
        if (maxDepth != null) l = l.withMaxDepth(maxDepth);
        if (maxNodes != null) l = l.withMaxNodes(maxNodes);
        if (deadline != null) {
            if (!(deadline > 0)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--deadline must be positive");
            double ms = Math.min(deadline * 1000, Limits.MAX_DEADLINE.toMillis()); // clamp before converting
            l = l.withDeadline(Duration.ofMillis(Math.max(1, Math.round(ms))));
        }
        return l;
    }

    private Progress progressFor(PrintWriter err) {
        return switch (progress) {
            case none -> null;
            case bar -> new Progress(err, true, 5);
            case lines -> new Progress(err, false, 5);
            case auto -> new Progress(err, System.console() != null, 5);
        };
    }

    private void write(PrintWriter w, Out o, long[] counts, Progress bar, long size) {
        w.write(o.text);
        w.write('\n');
        counts[0]++;
        if (o.failed) counts[1]++;
        if (bar != null) bar.record(size, o.failed);
    }

    private Out clean(Winnow winnow, Output out, InputRecord rec) {
        try {
            CleanResult r = winnow.clean(rec.page());
            return format(out, JsonRecords.result(rec.id(), rec.source(), rec.url(), r, explain));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failure(out, rec, e);
        }
    }

    private Out failure(Output out, InputRecord rec, Throwable e) {
        String message = rec.error() != null ? rec.error()
                : e instanceof java.util.concurrent.TimeoutException ? "cannot clean " + rec.source() + ": deadline exceeded, " + e.getMessage()
                : "cannot clean " + rec.source() + ": " + e;
        return format(out, JsonRecords.error(rec.id(), rec.source(), rec.url(), message));
    }

    private Out format(Output out, ObjectNode record) {
        boolean failed = !record.get("error").isNull();
        try {
            return new Out(switch (out) {
                case json -> JsonRecords.prettyWriter().writeValueAsString(record);
                case jsonl -> JsonRecords.lineWriter().writeValueAsString(record);
                case text -> text(record);
            }, failed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Settings settings() throws IOException {
        Properties p = new Properties();
        if (config != null) {
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        if (cleaners != null) p.setProperty(Settings.CLEANERS, cleaners);
        return Settings.of(p);
    }

    private static Format kindOf(String file) {
        String f = Inputs.formatOf(file);
        return f == null ? Format.AUTO : f.equals("html") ? Format.HTML : Format.TEXT;
    }

    private String text(ObjectNode record) {
        if (!record.get("error").isNull()) return "ERROR " + record.get("error").asText();
        StringBuilder sb = new StringBuilder(record.get("body").asText());
        if (explain && record.has("removed")) {
            sb.append('\n');
            record.get("removed").forEach(e -> sb.append('\n').append(String.format("%-5s #%-4d %-16s %s  \"%s\"",
                    e.has("trimmed") ? "TRIM" : "DROP", e.get("block").asInt(), e.get("cleaner").asText(),
                    e.get("reason").asText(), abbreviate(e.get("text").asText()))));
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
