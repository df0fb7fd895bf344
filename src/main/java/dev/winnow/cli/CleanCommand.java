package dev.winnow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.CleanResult;
import dev.winnow.Page;
import dev.winnow.Removal;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import dev.winnow.output.JsonRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code winnow clean}: cleans files, directories or standard input and writes one record per input. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean pages: HTML or plain text files, directories (recursively: .html .htm .txt, optionally .gz) or - for standard input.")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Winnow winnow;
        try {
            winnow = Winnow.of(settings());
        } catch (WinnowException e) {
            spec.commandLine().getErr().println("winnow: " + e.getMessage());
            return 2;
        }
        List<String> files = Inputs.expand(paths);
        Output out = output != null ? output : files.size() == 1 ? Output.json : Output.jsonl;
        PrintWriter w = spec.commandLine().getOut();
        int failed = 0;
        for (String file : files) {
            ObjectNode record = cleanOne(winnow, file);
            if (!record.get("error").isNull()) failed++;
            write(w, out, record);
        }
        w.flush();
        if (failed > 0) spec.commandLine().getErr().println("winnow: " + failed + " of " + files.size() + " inputs failed");
        return failed > 0 ? 1 : 0;
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

    private ObjectNode cleanOne(Winnow winnow, String file) {
        String id = Inputs.id(file);
        try {
            byte[] bytes = read(file);
            Input kind = input != Input.auto ? input : kindOf(file);
            Page page = switch (kind) {
                case html -> Page.html(bytes, null, null);
                case text -> Page.text(bytes, null, null);
                case auto -> Page.detect(bytes, null, null);
            };
            CleanResult r = winnow.clean(page);
            return JsonRecords.result(id, file, null, r, explain);
        } catch (IOException e) {
            return JsonRecords.error(id, file, null, "cannot read " + file + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return JsonRecords.error(id, file, null, "cannot clean " + file + ": " + e);
        }
    }

    private static Input kindOf(String file) {
        String f = Inputs.formatOf(file);
        return f == null ? Input.auto : Input.valueOf(f);
    }

    private static byte[] read(String file) throws IOException {
        byte[] raw = file.equals(Inputs.STDIN) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        }
        return raw;
    }

    private void write(PrintWriter w, Output out, ObjectNode record) throws IOException {
        switch (out) {
            case json -> w.println(JsonRecords.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(record));
            case jsonl -> w.println(JsonRecords.mapper().writeValueAsString(record));
            case text -> writeText(w, record);
        }
    }

    private void writeText(PrintWriter w, ObjectNode record) {
        if (!record.get("error").isNull()) {
            w.println("ERROR " + record.get("error").asText());
            return;
        }
        w.println(record.get("body").asText());
        if (explain && record.has("removed")) {
            w.println();
            record.get("removed").forEach(e -> w.printf("%-5s #%-4d %-16s %s  \"%s\"%n",
                    e.has("trimmed") ? "TRIM" : "DROP", e.get("block").asInt(), e.get("cleaner").asText(),
                    e.get("reason").asText(), abbreviate(e.get("text").asText())));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
