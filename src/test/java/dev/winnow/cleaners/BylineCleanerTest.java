package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.winnow.CleanResult;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineCleanerTest {
    private static CleanerRun text(String text) {
        return CleanerRun.text(text, new BylineCleaner(Settings.empty()));
    }

    @Test
    void byLineWithAgencySplitsAuthorAndWireSource() {
        CleanerRun r = text("By Jane Doe, The Associated Press\n\nThe vote followed weeks of debate in the chamber.\n");
        assertEquals(Role.BYLINE, r.role(0));
        assertEquals(List.of("Jane Doe"), r.evidence(Field.BYLINE));
        assertEquals(List.of("The Associated Press"), r.evidence(Field.WIRE_SOURCE));
        assertFalse(r.dropped(1));
    }

    @Test
    void twoAuthors() {
        CleanerRun r = CleanerRun.html("<p>By Jane Doe and John Roe</p><p>The council voted on Tuesday to approve the new budget.</p>",
                new BylineCleaner(Settings.empty()));
        assertEquals(Role.BYLINE, r.role(0));
        assertEquals(List.of("Jane Doe and John Roe"), r.evidence(Field.BYLINE));
    }

    @Test
    void germanVonLine() {
        CleanerRun r = text("Von Max Muster\n\nDie Regierung hat am Dienstag einen neuen Haushalt beschlossen.\n");
        assertEquals(Role.BYLINE, r.role(0));
        assertEquals(List.of("Max Muster"), r.evidence(Field.BYLINE));
    }

    @Test
    void authorContainerHintMakesAPlainNameAByline() {
        CleanerRun r = CleanerRun.html("""
                <div class="author-name"><span>Jane Doe</span></div>
                <p>The council voted on Tuesday to approve the new budget after a long debate.</p>""",
                new BylineCleaner(Settings.empty()));
        assertEquals(Role.BYLINE, r.role(0));
        assertEquals(List.of("Jane Doe"), r.evidence(Field.BYLINE));
    }

    @Test
    void sentenceStartingWithFromOrByStays() {
        CleanerRun r = text("From Monday the roads will be closed for repairs.\n\nBy noon the rain had stopped.\n");
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertEquals(List.of(), r.labels.evidence());
    }

    @Test
    void bylineFarBelowTheTopIsIgnored() {
        CleanerRun r = text("""
                The council voted on Tuesday.
                The mayor welcomed the vote.
                Residents were pleased.
                The plan starts in May.
                By Jane Doe
                """);
        assertFalse(r.dropped(4));
    }

    @Test
    void facadeFillsByline() {
        CleanResult r = Winnow.news().cleanText("""
                By Jane Doe

                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.
                """);
        assertEquals("Jane Doe", r.metadata().byline());
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.", r.body());
    }

    @Test
    void shortOpeningParagraphStartingWithParIsNotAByline() {
        CleanerRun r = text("Parliament passed the new budget bill late on Tuesday night.\n\nThe vote followed weeks of debate.\n");
        assertFalse(r.dropped(0));
        assertNull(r.role(0));
    }
}
