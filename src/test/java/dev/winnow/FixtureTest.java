package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.output.JsonRecords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: every {@code fixtures/<set>/<id>.expected.json} names its input next to it and gives the
 * expected body (exact after white-space normalisation), metadata ({@code null} = must be absent), phrases the
 * body must keep and must not contain; every removed phrase must appear in the explanation.
 * {@code -Dwinnow.fixtures.write=true} writes {@code <id>.actual.json} beside each case for a person to diff.
 */
class FixtureTest {
    /** The number of cases checked in; the suite fails if fewer are found (an emptied folder cannot pass). */
    private static final int KNOWN_CASES = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Winnow WINNOW = Winnow.news();

    static Path fixtures() {
        return Path.of(System.getProperty("winnow.fixtures", "fixtures"));
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.walk(fixtures())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> goldenCases() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= KNOWN_CASES, "expected at least " + KNOWN_CASES + " fixtures, found " + cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path expected : cases) {
            String name = fixtures().relativize(expected).toString().replace(".expected.json", "");
            tests.add(DynamicTest.dynamicTest(name, () -> check(expected)));
        }
        return tests;
    }

    private static void check(Path expectedFile) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        Path input = expectedFile.resolveSibling(expected.get("input").asText());
        byte[] bytes = Files.readAllBytes(input);
        String url = expected.path("url").isTextual() ? expected.get("url").asText() : null;
        Page page = input.toString().endsWith(".txt") ? Page.text(bytes, "UTF-8", url) : Page.html(bytes, null, url);
        CleanResult result = WINNOW.clean(page);
        if (Boolean.getBoolean("winnow.fixtures.write")) writeActual(expectedFile, result);

        if (expected.has("body")) assertBody(expected.get("body").asText(), result.body());
        ObjectNode metadata = JsonRecords.metadata(result.metadata());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("metadata").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode actual = metadata.path(field.getKey());
            if (field.getValue().isNull()) {
                assertTrue(actual.isNull() || actual.isMissingNode(), "metadata." + field.getKey() + " must be absent, was " + actual);
            } else {
                assertEquals(field.getValue(), actual, "metadata." + field.getKey());
            }
        }
        String body = normalise(result.body());
        for (JsonNode keep : expected.path("mustKeep")) {
            assertTrue(body.contains(normalise(keep.asText())), "body lost: " + keep.asText());
        }
        for (JsonNode remove : expected.path("mustRemove")) {
            String phrase = normalise(remove.asText());
            assertFalse(body.contains(phrase), "body still has: " + remove.asText());
            assertTrue(result.removed().stream().anyMatch(r -> normalise(r.text()).contains(phrase)),
                    "no explanation entry covers: " + remove.asText());
        }
    }

    /** Equal after white-space normalisation; a failure names the first differing paragraph. */
    private static void assertBody(String expected, String actual) {
        if (normalise(expected).equals(normalise(actual))) return;
        String[] e = expected.strip().split("\\n\\s*\\n"), a = actual.strip().split("\\n\\s*\\n");
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? normalise(e[i]) : "<none>", y = i < a.length ? normalise(a[i]) : "<none>";
            if (!x.equals(y)) fail("body differs at paragraph " + (i + 1) + "\nexpected: " + x + "\nactual:   " + y);
        }
        assertEquals(normalise(expected), normalise(actual));
    }

    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void writeActual(Path expectedFile, CleanResult result) throws IOException {
        String name = expectedFile.getFileName().toString().replace(".expected.json", ".actual.json");
        ObjectNode actual = JsonRecords.result(name.replace(".actual.json", ""), null, null, result, true);
        JSON.writerWithDefaultPrettyPrinter().writeValue(expectedFile.resolveSibling(name).toFile(), actual);
    }
}
