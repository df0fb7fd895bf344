package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.winnow.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static List<Integer> groups(List<Block> blocks) {
        return blocks.stream().map(Block::group).toList();
    }

    @Test
    void oneBlockPerLineGroupedByBlankLines() {
        List<Block> b = TextSegmenter.segment("Headline\n\nFirst line\nsecond line\n\n\n\nLast paragraph.");
        assertEquals(List.of("Headline", "First line", "second line", "Last paragraph."), texts(b));
        assertEquals(List.of(0, 1, 1, 2), groups(b));
        assertEquals(List.of(0, 1, 2, 3), b.stream().map(Block::index).toList());
    }

    @Test
    void whiteSpaceIsNormalisedAndBlankLinesVanish() {
        List<Block> b = TextSegmenter.segment("\r\n  Two\u00A0 spaced\twords \r\n \t \r\nNext\u200B line\r\n");
        assertEquals(List.of("Two spaced words", "Next line"), texts(b));
        assertEquals(List.of(0, 1), groups(b));
    }

    @Test
    void blockFacts() {
        Block b = TextSegmenter.segment("It passed 5-2.").get(0);
        assertEquals("line", b.tag());
        assertEquals(4, b.words());
        assertEquals(0, b.linkWords());
        assertEquals(0, b.flags());
        assertEquals("#text", b.container().tag());
        assertFalse(b.fromHtml());
    }

    @Test
    void emptyAndBlankInputGiveNoBlocks() {
        assertEquals(List.of(), TextSegmenter.segment(""));
        assertEquals(List.of(), TextSegmenter.segment("\n \n\t\n"));
    }
}
