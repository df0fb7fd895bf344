package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.CleanResult;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Label;
import dev.winnow.chain.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinePrefixCleanerTest {
    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new DatelinePrefixCleaner(Settings.empty()));
    }

    @Test
    void apDatelineIsTrimmed() {
        CleanerRun r = run("WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday night.\n");
        assertFalse(r.dropped(0));
        assertEquals("The Senate passed the spending bill late on Tuesday night.", r.visible(0));
        assertEquals(List.of("WASHINGTON"), r.evidence(Field.DATELINE));
        assertEquals(List.of("The Associated Press"), r.evidence(Field.WIRE_SOURCE));
        Label trim = r.labels.all().get(0);
        assertEquals(Label.Action.TRIM_START, trim.action());
        assertEquals(Role.DATELINE, trim.role());
    }

    @Test
    void reutersDatelineWithDate() {
        CleanerRun r = run("LONDON, March 5 (Reuters) - Britain's economy grew faster than expected in the fourth quarter.\n");
        assertEquals("Britain's economy grew faster than expected in the fourth quarter.", r.visible(0));
        assertEquals(List.of("LONDON"), r.evidence(Field.DATELINE));
        assertEquals(List.of("Reuters"), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void placeWithCountryAndDash() {
        CleanerRun r = run("KYIV, Ukraine — Russian forces launched a wave of drones overnight, officials said.\n");
        assertEquals("Russian forces launched a wave of drones overnight, officials said.", r.visible(0));
        assertEquals(List.of("KYIV"), r.evidence(Field.DATELINE));
        assertEquals(List.of(), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void siteNameGluedToPlace() {
        CleanerRun r = run("Iran PressAmerica: The United States announced new sanctions on Tuesday against several firms.\n");
        assertEquals("The United States announced new sanctions on Tuesday against several firms.", r.visible(0));
        assertEquals(List.of("America"), r.evidence(Field.DATELINE));
        assertEquals(List.of("Iran Press"), r.evidence(Field.SITE_NAME));
    }

    @Test
    void parenthesisThatIsNotAnAgencyIsLeftAlone() {
        String text = "WASHINGTON (Mr Smith) — The senator said he would vote against the bill next week.";
        CleanerRun r = run(text + "\n");
        assertEquals(text, r.visible(0));
        assertEquals(List.of(), r.labels.evidence());
    }

    @Test
    void shortParagraphAndOrdinaryProseAreLeftAlone() {
        CleanerRun r = run("""
                WASHINGTON (AP) — Short.

                The Senate passed the spending bill late on Tuesday night after a long debate.
                """);
        assertEquals("WASHINGTON (AP) — Short.", r.visible(0));
        assertEquals("The Senate passed the spending bill late on Tuesday night after a long debate.", r.visible(1));
        assertEquals(List.of(), r.labels.all());
    }

    @Test
    void onlyOpeningParagraphsAreLookedAt() {
        CleanerRun r = run("""
                The Senate passed the spending bill late on Tuesday night after a long debate.
                The House is expected to take up the measure later this week, aides said.
                The president has said he will sign the bill as soon as it reaches his desk.
                BERLIN — The German government agreed on a new budget after weeks of talks.
                """);
        assertEquals("BERLIN — The German government agreed on a new budget after weeks of talks.", r.visible(3));
    }

    @Test
    void facadeFillsDatelineAndWireSource() {
        CleanResult r = Winnow.news().cleanText("""
                WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday night after a long and bitter debate.

                The House is expected to take up the measure later this week, according to aides familiar with the plans.
                """);
        assertEquals("WASHINGTON", r.metadata().dateline());
        assertEquals("The Associated Press", r.metadata().wireSource());
        assertEquals("The Senate passed the spending bill late on Tuesday night after a long and bitter debate.\n\n"
                + "The House is expected to take up the measure later this week, according to aides familiar with the plans.", r.body());
        assertEquals("WASHINGTON (AP) —", r.removed().get(0).text());
    }
}
