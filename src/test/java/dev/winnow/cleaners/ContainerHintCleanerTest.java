package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Role;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class ContainerHintCleanerTest {
    private static CleanerRun html(String html) {
        return CleanerRun.html(html, new ContainerHintCleaner(Settings.empty()));
    }

    @Test
    void shareAndCommentContainersAreDropped() {
        CleanerRun r = html("""
                <div class="article-body"><p>The council voted on Tuesday to approve the new budget after a long debate.</p>
                <p>The mayor welcomed the result and promised new parks.</p></div>
                <div class="share-bar"><p>Share on Facebook</p></div>
                <div id="comments"><p>Great article, thanks!</p></div>""");
        assertEquals(Role.BOILERPLATE, r.role(2));
        assertEquals(Role.BOILERPLATE, r.role(3));
        assertTrue(r.labels.decision(r.block(2)).reason().contains("share-bar"), r.labels.decision(r.block(2)).reason());
        assertEquals("The council voted on Tuesday to approve the new budget after a long debate. | "
                + "The mayor welcomed the result and promised new parks.", r.kept());
    }

    @Test
    void contentHintOverridesChromeHint() {
        CleanerRun r = html("""
                <div class="article-body"><p>The council voted on Tuesday to approve the new budget.</p></div>
                <div class="post-share"><p>Share on Facebook</p></div>""");
        assertEquals("The council voted on Tuesday to approve the new budget. | Share on Facebook", r.kept());
    }

    @Test
    void chromeContainerHoldingMostOfThePageIsKept() {
        CleanerRun r = html("""
                <div class="sidebar"><p>The council voted on Tuesday to approve the new budget after a long debate.</p></div>
                <p>Short.</p>""");
        assertEquals("The council voted on Tuesday to approve the new budget after a long debate. | Short.", r.kept());
    }

    @Test
    void articleTagIsNeverChrome() {
        CleanerRun r = html("""
                <article class="related"><p>The council voted on Tuesday to approve the new budget.</p></article>
                <div><p>The mayor welcomed the result and promised new parks for everyone.</p></div>""");
        assertEquals("The council voted on Tuesday to approve the new budget. | "
                + "The mayor welcomed the result and promised new parks for everyone.", r.kept());
    }

    @Test
    void textPagesAreLeftAlone() {
        CleanerRun r = CleanerRun.text("comments share sidebar\n", new ContainerHintCleaner(Settings.empty()));
        assertEquals("comments share sidebar", r.kept());
        assertEquals(0, r.labels.all().size());
    }
}
