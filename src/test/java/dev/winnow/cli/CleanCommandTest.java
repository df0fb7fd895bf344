package dev.winnow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CleanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Headline of the story\n\n"
            + "The first paragraph of the story is long enough to read as prose, with a full sentence in it.\n\n"
            + "The second paragraph adds more detail, as a real article would, and ends with a period.\n\n"
            + "Like us on Facebook\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<JsonNode> records() throws IOException {
            List<JsonNode> list = new ArrayList<>();
            for (String line : out.split("\n")) if (!line.isBlank()) list.add(JSON.readTree(line));
            return list;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void oneFileGivesOnePrettyJsonRecord() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), ARTICLE);
        Run r = run("clean", f.toString());
        assertEquals(0, r.exit);
        JsonNode record = JSON.readTree(r.out);
        assertEquals("story", record.get("id").asText());
        assertEquals("Headline of the story", record.at("/metadata/title").asText());
        assertTrue(record.get("body").asText().startsWith("The first paragraph"));
        assertTrue(record.get("error").isNull());
        assertTrue(!record.has("removed"), "removed only with --explain");
    }

    @Test
    void directoryIsSearchedRecursivelyIncludingGzipAndGivesJsonl() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), ARTICLE);
        Files.writeString(dir.resolve("a/b/two.html"), "<html><body><p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p></body></html>");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a/b/three.txt.gz")))) {
            gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("a/ignored.csv"), "x,y");
        Run r = run("clean", "--explain", dir.toString());
        assertEquals(0, r.exit, r.err);
        List<JsonNode> records = r.records();
        // sorted by path: a/b/three.txt.gz, a/b/two.html, a/one.txt
        assertEquals(List.of("three", "two", "one"), records.stream().map(n -> n.get("id").asText()).toList());
        for (JsonNode n : records) {
            assertTrue(n.get("body").asText().contains("The second paragraph adds more detail"), n.toString());
            assertTrue(n.get("removed").toString().contains("Like us on Facebook"), n.toString());
        }
    }

    @Test
    void unreadableInputGetsAnErrorRecordAndTheRunGoesOnAndExitsNonZero() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Path missing = dir.resolve("missing.html");
        Path corrupt = Files.write(dir.resolve("corrupt.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Run r = run("clean", "--output", "jsonl", missing.toString(), corrupt.toString(), good.toString());
        assertEquals(1, r.exit);
        List<JsonNode> records = r.records();
        assertEquals(3, records.size());
        assertTrue(records.get(0).get("error").asText().contains("missing.html"));
        assertTrue(records.get(1).get("error").asText().contains("corrupt.txt.gz"));
        assertTrue(records.get(2).get("error").isNull());
        assertTrue(r.err.contains("2 of 3 inputs failed"), r.err);
    }

    @Test
    void standardInputIsDetectedAsHtmlOrText() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("<!DOCTYPE html><html><body><h1>Headline of the story</h1><p>"
                    + "The first paragraph of the story is long enough to read as prose, with a full sentence in it."
                    + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
            Run r = run("clean", "--output", "jsonl", "-");
            assertEquals(0, r.exit, r.err);
            JsonNode n = r.records().get(0);
            assertEquals("stdin", n.get("id").asText());
            assertEquals("Headline of the story", n.at("/metadata/title").asText());
            assertTrue(n.get("body").asText().startsWith("The first paragraph"));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void textOutputWithExplainListsRemovals() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), ARTICLE);
        Run r = run("clean", "--output", "text", "--explain", f.toString());
        assertEquals(0, r.exit);
        assertTrue(r.out.startsWith("The first paragraph"));
        assertTrue(r.out.contains("DROP  #3    prompts"), r.out);
    }

    @Test
    void unknownCleanerIsAUsageErrorNamingIt() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), ARTICLE);
        Run r = run("clean", "--cleaners", "prompts,no-such-cleaner", f.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("no-such-cleaner"), r.err);
    }

    @Test
    void configFileChoosesTheChain() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), ARTICLE);
        Path config = Files.writeString(dir.resolve("w.properties"), "winnow.cleaners = headline\n");
        Run r = run("clean", "--config", config.toString(), f.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(JSON.readTree(r.out).get("body").asText().contains("Like us on Facebook"), "prompts cleaner not configured");
    }

    @Test
    void idDropsDirectoriesAndKnownExtensions() {
        assertEquals("000_x", Inputs.id("a/b/000_x.txt.gz"));
        assertEquals("page", Inputs.id("page.HTML"));
        assertEquals("notes.md", Inputs.id("notes.md"));
        assertEquals("stdin", Inputs.id("-"));
    }

}
