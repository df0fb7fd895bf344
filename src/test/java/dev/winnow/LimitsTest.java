package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.chain.Cleaner;
import dev.winnow.chain.CleanerChain;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final String PARAGRAPH = "<p>The article text is long enough to be read as prose, with a comma, and a full stop.</p>";

    @Test
    void inputOverTheSizeLimitIsCutWithAWarning() {
        Winnow w = Winnow.news().withLimits(Limits.DEFAULT.withMaxInputBytes(1000));
        String html = "<html><body>" + PARAGRAPH.repeat(100) + "</body></html>";
        CleanResult r = w.clean(Page.html(html.getBytes(StandardCharsets.UTF_8), "utf-8", null));
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("cut to the limit of 1000 bytes")), r.warnings().toString());
        assertTrue(r.body().length() < 1000 && r.body().contains("The article text"), r.body());
        CleanResult s = w.clean(Page.text("é".repeat(2000), null));
        assertTrue(s.body().length() <= 500, "a string is cut by its UTF-8 size");
    }

    @Test
    void nodeLimitStopsSegmentationWithAWarning() {
        Winnow w = Winnow.news().withLimits(Limits.DEFAULT.withMaxNodes(200));
        CleanResult r = w.cleanHtml("<html><body>" + PARAGRAPH.repeat(1000) + "</body></html>");
        assertTrue(r.warnings().stream().anyMatch(s -> s.contains("node limit of 200")), r.warnings().toString());
        assertTrue(r.body().split("\n\n").length < 200);
    }

    @Test
    void depthLimitFlattensDeepTreesWithoutOverflow() {
        Winnow w = Winnow.news().withLimits(Limits.DEFAULT.withMaxDepth(64));
        String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH + "</body></html>";
        CleanResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> w.cleanHtml(html));
        assertTrue(r.body().contains("The article text"), r.body());
    }

    @Test
    void deadlineSkipsTheRemainingCleanersWithAWarning() {
        Cleaner slow = new Cleaner() {
            public String name() { return "slow"; }
            public String reason() { return "sleeps past the deadline"; }
            public void label(Segmentation page, Labels labels) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Winnow w = Winnow.of(CleanerChain.news().toBuilder().addAfter("navigation", slow).build())
                .withLimits(Limits.DEFAULT.withDeadline(Duration.ofMillis(1000)));
        Winnow.news().cleanHtml("<html><body>" + PARAGRAPH + "</body></html>"); // warm up: loading must not eat the deadline
        CleanResult r = w.cleanHtml("<html><body>" + PARAGRAPH + "</body></html>");
        assertTrue(r.warnings().stream().anyMatch(s -> s.startsWith("deadline passed: cleaners skipped: container-hints")),
                r.warnings().toString());
        assertEquals("The article text is long enough to be read as prose, with a comma, and a full stop.", r.body());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxNodes(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withDeadline(Duration.ZERO));
    }
}
