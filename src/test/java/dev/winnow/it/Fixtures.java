package dev.winnow.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The HTML golden fixtures the crawler integration tests feed to the real hosts. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final Path ROOT = Path.of(System.getProperty("winnow.fixtures", "fixtures"));
    public static final Path TARGET = Path.of(System.getProperty("winnow.target", "target"));

    private Fixtures() {}

    /** One HTML page and what Winnow must make of it. */
    public record Case(String id, Path html, JsonNode expected) {
        public String url() {
            return expected.path("url").isTextual() ? expected.get("url").asText() : html.toUri().toString();
        }

        public String body() {
            return expected.get("body").asText();
        }

        /** An expected metadata field, or {@code null} when the page does not state it. */
        public String meta(String field) {
            JsonNode v = expected.path("metadata").path(field);
            return v.isTextual() ? v.asText() : null;
        }

        /** Whether the fixture says anything about a metadata field ({@code null} included: must be absent). */
        public boolean specifies(String field) {
            return expected.path("metadata").has(field);
        }

        public byte[] bytes() {
            try {
                return Files.readAllBytes(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** fixtures/html/*.html and fixtures/cases/news-page.html. */
    public static List<Case> html() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve("html"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) cases.add(load(p));
        }
        cases.add(load(ROOT.resolve("cases/news-page.html")));
        return cases;
    }

    public static Case newsPage() throws IOException {
        return load(ROOT.resolve("cases/news-page.html"));
    }

    static Case load(Path html) throws IOException {
        String id = html.getFileName().toString().replaceAll("\\.html$", "");
        return new Case(id, html, JSON.readTree(html.resolveSibling(id + ".expected.json").toFile()));
    }

    /** White space collapsed, no-break spaces made spaces: the fixtures' comparison. */
    public static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
