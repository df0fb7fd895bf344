package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.CleanResult;
import dev.winnow.Metadata;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineCleanerTest {
    private static final String PROSE = "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.";

    @Test
    void firstH1IsTheHeadline() {
        CleanerRun r = CleanerRun.html("<h2>Section</h2><h1>Council approves budget</h1><h1>Second</h1><p>The council voted.</p>",
                new HeadlineCleaner(Settings.empty()));
        assertFalse(r.dropped(0));
        assertEquals(Role.TITLE, r.role(1));
        assertFalse(r.dropped(2));
        assertEquals(List.of("Council approves budget"), r.evidence(Field.TITLE));
    }

    @Test
    void headingMatchingTheDeclaredTitleWinsOverH1() {
        Metadata declared = new Metadata("Council approves budget | Example News", null, null, null, null, null, null, null,
                List.of(), List.of(), null);
        CleanerRun r = CleanerRun.html("<h1>Example News</h1><h2>Council approves budget</h2><p>The council voted.</p>",
                declared, new HeadlineCleaner(Settings.empty()));
        assertFalse(r.dropped(0));
        assertEquals(Role.TITLE, r.role(1));
    }

    @Test
    void noH1MeansNoHeadline() {
        CleanerRun r = CleanerRun.html("<h2>Section title</h2><p>The council voted.</p>", new HeadlineCleaner(Settings.empty()));
        assertEquals(List.of(), r.labels.all());
    }

    @Test
    void textHeadlineIsTheLineBeforeTheBody() {
        CleanerRun r = CleanerRun.text("Menu\n\nCouncil approves new budget\n\n" + PROSE + "\n",
                new TextRegionCleaner(Settings.empty()), new HeadlineCleaner(Settings.empty()));
        assertEquals(Role.BOILERPLATE, r.role(0));
        assertEquals(Role.TITLE, r.role(1));
        assertEquals(List.of("Council approves new budget"), r.evidence(Field.TITLE));
    }

    @Test
    void allCapsOrSentenceLineIsNotATextHeadline() {
        CleanerRun caps = CleanerRun.text("THE COUNCIL APPROVES BUDGET\n\n" + PROSE + "\n",
                new TextRegionCleaner(Settings.empty()), new HeadlineCleaner(Settings.empty()));
        assertEquals(Role.BOILERPLATE, caps.role(0));
        CleanerRun sentence = CleanerRun.text("The council met.\n\n" + PROSE + "\n",
                new TextRegionCleaner(Settings.empty()), new HeadlineCleaner(Settings.empty()));
        assertEquals(Role.BOILERPLATE, sentence.role(0));
        assertEquals(List.of(), sentence.evidence(Field.TITLE));
    }

    @Test
    void textWithNothingBeforeTheBodyHasNoHeadline() {
        CleanerRun r = CleanerRun.text(PROSE + "\n", new HeadlineCleaner(Settings.empty()));
        assertEquals(List.of(), r.labels.all());
    }

    @Test
    void facadeTitleFromTextAndHtml() {
        CleanResult text = Winnow.news().cleanText("Council approves new budget\n\n" + PROSE + "\n");
        assertEquals("Council approves new budget", text.metadata().title());
        assertEquals(PROSE, text.body());
        CleanResult html = Winnow.news().cleanHtml("<article><h1>Council approves new budget</h1><p>" + PROSE + "</p></article>");
        assertEquals("Council approves new budget", html.metadata().title());
        assertEquals(PROSE, html.body());
    }

    @Test
    void aMastheadDoesNotOverrideTheDeclaredTitle() {
        String html = "<html><head><meta property=\"og:title\" content=\"Council approves budget after all-night debate\"></head>"
                + "<body><header><h1>The Daily Planet</h1></header><p>The council approved the budget on Tuesday after a "
                + "debate that lasted all night, with several amendments on transport and housing.</p></body></html>";
        assertEquals("Council approves budget after all-night debate", dev.winnow.Winnow.news().cleanHtml(html).metadata().title());
    }
}
