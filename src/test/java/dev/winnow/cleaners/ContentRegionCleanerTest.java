package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Role;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class ContentRegionCleanerTest {
    private static CleanerRun html(String html) {
        return CleanerRun.html(html, new ContentRegionCleaner(Settings.empty()));
    }

    @Test
    void linkBlockOutsideTheArticleIsDropped() {
        CleanerRun r = html("""
                <div id="page"><div class="story">
                <p>The city council voted on Tuesday to approve the new budget, after a long debate that lasted well into the night.</p>
                <p>The mayor said the plan, which includes new parks, would be funded by savings elsewhere in the budget.</p>
                <p>Opposition members said they would keep fighting the cuts, which they called unfair.</p></div>
                <div class="links"><p><a href="/1">Weather</a> <a href="/2">Traffic</a> <a href="/3">Sports scores</a></p></div></div>""");
        assertEquals(Role.BOILERPLATE, r.role(3));
        assertTrue(r.labels.decision(r.block(3)).reason().startsWith("outside the main content div[story]"),
                r.labels.decision(r.block(3)).reason());
        assertFalse(r.dropped(0) || r.dropped(1) || r.dropped(2));
    }

    @Test
    void wellScoringSiblingContainerIsKept() {
        CleanerRun r = html("""
                <div><div class="story">
                <p>The city council voted on Tuesday to approve the new budget, after a long debate that lasted well into the night.</p>
                <p>The mayor said the plan, which includes new parks, would be funded by savings elsewhere in the budget.</p></div>
                <div class="more"><p>Opposition members said they would keep fighting the cuts, which they called unfair, and the deal, too.</p>
                <p>They plan to appeal, to protest, and to vote, again and again.</p></div>
                <div class="x"><p><a href="/a">Weather and traffic reports for today</a></p></div></div>""");
        assertFalse(r.dropped(0) || r.dropped(1) || r.dropped(2) || r.dropped(3));
        assertTrue(r.labels.decision(r.block(4)).reason().startsWith("outside the main content div[story]"),
                r.labels.decision(r.block(4)).reason());
    }

    @Test
    void siblingParagraphOfTheArticleIsKept() {
        CleanerRun r = html("""
                <div><div class="story">
                <p>The city council voted on Tuesday to approve the new budget, after a long debate that lasted well into the night.</p>
                <p>The mayor said the plan, which includes new parks, would be funded by savings elsewhere in the budget.</p></div>
                <p>Opposition members said they would keep fighting.</p></div>""");
        assertEquals("The city council voted on Tuesday to approve the new budget, after a long debate that lasted well into the night. | "
                + "The mayor said the plan, which includes new parks, would be funded by savings elsewhere in the budget. | "
                + "Opposition members said they would keep fighting.", r.kept());
    }

    @Test
    void singleParagraphPageIsKept() {
        CleanerRun r = html("<p>Only one paragraph, which has enough characters to be scored.</p>");
        assertEquals("Only one paragraph, which has enough characters to be scored.", r.kept());
    }

    @Test
    void pageWithoutScorableTextIsLeftAlone() {
        CleanerRun r = html("<div><p>Home</p></div><div><p>News</p></div>");
        assertEquals("Home | News", r.kept());
        assertEquals(0, r.labels.all().size());
    }

    @Test
    void textPagesAreLeftAlone() {
        CleanerRun r = CleanerRun.text("Menu\n\nThe city council voted on Tuesday to approve the new budget, after a long debate.\n",
                new ContentRegionCleaner(Settings.empty()));
        assertEquals(0, r.labels.all().size());
    }
}
