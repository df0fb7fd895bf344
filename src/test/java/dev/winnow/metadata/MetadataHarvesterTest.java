package dev.winnow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.winnow.Winnow;
import org.junit.jupiter.api.Test;

/** The wire source read from the kept body, when no attribution line, dateline or byline names one. */
class MetadataHarvesterTest {
    private static final String OPENING =
            "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.\n\n";

    private static String wireSource(String lastParagraph) {
        return Winnow.news().cleanText(OPENING + lastParagraph + "\n").metadata().wireSource();
    }

    @Test
    void aSentenceClosedByAnAgencyReportingGivesTheWireSource() {
        assertEquals("The Canadian Press", wireSource("The mayor was not available for comment, The Canadian Press reported."));
        assertEquals("The Canadian Press", wireSource("The mayor was not available for comment, the Canadian Press reported."));
        assertEquals("Reuters", wireSource("Shares fell 3 per cent in early trading, Reuters reports."));
        assertEquals("The Associated Press", wireSource("Two people were hurt, the Associated Press has reported!"));
    }

    @Test
    void aCitationOrAnUnknownNameGivesNone() {
        assertNull(wireSource("Bloomberg reported that the talks had stalled over the summer months."));
        assertNull(wireSource("The mayor was not available for comment, the Daily Example reported."));
    }
}
