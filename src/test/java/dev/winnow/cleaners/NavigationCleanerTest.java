package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.Role;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class NavigationCleanerTest {
    private static CleanerRun text(String text) {
        return CleanerRun.text(text, new NavigationCleaner(Settings.empty()));
    }

    private static CleanerRun html(String html) {
        return CleanerRun.html(html, new NavigationCleaner(Settings.empty()));
    }

    @Test
    void skipLinkAndMenuRunAreDroppedInText() {
        CleanerRun r = text("""
                Skip to content

                News
                Sport
                Business
                Culture
                Weather

                The council voted on Tuesday to approve the new budget.
                """);
        for (int i = 0; i <= 5; i++) assertEquals(Role.NAVIGATION, r.role(i), "block " + i);
        assertEquals("The council voted on Tuesday to approve the new budget.", r.kept());
    }

    @Test
    void fourShortLinesAreNotAMenu() {
        CleanerRun r = text("""
                News
                Sport
                Business
                Culture
                """);
        assertEquals("News | Sport | Business | Culture", r.kept());
    }

    @Test
    void shortSentencesDoNotFormAMenu() {
        CleanerRun r = text("""
                He agreed.
                She refused.
                They left.
                It rained.
                We waited.
                """);
        assertEquals("He agreed. | She refused. | They left. | It rained. | We waited.", r.kept());
    }

    @Test
    void navigationWordInsideASentenceStays() {
        CleanerRun r = text("Home\n\nHome prices rose again this year.\n");
        assertEquals(Role.NAVIGATION, r.role(0));
        assertFalse(r.dropped(1));
    }

    @Test
    void htmlNavLinkOnlyListItemsAndLabels() {
        CleanerRun r = html("""
                <nav><a href="/">Front page</a></nav>
                <ul><li><a href="/a">World</a></li><li>Plain item text here</li></ul>
                <p>Search</p>
                <p>The council voted to approve the budget.</p>""");
        assertEquals(Role.NAVIGATION, r.role(0));
        assertEquals(Role.NAVIGATION, r.role(1));
        assertEquals(Role.NAVIGATION, r.role(3));
        assertEquals("Plain item text here | The council voted to approve the budget.", r.kept());
    }

    @Test
    void htmlDoesNotDropRunsOfShortBlocks() {
        CleanerRun r = html("<p>News</p><p>Sport</p><p>Business</p><p>Culture</p><p>Weather</p>");
        assertEquals("News | Sport | Business | Culture | Weather", r.kept());
    }
}
