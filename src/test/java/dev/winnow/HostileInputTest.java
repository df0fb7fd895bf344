package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.chain.Settings;
import dev.winnow.cli.Main;
import dev.winnow.crawl.CrawlCleaner;
import dev.winnow.crawl.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.HTMLMetaTags;
import org.apache.nutch.parse.Outlink;
import org.apache.nutch.parse.ParseData;
import org.apache.nutch.parse.ParseImpl;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseStatus;
import org.apache.nutch.protocol.Content;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every hostile input (the files in {@code fixtures/hostile/} and three generated ones too large to keep) gives a
 * result or a clear error, through the library in every page mode, the crawler cleaner, the Nutch and StormCrawler
 * filters and the command line: never an exception escaping, a StackOverflowError, an OutOfMemoryError or a hang.
 * A crawler filter that gives up leaves the host's parse text as it was.
 */
class HostileInputTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60); // catches hangs, not slowness
    private static final Winnow WINNOW = Winnow.news();
    private static final CrawlCleaner CRAWL = CrawlCleaner.of(Settings.empty());
    private static final String URL = "https://hostile.example/page";
    private static final String HOST_TEXT = "the host's own parse text";

    private record Input(String name, byte[] bytes) {}

    static List<Input> corpus() throws IOException {
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(FixtureTest.fixtures().resolve("hostile"))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".html") || n.endsWith(".txt")) inputs.add(new Input(n, Files.readAllBytes(f)));
            }
        }
        assertTrue(inputs.size() >= 15, "hostile fixtures missing: " + inputs.size());
        String para = "<p>" + "word ".repeat(200) + "</p>\n";
        inputs.add(new Input("generated: 20 MB page", para.repeat(20 * 1024 * 1024 / para.length() + 1).getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input("generated: 100,000-deep nesting",
                ("<html><body>" + "<div>".repeat(100_000) + "<p>Text at the bottom.</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        inputs.add(new Input("generated: 1 MB line without spaces", ("<p>" + "a".repeat(1 << 20) + "</p>").getBytes(StandardCharsets.UTF_8)));
        return inputs;
    }

    @TestFactory
    List<DynamicTest> libraryGivesAResultInEveryMode() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Input in : corpus()) {
            tests.add(DynamicTest.dynamicTest(in.name(), () -> assertTimeoutPreemptively(GENEROUS, () -> {
                for (Page p : List.of(Page.html(in.bytes(), null, URL), Page.text(in.bytes(), null, URL), Page.detect(in.bytes(), "utf-8", URL))) {
                    CleanResult r = WINNOW.clean(p);
                    assertNotNull(r.body());
                    assertFalse(r.body().contains("\u0000"), "NUL bytes never reach the body");
                    assertEquals(r.body().strip(), r.body());
                }
            })));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> crawlerFiltersSurviveAndLeaveTheHostsParseWhenTheyGiveUp() throws IOException {
        org.apache.nutch.parse.HtmlParseFilter nutch = new dev.winnow.nutch.WinnowParseFilter();
        nutch.setConf(new Configuration(false));
        dev.winnow.stormcrawler.WinnowJSoupFilter storm = new dev.winnow.stormcrawler.WinnowJSoupFilter();
        storm.configure(Map.of(), new ObjectMapper().createObjectNode());
        List<DynamicTest> tests = new ArrayList<>();
        for (Input in : corpus()) {
            tests.add(DynamicTest.dynamicTest(in.name(), () -> assertTimeoutPreemptively(GENEROUS, () -> {
                Outcome o = CRAWL.cleanBytes(in.bytes(), "text/html", URL);
                assertTrue(o.ok() || !o.error().isBlank());

                ParseData data = new ParseData(ParseStatus.STATUS_SUCCESS, "t", new Outlink[0], new Metadata(), new Metadata());
                ParseResult pr = ParseResult.createParseResult(URL, new ParseImpl(HOST_TEXT, data));
                Content content = new Content(URL, URL, in.bytes(), "text/html", new Metadata(), new Configuration(false));
                String text = nutch.filter(content, pr, new HTMLMetaTags(), null).get(URL).getText();
                String error = data.getParseMeta().get("winnow.error");
                assertTrue(error == null ? !text.equals(HOST_TEXT) : text.equals(HOST_TEXT), "nutch: " + error);

                com.digitalpebble.stormcrawler.parse.ParseResult sp = new com.digitalpebble.stormcrawler.parse.ParseResult();
                sp.get(URL).setText(HOST_TEXT);
                storm.filter(URL, in.bytes(), Jsoup.parse(new String(in.bytes(), StandardCharsets.UTF_8)), sp);
                String stormError = sp.get(URL).getMetadata().getFirstValue("winnow.error");
                assertTrue(stormError == null || sp.get(URL).getText().equals(HOST_TEXT), "storm: " + stormError);
            })));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> theCommandLineWritesOneRecordPerInput(@TempDir Path dir) throws IOException {
        return List.of(DynamicTest.dynamicTest("all hostile files in one run", () -> assertTimeoutPreemptively(GENEROUS, () -> {
            List<Input> files = new ArrayList<>();
            for (Input in : corpus()) if (!in.name().startsWith("generated")) files.add(in);
            for (Input in : files) Files.write(dir.resolve(in.name()), in.bytes());
            StringWriter out = new StringWriter(), err = new StringWriter();
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("clean", "--output", "jsonl", "--progress", "none", dir.toString());
            assertTrue(exit == 0 || exit == 1, "exit " + exit + ": " + err);
            assertEquals(files.size(), out.toString().lines().filter(l -> !l.isBlank()).count(), err.toString());
        })));
    }
}
