package dev.winnow.boilerpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Role;
import dev.winnow.chain.Settings;
import dev.winnow.cleaners.CleanerRun;
import org.junit.jupiter.api.Test;

class BoilerpipeClassifierCleanerTest {
    private static final String ARTICLE = """
            <div id="page"><div class="story">
            <p>The city council voted on Tuesday to approve the new budget, after a long debate that lasted well into the night.</p>
            <p>The mayor said the plan, which includes new parks, would be funded by savings elsewhere in the budget.</p>
            <p>Opposition members said they would keep fighting the cuts, which they called unfair.</p></div>
            <div class="links"><p><a href="/1">Weather</a> <a href="/2">Traffic</a> <a href="/3">Sports scores</a></p></div></div>""";

    @Test
    void linkBlockAfterTheArticleIsBoilerplate() {
        CleanerRun r = CleanerRun.html(ARTICLE, new BoilerpipeClassifierCleaner(Settings.empty()));
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertFalse(r.dropped(2));
        assertEquals(Role.BOILERPLATE, r.role(3));
        assertEquals("boilerpipe: not article content (words 4, linkDensity 1.00)", r.labels.decision(r.block(3)).reason());
    }

    @Test
    void alreadyDroppedBlocksAreNotRelabelled() {
        CleanerRun r = CleanerRun.html("<nav><a href=/>Home</a></nav>" + ARTICLE,
                new dev.winnow.cleaners.NavigationCleaner(Settings.empty()), new BoilerpipeClassifierCleaner(Settings.empty()));
        assertEquals(Role.NAVIGATION, r.role(0));
        assertTrue(r.dropped(4));
    }

    @Test
    void textPagesAreLeftAlone() {
        CleanerRun r = CleanerRun.text("Hello world here.\n\nAnother line.\n", new BoilerpipeClassifierCleaner(Settings.empty()));
        assertEquals(0, r.labels.all().size());
    }
}
