package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.CleanResult;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptCleanerTest {
    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new PromptCleaner(Settings.empty()));
    }

    @Test
    void removesSocialNewsletterCookieAndAdvertisementLines() {
        CleanerRun r = run("""
                Like us on Facebook

                Subscribe to our newsletter for the latest news.

                We use cookies to improve your experience. Accept all cookies

                Advertisement

                The council approved the plan after a long debate on Tuesday.
                """);
        assertEquals(Role.PROMPT, r.role(0));
        assertEquals(Role.PROMPT, r.role(1));
        assertEquals(Role.PROMPT, r.role(2));
        assertEquals(Role.ADVERTISEMENT, r.role(3));
        assertEquals("The council approved the plan after a long debate on Tuesday.", r.kept());
    }

    @Test
    void removesCommentAndShareLines() {
        CleanerRun r = run("""
                Comments

                Share this article

                Leave a comment
                """);
        assertEquals("", r.kept());
    }

    @Test
    void removesGermanAndFrenchPrompts() {
        CleanerRun r = run("""
                Folgen Sie uns auf Instagram

                Anzeige

                Suivez-nous sur Twitter
                """);
        assertEquals(Role.PROMPT, r.role(0));
        assertEquals(Role.ADVERTISEMENT, r.role(1));
        assertEquals(Role.PROMPT, r.role(2));
    }

    @Test
    void keepsBodySentencesAboutSocialMediaAndAds() {
        CleanerRun r = run("""
                More than a million people follow the mayor on Facebook and Twitter.

                The advertisement campaign cost the city two million dollars.
                """);
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertNull(r.role(1));
    }

    @Test
    void longBlockIsNotAPrompt() {
        String prose = "The mayor told reporters that residents who want to subscribe to our newsletter, as she put it, "
                + "would get updates on the parks plan, the budget, the road repairs and every other project the council "
                + "approved this year and next, including the new library and the swimming pool on Main Street.";
        assertFalse(run(prose).dropped(0));
    }

    @Test
    void htmlAdvertisementMarker() {
        CleanerRun r = CleanerRun.html("<p>The council met.</p><div class=\"slot\">Advertisement</div><p>Story continues below advertisement</p>",
                new PromptCleaner(Settings.empty()));
        assertFalse(r.dropped(0));
        assertEquals(Role.ADVERTISEMENT, r.role(1));
        assertEquals(Role.ADVERTISEMENT, r.role(2));
    }

    @Test
    void settingReplacesASection() {
        Settings s = Settings.of(Map.of("winnow.cleaner.prompts.advertisement", "^promo$"));
        CleanerRun r = CleanerRun.text("Advertisement\n\nPromo\n", new PromptCleaner(s));
        assertFalse(r.dropped(0));
        assertEquals(Role.ADVERTISEMENT, r.role(1));
    }

    @Test
    void blankOrBrokenSettingIsRejected() {
        WinnowException blank = assertThrows(WinnowException.class,
                () -> new PromptCleaner(Settings.of(Map.of("winnow.cleaner.prompts.prompt", " "))));
        assertTrue(blank.getMessage().contains("winnow.cleaner.prompts.prompt"), blank.getMessage());
        WinnowException bad = assertThrows(WinnowException.class,
                () -> new PromptCleaner(Settings.of(Map.of("winnow.cleaner.prompts.prompt", "(unclosed"))));
        assertTrue(bad.getMessage().contains("winnow.cleaner.prompts.prompt"), bad.getMessage());
    }

    @Test
    void facadeDropsPromptsAroundTheBody() {
        CleanResult r = Winnow.news().cleanText("""
                Like us on Facebook

                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.

                Advertisement

                The mayor said the plan includes new parks and would be funded by savings elsewhere in the budget.

                Subscribe to our newsletter
                """);
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.\n\n"
                + "The mayor said the plan includes new parks and would be funded by savings elsewhere in the budget.", r.body());
        assertEquals("prompts", r.removed().get(0).cleaner());
        assertEquals(Role.PROMPT, r.removed().get(0).role());
    }
}
