package dev.winnow.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.winnow.CleanResult;
import dev.winnow.Page;
import dev.winnow.Removal;
import dev.winnow.Winnow;

/**
 * Coverage-guided fuzz tests of the HTML and text paths. In a plain {@code mvn test} they replay the inputs under
 * {@code src/test/resources/dev/winnow/fuzz/WinnowFuzzTestInputs/<method>/} (each crash found becomes one);
 * with {@code JAZZER_FUZZ=1} they fuzz (see the README for the commands).
 *
 * <p>Besides "no exception escapes", each run checks invariants of every result: the body is normalised
 * paragraphs, and every removal names a cleaner and a reason.
 */
class WinnowFuzzTest {
    private static final Winnow WINNOW = Winnow.news();

    @FuzzTest(maxDuration = "30s")
    void html(FuzzedDataProvider data) {
        // a charset hint comes from HTTP headers and WARC records: fuzz it too
        String charset = data.consumeBoolean() ? data.consumeString(40)
                : data.pickValue(new String[] {"", "utf-8", "iso-8859-1", "shift_jis", "utf-16", "bogus", "text/html; charset=windows-1252"});
        check(WINNOW.clean(Page.html(data.consumeRemainingAsBytes(), charset.isEmpty() ? null : charset, "https://example.com/a")));
    }

    @FuzzTest(maxDuration = "30s")
    void text(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 2);
        String hint = kind == 0 ? null : data.consumeString(30);
        CleanResult r = switch (kind) {
            case 0 -> WINNOW.clean(Page.text(data.consumeRemainingAsString(), null));
            case 1 -> WINNOW.clean(Page.text(data.consumeRemainingAsBytes(), hint, null));
            default -> WINNOW.clean(Page.detect(data.consumeRemainingAsBytes(), hint, null));
        };
        check(r);
    }

    private static void check(CleanResult r) {
        assertNotNull(r.body());
        assertNotNull(r.metadata());
        assertEquals(r.body().strip(), r.body(), "body is trimmed");
        assertFalse(r.body().contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
        assertFalse(r.body().contains("\u00A0"), "no no-break spaces");
        for (Removal x : r.removed()) {
            assertFalse(x.cleaner().isEmpty(), "every removal names its cleaner");
            assertFalse(x.reason().isEmpty(), "every removal gives a reason");
        }
        Double score = r.metadata().articleScore();
        assertTrue(score == null || (score >= 0 && score <= 1), "article score in [0, 1]: " + score);
    }
}
