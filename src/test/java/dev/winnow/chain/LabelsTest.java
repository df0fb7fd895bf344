package dev.winnow.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.segment.TextSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private final List<Block> blocks = TextSegmenter.segment("Menu\n\nWASHINGTON (AP) — The vote passed. Read more\n\nEnd.");
    private final Labels labels = new Labels(blocks);

    @Test
    void lastDecisionWins() {
        Block b = blocks.get(0);
        labels.drop(b, Role.NAVIGATION, "menu");
        assertTrue(labels.isDropped(b));
        labels.keep(b, Role.BODY, "actually body");
        assertFalse(labels.isDropped(b));
        assertEquals(Role.BODY, labels.role(b));
        labels.drop(b, Role.BOILERPLATE, "again");
        assertTrue(labels.isDropped(b));
        assertEquals("again", labels.decision(b).reason());
        assertEquals(3, labels.all().size());
    }

    @Test
    void undecidedBlockHasNoRole() {
        assertNull(labels.role(blocks.get(2)));
        assertNull(labels.decision(blocks.get(2)));
        assertFalse(labels.isDropped(blocks.get(2)));
    }

    @Test
    void trimsNarrowTheVisibleTextAndSkipSpace() {
        Block b = blocks.get(1);
        labels.trimStart(b, "WASHINGTON (AP) —".length(), Role.DATELINE, "dateline");
        assertEquals("The vote passed. Read more", labels.visibleText(b));
        labels.trimEnd(b, "Read more".length(), Role.TEASER, "teaser");
        assertEquals("The vote passed.", labels.visibleText(b));
        assertEquals("WASHINGTON (AP) — The vote passed. Read more", b.text());
        assertEquals("WASHINGTON (AP) —", labels.all().get(0).removed());
        assertEquals("Read more", labels.all().get(1).removed());
        assertEquals(Label.Action.TRIM_END, labels.all().get(1).action());
        assertFalse(labels.isDropped(b));
    }

    @Test
    void trimOutOfRangeIsRejected() {
        Block b = blocks.get(2);
        assertThrows(IllegalArgumentException.class, () -> labels.trimStart(b, 0, Role.DATE, "x"));
        assertThrows(IllegalArgumentException.class, () -> labels.trimEnd(b, 5, Role.DATE, "x"));
        assertEquals(List.of(), labels.all());
    }

    @Test
    void firstKeptSkipsDroppedBlocks() {
        assertEquals(0, labels.firstKept());
        labels.drop(blocks.get(0), Role.NAVIGATION, "menu");
        assertEquals(1, labels.firstKept());
        labels.drop(blocks.get(1), Role.BOILERPLATE, "x");
        labels.drop(blocks.get(2), Role.BOILERPLATE, "x");
        assertEquals(-1, labels.firstKept());
    }

    @Test
    void evidenceIsStrippedAndBlankValuesIgnored() {
        labels.begin("test-cleaner");
        labels.evidence(Field.DATELINE, "  WASHINGTON ", blocks.get(1));
        labels.evidence(Field.BYLINE, "  ", blocks.get(1));
        labels.evidence(Field.TITLE, null, null);
        labels.evidence(Field.SITE_NAME, "Example", null);
        assertEquals(List.of(new Evidence(Field.DATELINE, "WASHINGTON", "test-cleaner", 1),
                new Evidence(Field.SITE_NAME, "Example", "test-cleaner", -1)), labels.evidence());
        assertThrows(NullPointerException.class, () -> labels.evidence(null, "x", null));
    }

    @Test
    void labelsRecordTheCurrentCleaner() {
        labels.begin("navigation");
        labels.drop(blocks.get(0), Role.NAVIGATION, "menu");
        assertEquals(new Label(0, "navigation", Label.Action.DROP, Role.NAVIGATION, "menu", ""), labels.all().get(0));
    }

    @Test
    void rollbackRestoresDecisionsTrimsAndEvidence() {
        labels.drop(blocks.get(0), Role.NAVIGATION, "menu");
        Labels.Mark mark = labels.mark();
        labels.keep(blocks.get(0), Role.BODY, "keep");
        labels.trimStart(blocks.get(1), 17, Role.DATELINE, "dateline");
        labels.evidence(Field.DATELINE, "WASHINGTON", blocks.get(1));
        labels.rollback(mark);
        assertTrue(labels.isDropped(blocks.get(0)));
        assertEquals(Role.NAVIGATION, labels.role(blocks.get(0)));
        assertEquals(blocks.get(1).text(), labels.visibleText(blocks.get(1)));
        assertEquals(1, labels.all().size());
        assertEquals(List.of(), labels.evidence());
    }
}
