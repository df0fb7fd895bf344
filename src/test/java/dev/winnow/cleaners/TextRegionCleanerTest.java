package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.CleanResult;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class TextRegionCleanerTest {
    private static final String P1 = "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.";
    private static final String P2 = "The mayor said the plan includes new parks and would be funded by savings elsewhere in the budget.";

    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new TextRegionCleaner(Settings.empty()));
    }

    @Test
    void shortSentenceBetweenProseStays() {
        CleanerRun r = run(P1 + "\n\nIt passed 5-2.\n\n" + P2 + "\n");
        assertEquals(P1 + " | It passed 5-2. | " + P2, r.kept());
    }

    @Test
    void chromeBeforeAndAfterTheProseIsDropped() {
        CleanerRun r = run("Home | News | Sport\n\n" + P1 + "\n\n" + P2 + "\n\nTerms of use\n\nPrivacy\n");
        assertEquals(Role.BOILERPLATE, r.role(0));
        assertEquals(P1 + " | " + P2, r.kept());
        assertEquals(Role.BOILERPLATE, r.role(3));
        assertEquals(Role.BOILERPLATE, r.role(4));
    }

    @Test
    void earlierDropSeparatesRegions() {
        CleanerRun r = CleanerRun.text(P1 + "\n\nAdvertisement\n\nOne. Two.\n",
                new PromptCleaner(Settings.empty()), new TextRegionCleaner(Settings.empty()));
        assertEquals(Role.ADVERTISEMENT, r.role(1));
        assertEquals(Role.BOILERPLATE, r.role(2));
        assertEquals(P1, r.kept());
    }

    @Test
    void pageWithoutProseIsLeftAlone() {
        CleanerRun r = run("Home\n\nNews\n");
        assertEquals("Home | News", r.kept());
    }

    @Test
    void htmlPagesAreLeftAlone() {
        CleanerRun r = CleanerRun.html("<p>Home</p><p>" + P1 + "</p><p>Terms</p>", new TextRegionCleaner(Settings.empty()));
        assertEquals("Home | " + P1 + " | Terms", r.kept());
    }

    @Test
    void facadeKeepsShortParagraphBetweenProse() {
        CleanResult r = Winnow.news().cleanText(P1 + "\n\nIt passed 5-2.\n\n" + P2 + "\n");
        assertEquals(P1 + "\n\nIt passed 5-2.\n\n" + P2, r.body());
    }

    @Test
    void inArticleMarkerDoesNotCostTheLede() {
        String lede = "The council approved the budget on Tuesday after a long debate.";
        CleanResult r = Winnow.news().cleanText(lede + "\n\nAdvertisement\n\n" + P1 + "\n\n" + P2 + "\n");
        assertEquals(lede + "\n\n" + P1 + "\n\n" + P2, r.body());
    }

    @Test
    void shortClosingSentenceStays() {
        CleanerRun r = run(P1 + "\n\n" + P2 + "\n\nIt passed 5-2.\n");
        assertFalse(r.dropped(2));
    }
}
