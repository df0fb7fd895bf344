package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.chain.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedDeckCleanerTest {
    private static final String DECK = "The council approved a budget that includes new parks.";
    private static final String BODY = "The city council voted on Tuesday after a long debate that lasted hours.";

    private static CleanerRun run(String text) {
        return CleanerRun.text(text, new RepeatedDeckCleaner(Settings.empty()));
    }

    @Test
    void deckRepeatedLaterIsDroppedAndBecomesDescription() {
        CleanerRun r = run(DECK + "\n\n" + BODY + "\n\n" + DECK + "\n");
        assertEquals(Role.DECK, r.role(0));
        assertFalse(r.dropped(2));
        assertEquals(List.of(DECK), r.evidence(Field.DESCRIPTION));
    }

    @Test
    void repetitionIgnoresCaseAndPunctuation() {
        CleanerRun r = run(DECK + "\n\n" + BODY + "\n\nthe council approved a budget -- that includes new parks\n");
        assertEquals(Role.DECK, r.role(0));
    }

    @Test
    void deckThatIsNotRepeatedStays() {
        CleanerRun r = run(DECK + "\n\n" + BODY + "\n");
        assertEquals(List.of(), r.labels.all());
    }

    @Test
    void shortRepeatedLineIsNotADeck() {
        CleanerRun r = run("Council approves budget\n\n" + BODY + "\n\nCouncil approves budget\n");
        assertEquals(List.of(), r.labels.all());
    }

    @Test
    void repetitionInADroppedBlockDoesNotCount() {
        CleanerRun r = CleanerRun.text(DECK + "\n\n" + BODY + "\n\n" + DECK + "\n");
        r.labels.drop(r.block(2), Role.TEASER, "dropped by an earlier cleaner");
        r.then(new RepeatedDeckCleaner(Settings.empty()));
        assertFalse(r.dropped(0));
        assertEquals(List.of(), r.evidence(Field.DESCRIPTION));
    }
}
