package dev.winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensAreUnicodeWordRunsLikePythonsBackslashW() {
        assertEquals(List.of("Ça", "va", "snake_case", "x2", "東京"), ShingleMetric.tokens("Ça va? snake_case, x2 — 東京!"));
        assertEquals(List.of("end", "Next"), ShingleMetric.tokens("end.Next"));
    }

    @Test
    void identicalTextsScoreOneAndAreAccurate() {
        ShingleMetric.Counts c = ShingleMetric.score("one two three four five", "One two three four five".replace("One", "one"));
        assertEquals(new ShingleMetric.Counts(2, 0, 0, true), c);
        assertEquals(1.0, c.f1());
    }

    @Test
    void extraAndMissingShinglesCountAsFalsePositivesAndNegatives() {
        // gold: a b c d e -> {abcd, bcde}; prediction: a b c d x -> {abcd, bcdx}
        ShingleMetric.Counts c = ShingleMetric.score("a b c d e", "a b c d x");
        assertEquals(new ShingleMetric.Counts(1, 1, 1, false), c);
        assertEquals(0.5, c.precision());
        assertEquals(0.5, c.recall());
    }

    @Test
    void shortTextsGiveOneShorterShingleAndEmptyGivesNone() {
        assertEquals(new ShingleMetric.Counts(1, 0, 0, true), ShingleMetric.score("two words", "two words"));
        ShingleMetric.Counts empty = ShingleMetric.score("some gold text here", "");
        assertFalse(empty.predictionHasShingles());
        assertTrue(empty.goldHasShingles());
        assertEquals(0.0, empty.f1());
    }

    @Test
    void anEmptyPredictionLowersRecallOnlyInTheCorpusScore() {
        Score s = Score.of("x", Map.of("a", ShingleMetric.score("a b c d", "a b c d"), "b", ShingleMetric.score("e f g h", "")));
        assertEquals(1.0, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(0.5, s.accuracy());
    }
}
