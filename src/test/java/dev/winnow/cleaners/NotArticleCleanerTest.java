package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.CleanResult;
import dev.winnow.Metadata;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NotArticleCleanerTest {
    private static final NotArticleCleaner NOT_ARTICLE = new NotArticleCleaner(Settings.empty());
    private static final String BRIEF = "<p>The bridge on Route 9 will close for repairs from Monday to Friday next week, "
            + "the transport department said, and drivers should use the bypass.</p>";

    @Test
    void aShortNewsBriefIsStillAnArticle() {
        CleanerRun r = CleanerRun.html(BRIEF, NOT_ARTICLE);
        assertTrue(!r.dropped(0));
        double score = Double.parseDouble(r.evidence(Metadata.Field.ARTICLE_SCORE).get(0));
        assertTrue(score >= NotArticleCleaner.DEFAULT_THRESHOLD && score < 0.5, "score " + score);
    }

    @Test
    void aFullArticleScoresOne() {
        String p = "<p>" + "The committee heard evidence from residents, engineers and the council's own staff. ".repeat(8) + "</p>";
        CleanerRun r = CleanerRun.html(p.repeat(4), NOT_ARTICLE);
        assertEquals(List.of("1.00"), r.evidence(Metadata.Field.ARTICLE_SCORE));
    }

    @Test
    void linkTextAloneIsNotAnArticleAndTheReasonSaysWhy() {
        CleanerRun r = CleanerRun.html("<p><a href=/a>Sports</a> <a href=/b>Weather</a> <a href=/c>Opinion</a> "
                + "<a href=/d>Local</a></p>", NOT_ARTICLE);
        assertTrue(r.dropped(0));
        assertTrue(r.labels.decision(r.block(0)).reason().startsWith("not an article: score 0.00 < 0.20"),
                r.labels.decision(r.block(0)).reason());
    }

    @Test
    void anErrorHeadingInAnyOfFourLanguagesScoresZero() {
        for (String h : List.of("Page not found", "404 - Page Not Found", "Seite nicht gefunden", "Página no encontrada", "Page introuvable")) {
            CleanerRun r = CleanerRun.html("<h1>" + h + "</h1>" + BRIEF, NOT_ARTICLE);
            assertTrue(r.dropped(1), h);
            assertEquals(List.of("0.00"), r.evidence(Metadata.Field.ARTICLE_SCORE), h);
        }
    }

    @Test
    void anErrorPageIsFoundInTheTitleAndInTheFirstLinesOfText() {
        String brief = BRIEF.replace("<p>", "").replace("</p>", "");
        CleanResult titled = Winnow.news().cleanHtml("<html><head><title>404 - Page Not Found</title></head><body>" + BRIEF + "</body></html>");
        assertEquals(0.0, titled.metadata().articleScore());
        assertEquals("", titled.body());
        CleanResult text = Winnow.news().cleanText("Sorry, this page cannot be found\n\n" + brief);
        assertEquals(0.0, text.metadata().articleScore());
        assertEquals("", text.body());
        assertEquals(brief, Winnow.news().cleanText("A page that cannot be found\n\n" + brief).body());
    }

    @Test
    void anArticleAboutErrorsIsNotAnErrorPage() {
        CleanerRun r = CleanerRun.html("<h1>Why so many links end in 'page not found'</h1>" + BRIEF, NOT_ARTICLE);
        assertTrue(!r.dropped(1));
    }

    @Test
    void thresholdIsASetting() {
        Settings strict = Settings.of(Map.of("winnow.cleaner.not-article.threshold", "0.9"));
        assertTrue(CleanerRun.html(BRIEF, new NotArticleCleaner(strict)).dropped(0));
        assertThrows(WinnowException.class, () -> new NotArticleCleaner(Settings.of(Map.of("winnow.cleaner.not-article.threshold", "high"))));
    }

    @Test
    void theScoreReachesTheMetadata() {
        CleanResult r = Winnow.news().cleanHtml("<html><body>" + BRIEF + "</body></html>");
        assertTrue(r.metadata().articleScore() != null && r.metadata().articleScore() >= 0.2);
        assertEquals(null, Winnow.of(Settings.of(Map.of("winnow.cleaners", "prompts"))).cleanHtml(BRIEF).metadata().articleScore());
    }

    @Test
    void theScoreIsWrittenAsFormatWritesIt() {
        Random random = new Random(6);
        List<Double> scores = new ArrayList<>(List.of(0.0, 1.0, 0.125, 0.135, 0.145, 0.005, 0.995, 0.2, 0.7 + 0.1 + 0.2 * 0.025));
        for (int i = 0; i < 20_000; i++) scores.add(random.nextDouble());
        for (int k = 0; k < 100; k++) { // on the second decimal's rounding edge, and a step either side of it
            double edge = k / 100.0 + 0.005;
            scores.addAll(List.of(edge, Math.nextDown(edge), Math.nextUp(edge)));
        }
        for (int w = 0; w <= 300; w += 7) { // sums as the score makes them
            for (int p = 0; p <= 5; p++) scores.add(0.5 * Math.min(1, w / 250.0) + 0.3 * Math.min(1, p / 4.0) + 0.2 * (1 - Math.min(1, 2 * (w % 11) / 17.0)));
        }
        for (double x : scores) assertEquals(String.format(Locale.ROOT, "%.2f", x), NotArticleCleaner.twoDecimals(x), "score " + x);
    }
}
