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

class WireCreditCleanerTest {
    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new WireCreditCleaner(Settings.empty()));
    }

    @Test
    void apCopyrightNoticeIsDroppedAndGivesWireSource() {
        CleanerRun r = run("Copyright 2024 The Associated Press. All rights reserved. "
                + "This material may not be published, broadcast, rewritten or redistributed.\n");
        assertEquals(Role.WIRE_CREDIT, r.role(0));
        assertEquals(List.of("The Associated Press"), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void canadianPressFirstPublishedGivesAgencyAndDate() {
        CleanerRun r = run("This report by The Canadian Press was first published Feb. 2, 2021.\n");
        assertEquals(Role.WIRE_CREDIT, r.role(0));
        assertEquals(List.of("The Canadian Press"), r.evidence(Field.WIRE_SOURCE));
        assertEquals(List.of("2021-02-02"), r.evidence(Field.DATE));
    }

    @Test
    void agencyAloneOnALine() {
        CleanerRun r = run("The Canadian Press\n\n— AP\n\nSource: Reuters\n");
        assertEquals(Role.WIRE_CREDIT, r.role(0));
        assertEquals(Role.WIRE_CREDIT, r.role(1));
        assertEquals(Role.WIRE_CREDIT, r.role(2));
        assertEquals(List.of("The Canadian Press", "The Associated Press", "Reuters"), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void agencyLineWithBracketsAndTrailingPunctuation() {
        // the name runs to the first character a name cannot hold; what follows it must all be closing punctuation
        CleanerRun r = run("(AP)\n\nThe Canadian Press.\n\nAFP - )\n\n-- Reuters --\n\nAP, 2024\n\nReuters: Ottawa\n");
        for (int i = 0; i < 4; i++) assertEquals(Role.WIRE_CREDIT, r.role(i), "block " + i);
        assertFalse(r.dropped(4));
        assertFalse(r.dropped(5));
        assertEquals(List.of("The Associated Press", "The Canadian Press", "AFP", "Reuters"),
                r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void siteCopyrightAndReportingCreditsAreBoilerplateWithoutWireSource() {
        CleanerRun r = run("© 2024 Example News. All rights reserved.\n\nReporting by Jane Doe; Editing by John Roe\n");
        assertEquals(Role.BOILERPLATE, r.role(0));
        assertEquals(Role.BOILERPLATE, r.role(1));
        assertEquals(List.of(), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void withFilesFrom() {
        CleanerRun r = run("With files from The Associated Press\n");
        assertEquals(Role.WIRE_CREDIT, r.role(0));
        assertEquals(List.of("The Associated Press"), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void unknownNameOnALineAndAgencyInASentenceStay() {
        CleanerRun r = run("""
                Example Daily

                The Canadian Press reported that the vote was close.
                """);
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertEquals(List.of(), r.labels.evidence());
    }

    @Test
    void facadeReportsWireSourceAndDateFromAttribution() {
        CleanResult r = Winnow.news().cleanText("""
                The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.

                This report by The Canadian Press was first published Feb. 2, 2021.
                """);
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.", r.body());
        assertEquals("The Canadian Press", r.metadata().wireSource());
        assertEquals(LocalDate.of(2021, 2, 2), r.metadata().date());
    }

    @Test
    void facadeWithoutAttributionHasNoWireSource() {
        CleanResult r = Winnow.news().cleanText(
                "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.\n");
        assertNull(r.metadata().wireSource());
    }

    @Test
    void bodySentenceStartingWithReportingByStays() {
        CleanerRun r = run("Reporting by the local newspaper revealed that the mayor had misled the council.\n");
        assertFalse(r.dropped(0));
    }
}
