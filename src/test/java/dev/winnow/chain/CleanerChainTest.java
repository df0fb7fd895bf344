package dev.winnow.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Block;
import dev.winnow.CleanResult;
import dev.winnow.Metadata;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.segment.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class CleanerChainTest {
    private static final Segmentation PAGE = Segmentation.of(TextSegmenter.segment("First line.\n\nSecond line."), Metadata.EMPTY, null, false);

    /** A cleaner whose behaviour is a lambda. */
    private record Fake(String name, BiConsumer<Segmentation, Labels> body) implements Cleaner {
        @Override
        public String reason() {
            return "test";
        }

        @Override
        public void label(Segmentation page, Labels labels) {
            body.accept(page, labels);
        }
    }

    private static Cleaner dropFirst(String name, Role role) {
        return new Fake(name, (p, l) -> l.drop(p.blocks().get(0), role, name));
    }

    @Test
    void cleanersRunInOrderAndTheLastDecisionWins() {
        List<String> order = new ArrayList<>();
        CleanerChain chain = CleanerChain.builder()
                .add(new Fake("a", (p, l) -> { order.add("a"); l.drop(p.blocks().get(0), Role.NAVIGATION, "a"); }))
                .add(new Fake("b", (p, l) -> { order.add("b"); l.keep(p.blocks().get(0), Role.BODY, "b"); }))
                .build();
        Labels labels = chain.run(PAGE, new ArrayList<>());
        assertEquals(List.of("a", "b"), order);
        assertFalse(labels.isDropped(PAGE.blocks().get(0)));
        assertEquals("b", labels.decision(PAGE.blocks().get(0)).cleaner());
        assertEquals(List.of("a", "b"), chain.names());
    }

    @Test
    void throwingCleanerIsRolledBackAndBecomesAWarning() {
        Cleaner boom = new Fake("boom", (p, l) -> {
            Block second = p.blocks().get(1);
            l.drop(second, Role.BOILERPLATE, "half-way");
            l.trimStart(p.blocks().get(0), 6, Role.DATELINE, "half-way");
            l.evidence(Field.TITLE, "never", second);
            throw new IllegalStateException("kaput");
        });
        CleanerChain chain = CleanerChain.builder().add(dropFirst("before", Role.NAVIGATION)).add(boom)
                .add(new Fake("after", (p, l) -> l.evidence(Field.BYLINE, "Jane", null))).build();
        List<String> warnings = new ArrayList<>();
        Labels labels = chain.run(PAGE, warnings);
        assertEquals(List.of("cleaner boom failed and was skipped: java.lang.IllegalStateException: kaput"), warnings);
        assertTrue(labels.isDropped(PAGE.blocks().get(0)));
        assertFalse(labels.isDropped(PAGE.blocks().get(1)));
        assertEquals("First line.", labels.visibleText(PAGE.blocks().get(0)));
        assertEquals(List.of(new Evidence(Field.BYLINE, "Jane", "after", -1)), labels.evidence());
        assertEquals(1, labels.all().size());
    }

    @Test
    void facadeReportsTheWarningAndStillCleans() {
        CleanerChain chain = CleanerChain.news().toBuilder()
                .addAfter("navigation", new Fake("boom", (p, l) -> { throw new RuntimeException("x"); })).build();
        CleanResult r = Winnow.of(chain).cleanText("Skip to content\n\n"
                + "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.\n");
        assertEquals(List.of("cleaner boom failed and was skipped: java.lang.RuntimeException: x"), r.warnings());
        assertEquals("The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.", r.body());
        assertEquals("boom", chain.names().get(1));
    }

    @Test
    void builderRejectsDuplicatesAndUnknownNames() {
        CleanerChain.Builder b = CleanerChain.builder().add(dropFirst("a", Role.BOILERPLATE));
        assertThrows(IllegalArgumentException.class, () -> b.add(dropFirst("a", Role.BOILERPLATE)));
        assertThrows(IllegalArgumentException.class, () -> b.remove("missing"));
        assertThrows(IllegalArgumentException.class, () -> b.addAfter("missing", dropFirst("c", Role.BOILERPLATE)));
        assertEquals(List.of("a"), b.build().names());
    }

    @Test
    void toBuilderLeavesTheOriginalChainUnchanged() {
        CleanerChain news = CleanerChain.news();
        CleanerChain smaller = news.toBuilder().remove("headline").build();
        assertTrue(news.names().contains("headline"));
        assertFalse(smaller.names().contains("headline"));
        assertEquals(news.names().size() - 1, smaller.names().size());
        assertEquals(CleanerRegistry.DEFAULT_CHAIN, news.names());
    }
}
