package dev.winnow.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The scrapinghub benchmark pages, decompressed into memory: html/*.html.gz and text/*.txt.gz. */
final class Corpus {
    static final String PROPERTY = "winnow.bench";

    private Corpus() {}

    /** The corpus directory: -Dwinnow.bench, else ../shared or ../../shared (a worktree) bench/scrapinghub. */
    static Path dir() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) return Path.of(p);
        for (String c : List.of("../shared/bench/scrapinghub", "../../shared/bench/scrapinghub", "/work/shared/bench/scrapinghub")) {
            if (Files.isDirectory(Path.of(c, "html"))) return Path.of(c).toAbsolutePath().normalize();
        }
        throw new IllegalStateException("benchmark corpus not found: set -D" + PROPERTY + "=DIR");
    }

    static List<byte[]> load(Path dir, String sub) {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
            for (Path f : s.filter(x -> x.toString().endsWith(".gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
                    out.add(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no pages in " + dir.resolve(sub));
        return out;
    }

    static long bytes(List<byte[]> docs) {
        long n = 0;
        for (byte[] b : docs) n += b.length;
        return n;
    }
}
