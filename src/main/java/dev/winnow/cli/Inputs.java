package dev.winnow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's paths into input files: directories recursively, in a stable order. */
final class Inputs {
    static final String STDIN = "-";
    private static final List<String> SUFFIXES = List.of(".html", ".htm", ".txt", ".jsonl", ".ndjson", ".warc", ".wet",
            ".html.gz", ".htm.gz", ".txt.gz", ".jsonl.gz", ".ndjson.gz", ".warc.gz", ".wet.gz");

    private Inputs() {}

    /** Each path as given, or the matching files below a directory, sorted. "-" stays as standard input. */
    static List<String> expand(List<String> paths) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (p.equals(STDIN) || !Files.isDirectory(path)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(f -> accepted(f.getFileName().toString()))
                        .map(Path::toString).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static boolean accepted(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(n::endsWith);
    }

    /** The file name without directories and known extensions: "a/b/000_x.txt.gz" gives "000_x". */
    static String id(String path) {
        if (path.equals(STDIN)) return "stdin";
        String name = Path.of(path).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : List.of(".html", ".htm", ".txt")) {
            if (lower.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }

    /** The format a file name suggests, or {@code null} when it says nothing. */
    static String formatOf(String path) {
        String n = path.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
        if (n.endsWith(".txt")) return "text";
        return null;
    }
}
