package dev.winnow.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** WARC, WET and JSONL files built from the fixtures: one output record per input record, in input order. */
class BatchInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of(System.getProperty("winnow.fixtures", "fixtures"));
    private static List<String> htmls = new ArrayList<>();
    private static List<String> texts = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        htmls = read(FIXTURES.resolve("html"), ".html");
        texts = read(FIXTURES.resolve("cases"), ".txt");
        texts.addAll(read(FIXTURES.resolve("seeds"), ".txt"));
        assertTrue(htmls.size() >= 10 && texts.size() >= 5, htmls.size() + " html, " + texts.size() + " text fixtures");
    }

    private static List<String> read(Path d, String ext) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.filter(f -> f.toString().endsWith(ext)).sorted().toList()) out.add(Files.readString(p));
        }
        return out;
    }

    private record Run(int exit, List<JsonNode> records, String err) {}

    private static Run run(String... args) throws IOException {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.toString().split("\n")) if (!line.isBlank()) list.add(JSON.readTree(line));
        return new Run(exit, list, err.toString());
    }

    // --- WARC writing, by hand: the format is a header block, a blank line, Content-Length bytes, CRLF CRLF ---

    private static byte[] warcRecord(String type, String id, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static String uuid(int i) {
        return String.format("00000000-0000-0000-0000-%012d", i);
    }

    /** A WARC.gz (one gzip member per record, as crawlers write them) with every HTML fixture and some noise. */
    private Path warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(gzip(warcRecord("warcinfo", uuid(0), null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8))));
        for (int i = 0; i < htmls.size(); i++) {
            String uri = "https://example.com/story/" + i;
            out.writeBytes(gzip(warcRecord("request", uuid(1000 + i), uri, "application/http; msgtype=request",
                    ("GET /story/" + i + " HTTP/1.1\r\nHost: example.com\r\n\r\n").getBytes(StandardCharsets.UTF_8))));
            out.writeBytes(gzip(warcRecord("response", uuid(i + 1), uri, "application/http; msgtype=response",
                    http(200, "text/html; charset=utf-8", htmls.get(i).getBytes(StandardCharsets.UTF_8)))));
            if (i == 2) out.writeBytes(gzip(warcRecord("response", uuid(2000), "https://example.com/logo.png",
                    "application/http; msgtype=response", http(200, "image/png", new byte[] {1, 2, 3}))));
        }
        return Files.write(dir.resolve("crawl.warc.gz"), out.toByteArray());
    }

    private Path wet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(warcRecord("warcinfo", uuid(0), null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < texts.size(); i++) {
            out.writeBytes(warcRecord("conversion", uuid(i + 1), "https://example.com/text/" + i, "text/plain",
                    texts.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return Files.write(dir.resolve("crawl.warc.wet"), out.toByteArray());
    }

    private Path jsonl() throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String h : htmls) sb.append(line("h" + n++, "https://example.com/h", "html", h)).append('\n');
        sb.append('\n'); // a blank line is not a record
        for (String t : texts) sb.append(line("t" + n++, null, "text", t)).append('\n');
        return Files.writeString(dir.resolve("pages.jsonl"), sb);
    }

    private static String line(String id, String url, String field, String value) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (url != null) o.put("url", url);
        o.put(field, value);
        return o.toString();
    }

    @Test
    void warcWetAndJsonlGiveOneRecordPerInputRecordInOrder() throws IOException {
        Path warc = warc(), wet = wet(), jsonl = jsonl();
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> run("clean", "--threads", "3", warc.toString(), wet.toString(), jsonl.toString()));
        assertEquals(0, r.exit, r.err);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < htmls.size(); i++) expected.add("urn:uuid:" + uuid(i + 1));
        for (int i = 0; i < texts.size(); i++) expected.add("urn:uuid:" + uuid(i + 1));
        for (int i = 0; i < htmls.size() + texts.size(); i++) expected.add((i < htmls.size() ? "h" : "t") + i);
        assertEquals(expected, r.records.stream().map(n -> n.get("id").asText()).toList());
        for (JsonNode n : r.records) {
            assertTrue(n.get("error").isNull(), n.toString());
            assertTrue(!n.get("body").asText().isBlank(), n.toString());
        }
        assertEquals("https://example.com/story/0", r.records.get(0).get("url").asText());
        assertTrue(r.records.get(0).get("source").asText().matches(java.util.regex.Pattern.quote(warc + "@") + "[1-9][0-9]*"),
                "the first response follows the warcinfo and request records: " + r.records.get(0).get("source"));
        assertEquals("https://example.com/text/0", r.records.get(htmls.size()).get("url").asText());
    }

    @Test
    void aRecordWithABrokenPayloadFailsAloneAndOffsetsNameEachRecord() throws IOException {
        byte[] good = http(200, "text/html; charset=utf-8", htmls.get(0).getBytes(StandardCharsets.UTF_8));
        byte[] badGzip = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\n"
                + "not gzip at all").getBytes(StandardCharsets.UTF_8);
        byte[] r1 = warcRecord("response", uuid(1), "https://example.com/1", "application/http; msgtype=response", good);
        byte[] r2 = warcRecord("response", uuid(2), "https://example.com/2", "application/http; msgtype=response", badGzip);
        byte[] r3 = warcRecord("response", uuid(3), "https://example.com/3", "application/http; msgtype=response", good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(r1);
        out.writeBytes(r2);
        out.writeBytes(r3);
        Path warc = Files.write(dir.resolve("mixed.warc"), out.toByteArray());
        Run r = run("clean", "--threads", "2", warc.toString());
        assertEquals(1, r.exit, r.err);
        assertEquals(List.of("urn:uuid:" + uuid(1), "urn:uuid:" + uuid(2), "urn:uuid:" + uuid(3)),
                r.records.stream().map(n -> n.get("id").asText()).toList());
        assertEquals(warc + "@0", r.records.get(0).get("source").asText());
        assertEquals(warc + "@" + r1.length, r.records.get(1).get("source").asText());
        assertEquals(warc + "@" + (r1.length + r2.length), r.records.get(2).get("source").asText());
        assertTrue(r.records.get(0).get("error").isNull() && r.records.get(2).get("error").isNull(), r.records.toString());
        assertTrue(r.records.get(1).get("error").asText().contains("offset " + r1.length), r.records.get(1).toString());
    }

    @Test
    void theSameResultWhateverTheContainerAndThreads() throws IOException {
        Path jsonl = jsonl();
        Run one = run("clean", "--threads", "1", jsonl.toString());
        Run four = run("clean", "--threads", "4", jsonl.toString());
        assertEquals(one.records, four.records);
        Run file = run("clean", FIXTURES.resolve("html").toString());
        for (int i = 0; i < htmls.size(); i++) assertEquals(file.records.get(i).get("body"), one.records.get(i).get("body"));
    }

    @Test
    void jsonlCutMidRecordGivesAnErrorRecordForTheLastLine() throws IOException {
        String full = Files.readString(jsonl());
        String cut = full.substring(0, full.length() - 200);
        Path p = Files.writeString(dir.resolve("cut.jsonl"), cut);
        Run r = run("clean", p.toString());
        assertEquals(1, r.exit);
        long lines = cut.lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, r.records.size());
        JsonNode last = r.records.get(r.records.size() - 1);
        assertTrue(last.get("error").asText().contains("input ended inside line"), last.toString());
        assertTrue(last.get("error").asText().contains("cut.jsonl"), last.toString());
        assertTrue(r.err.contains("1 of " + lines + " inputs failed"), r.err);
    }

    @Test
    void malformedAndIncompleteJsonlLinesAreErrorRecordsNamingTheLine() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"Some text.\"}\nnot json\n{\"id\": \"c\"}\n"
                + "{\"id\": 7, \"html\": \"<p>Seven</p>\", \"extra\": {\"nested\": [1, 2]}}\n");
        Run r = run("clean", p.toString());
        assertEquals(1, r.exit);
        assertEquals(List.of("a", p + ":2", "c", "7"), r.records.stream().map(n -> n.get("id").asText()).toList());
        assertTrue(r.records.get(1).get("error").asText().contains("line 2"), r.records.get(1).toString());
        assertTrue(r.records.get(2).get("error").asText().contains("neither"), r.records.get(2).toString());
        assertTrue(r.records.get(3).get("error").isNull());
    }

    @Test
    void warcCutMidRecordGivesAnErrorRecordNamingIt() throws IOException {
        byte[] wet = Files.readAllBytes(wet());
        byte[] cut = Arrays.copyOf(wet, wet.length - 300);
        Path p = Files.write(dir.resolve("cut.wet"), cut);
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("clean", p.toString()));
        assertEquals(1, r.exit);
        assertEquals(texts.size(), r.records.size(), r.records.toString());
        JsonNode last = r.records.get(r.records.size() - 1);
        assertTrue(last.get("error").asText().contains("cut.wet"), last.toString());

        byte[] warc = Files.readAllBytes(warc());
        Path gz = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length - 500));
        Run g = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("clean", gz.toString()));
        assertEquals(1, g.exit);
        assertEquals(htmls.size(), g.records.size(), g.records.toString());
        assertTrue(g.records.get(g.records.size() - 1).get("error").asText().contains("cut.warc.gz"));
    }

    @Test
    void standardInputIsSniffedAsJsonl() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(Files.newInputStream(jsonl()));
            Run r = run("clean", "-");
            assertEquals(0, r.exit, r.err);
            assertEquals(htmls.size() + texts.size(), r.records.size());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aPageOverTheSizeLimitIsCutWithAWarning() throws IOException {
        Path p = Files.writeString(dir.resolve("big.html"), htmls.get(0));
        Run r = run("clean", "--output", "jsonl", "--max-input-bytes", "2000", p.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(r.records.get(0).get("warnings").toString().contains("cut to the limit of 2000 bytes"), r.records.get(0).toString());
    }
}
