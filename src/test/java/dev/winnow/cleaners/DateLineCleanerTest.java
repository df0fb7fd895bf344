package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.winnow.CleanResult;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLineCleanerTest {
    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new DateLineCleaner(Settings.empty()));
    }

    @Test
    void postedLineIsDroppedAndGivesTheDate() {
        CleanerRun r = run("Posted: Mar 4, 2024\n");
        assertEquals(Role.DATE, r.role(0));
        assertEquals(List.of("2024-03-04"), r.evidence(Field.DATE));
    }

    @Test
    void publishedOnDayFirstSlashedDate() {
        CleanerRun r = run("Published on 14/08/2023\n");
        assertEquals(Role.DATE, r.role(0));
        assertEquals(List.of("2023-08-14"), r.evidence(Field.DATE));
    }

    @Test
    void ambiguousSlashedDateGivesNothing() {
        CleanerRun r = run("03/04/2024\n\nPublished 03/04/2024\n");
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertEquals(List.of(), r.evidence(Field.DATE));
    }

    @Test
    void dateOnlyLineWithTimeIsDropped() {
        CleanerRun r = run("2024-03-05 10:30 UTC\n\nVeröffentlicht am 7. Januar 2020, 10:30 Uhr\n");
        assertEquals(Role.DATE, r.role(0));
        assertEquals(Role.DATE, r.role(1));
        assertEquals(List.of("2024-03-05", "2020-01-07"), r.evidence(Field.DATE));
    }

    @Test
    void labelledDateGluedToProseIsTrimmed() {
        CleanerRun r = run("Published 2024-03-05 10:30 UTC The council voted on Tuesday to approve the new budget.\n");
        assertFalse(r.dropped(0));
        assertEquals("The council voted on Tuesday to approve the new budget.", r.visible(0));
        assertEquals(List.of("2024-03-05"), r.evidence(Field.DATE));
    }

    @Test
    void sentenceOpeningWithADateStays() {
        CleanerRun r = run("March 4, 2024 was a turning point for the city council and its members.\n");
        assertFalse(r.dropped(0));
        assertEquals("March 4, 2024 was a turning point for the city council and its members.", r.visible(0));
        assertEquals(List.of(), r.evidence(Field.DATE));
    }

    @Test
    void labelWithoutADateStays() {
        CleanerRun r = run("Updated: 2 hours ago\n");
        assertFalse(r.dropped(0));
        assertNull(r.role(0));
    }

    @Test
    void facadeTakesTheDateFromADateLine() {
        CleanResult r = Winnow.news().cleanText("""
                Posted: Mar 4, 2024

                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.
                """);
        assertEquals(LocalDate.of(2024, 3, 4), r.metadata().date());
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.", r.body());
    }

    @Test
    void facadeLeavesAmbiguousDateUnset() {
        CleanResult r = Winnow.news().cleanText("""
                03/04/2024

                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.
                """);
        assertNull(r.metadata().date());
    }
}
