package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Role;
import dev.winnow.chain.Settings;
import org.junit.jupiter.api.Test;

class TeaserCardCleanerTest {
    private static final TeaserCardCleaner CARDS = new TeaserCardCleaner(Settings.empty());

    private static String pairs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("Deal alert number ").append(i).append(" on a laptop you might like\n\n");
            sb.append("The retailer is offering the machine at a discount this week, with free shipping and a longer "
                    + "return window for anyone who orders before the end of the month and\n\n");
        }
        return sb.toString();
    }

    @Test
    void headlineSummaryPairsRepeatedFiveTimesAreCards() {
        CleanerRun r = CleanerRun.text(pairs(5), CARDS);
        for (int i = 0; i < 10; i++) {
            assertTrue(r.dropped(i), "line " + i);
            assertEquals(Role.TEASER, r.role(i));
        }
    }

    @Test
    void fourPairsAreNotEnough() {
        CleanerRun r = CleanerRun.text(pairs(4), CARDS);
        for (int i = 0; i < 8; i++) assertFalse(r.dropped(i), "line " + i);
    }

    @Test
    void cardsMayCarryALineAnEarlierCleanerDropped() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            sb.append("Opinion headline number ").append(i).append(" about the vote\n\nJane Writer\n\nTuesday November 19, 2019\n\n");
            sb.append("A summary of the column that runs to about twenty words, so that it reads like a teaser for the piece.\n\n");
        }
        CleanerRun r = CleanerRun.text(sb.toString(), new DateLineCleaner(Settings.empty()), CARDS);
        assertEquals(Role.DATE, r.role(2), "the date stays a date");
        for (int i = 0; i < 20; i++) assertTrue(r.dropped(i), "line " + i);
        assertEquals(Role.TEASER, r.role(3));
    }

    private static String oneLineCards(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("Story number ").append(i).append(" in the feed, cut by the site to a summary of nearly the same "
                    + "length as every other one\n\n");
        }
        return sb.toString();
    }

    @Test
    void sixOneLineSummariesOfOneLengthAreCards() {
        CleanerRun r = CleanerRun.text(oneLineCards(6), CARDS);
        for (int i = 0; i < 6; i++) {
            assertTrue(r.dropped(i), "line " + i);
            assertEquals(Role.TEASER, r.role(i));
        }
        CleanerRun five = CleanerRun.text(oneLineCards(5), CARDS);
        for (int i = 0; i < 5; i++) assertFalse(five.dropped(i), "five are not enough: line " + i);
    }

    @Test
    void aRunOfCardsIsFoundAfterLinesThatCannotOpenOne() {
        // a paragraph (no headline, and over 50 words: too long for a one-line card) and a two-word label open no card
        String lead = "The opening paragraph of the article runs well past the length of any summary a feed would show, "
                + "since it carries the reporting itself: who did what, where and when, and why it matters to readers "
                + "of the site who follow the story closely. It goes on with the background, the figures and the first "
                + "reactions.\n\nMore deals\n\n";
        CleanerRun r = CleanerRun.text(lead + pairs(5), CARDS);
        assertFalse(r.dropped(0), "the paragraph");
        assertFalse(r.dropped(1), "the label");
        for (int i = 2; i < 12; i++) assertTrue(r.dropped(i), "line " + i);
    }

    @Test
    void subheadingsWithParagraphsOfVaryingLengthAreAnArticle() {
        String text = "Why the plan matters\n\nThe council's plan changes how the city pays for roads. It moves money from new "
                + "projects to repairs, which engineers have asked for since the last survey of bridges.\n\n"
                + "What critics say\n\nOpponents say it delays the bypass.\n\n"
                + "What happens next\n\nA public hearing is set for March, after which the council will vote on a final "
                + "version. Staff expect changes to the section on bus lanes, which drew the most comments from residents "
                + "during the consultation period last autumn and winter.\n\n"
                + "Who pays\n\nHomeowners see no change this year.\n\n"
                + "The long view\n\nOver ten years the plan shifts about a fifth of the capital budget to maintenance.\n\n";
        CleanerRun r = CleanerRun.text(text, CARDS);
        for (int i = 0; i < r.size(); i++) assertFalse(r.dropped(i), "line " + i);
    }

    @Test
    void htmlIsLeftAlone() {
        CleanerRun r = CleanerRun.html("<p>" + pairs(6).replace("\n\n", "</p><p>") + "</p>", CARDS);
        for (int i = 0; i < r.size(); i++) assertFalse(r.dropped(i), "block " + i);
    }
}
