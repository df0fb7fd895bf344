package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.CleanResult;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class TeaserCleanerTest {
    private static CleanerRun text(String text) {
        return CleanerRun.text(text, new TeaserCleaner(Settings.empty()));
    }

    private static CleanerRun html(String html) {
        return CleanerRun.html(html, new TeaserCleaner(Settings.empty()));
    }

    @Test
    void sentenceMentioningMostReadStays() {
        CleanerRun r = text("""
                The mayor said the most read story of the week was about the budget.

                Most read articles are usually about local politics, the editor said.
                """);
        assertEquals(2, r.size());
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
    }

    @Test
    void inlineReadMoreLineIsRemoved() {
        CleanerRun r = text("""
                The council voted on Tuesday to approve the budget.

                READ MORE: Mayor unveils plan for new parks

                The vote followed weeks of debate.
                """);
        assertTrue(r.dropped(1));
        assertEquals(Role.TEASER, r.role(1));
        assertEquals("The council voted on Tuesday to approve the budget. | The vote followed weeks of debate.", r.kept());
    }

    @Test
    void readMoreInsideASentenceStays() {
        CleanerRun r = text("Readers who want to read more about the budget can visit city hall.\n");
        assertFalse(r.dropped(0));
    }

    @Test
    void textHeadingDropsItsItemsUntilBodyResumes() {
        CleanerRun r = text("""
                Most Read

                First headline here

                Second headline here

                The council will meet again next month to review the budget and discuss the new proposals that residents and local businesses sent in about the parks.
                """);
        assertEquals(Role.TEASER, r.role(0));
        assertEquals(Role.TEASER, r.role(1));
        assertEquals(Role.TEASER, r.role(2));
        assertFalse(r.dropped(3));
    }

    @Test
    void germanMehrZumThemaHeadingWithLinkItemsIsRemoved() {
        CleanerRun r = html("""
                <article><p>Die Regierung hat am Dienstag einen neuen Haushalt beschlossen.</p>
                <div class="box"><h3>Mehr zum Thema</h3><ul>
                <li><a href="/a">Haushalt: Was sich ändert</a></li>
                <li><a href="/b">Opposition kritisiert Pläne</a></li></ul></div>
                <p>Der Bundestag stimmt nächste Woche ab.</p></article>""");
        assertEquals("Die Regierung hat am Dienstag einen neuen Haushalt beschlossen. | Der Bundestag stimmt nächste Woche ab.", r.kept());
        assertEquals(Role.TEASER, r.role(1));
        assertEquals(Role.TEASER, r.role(3));
    }

    @Test
    void htmlItemsStopAtTheEndOfTheHeadingsSection() {
        CleanerRun r = html("""
                <div class="related"><h2>Related stories</h2><p><a href="/a">Council approves budget</a></p></div>
                <p>Short body line.</p>""");
        assertTrue(r.dropped(0));
        assertTrue(r.dropped(1));
        assertFalse(r.dropped(2));
    }

    @Test
    void previousNextLabelDropsTheFollowingHeadline() {
        CleanerRun r = text("""
                The council voted on Tuesday to approve the budget.

                Next story

                Mayor unveils plan for new parks
                """);
        assertFalse(r.dropped(0));
        assertEquals(Role.TEASER, r.role(1));
        assertEquals(Role.TEASER, r.role(2));
    }

    @Test
    void facadeKeepsMostReadSentenceAndDropsReadMore() {
        CleanResult r = Winnow.news().cleanText("""
                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.

                READ MORE: Mayor unveils plan for new parks

                The mayor said the most read story of the week was about the budget, and she welcomed the interest from residents.
                """);
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.\n\n"
                + "The mayor said the most read story of the week was about the budget, and she welcomed the interest from residents.",
                r.body());
    }

    @Test
    void hyphenatedFirstWordIsNotATeaserLabel() {
        CleanerRun r = text("""
                Related-party transactions rose sharply last year, the filing shows.

                More-or-less everyone agreed with the plan.
                """);
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
    }

    @Test
    void wordsThatStartWithPreviousOrNextAreNotStoryLinks() {
        String body = "Next-generation batteries could double the range of electric cars, researchers said on Monday.\n\n"
                + "Previously unreleased figures show the plant ran at half capacity last year.\n\n"
                + "Next story\n\nHeadline of another story\n";
        CleanerRun r = CleanerRun.text(body, new TeaserCleaner(dev.winnow.chain.Settings.empty()));
        org.junit.jupiter.api.Assertions.assertFalse(r.dropped(0));
        org.junit.jupiter.api.Assertions.assertFalse(r.dropped(1));
        org.junit.jupiter.api.Assertions.assertTrue(r.dropped(2) && r.dropped(3));
    }
}
