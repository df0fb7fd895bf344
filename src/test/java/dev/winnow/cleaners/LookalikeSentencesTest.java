package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.CleanResult;
import dev.winnow.Winnow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Body sentences that look like chrome to a careless rule stay in the body, through the whole default chain:
 * each of these was once removed by a rule that was too general.
 */
class LookalikeSentencesTest {
    private static final Winnow WINNOW = Winnow.news();
    private static final String LEAD = "The city council met on Tuesday evening to discuss the new transport plan, which "
            + "has been debated for more than two years and divides residents across the region.";
    private static final String TAIL = "A final vote on the plan is expected next month, after a round of public "
            + "hearings in each district and a review by the regional transport authority.";

    private static String cleanText(String middle) {
        return WINNOW.cleanText(LEAD + "\n\n" + middle + "\n\n" + TAIL + "\n").body();
    }

    @Test
    void sentencesThatStartLikeLabelsStayInPlainText() {
        for (String s : List.of(
                "Next-generation batteries could double the range of electric buses, researchers said on Monday.",
                "Previously unreleased figures show the depot ran at half capacity for most of last year.",
                "Par ailleurs, le gouvernement a annoncé une réforme des transports régionaux.",
                "Residents can download the app from Monday to see bus times in real time.",
                "New rules mean websites must let users reject cookies as easily as they accept them.",
                "Related-party transactions rose sharply last year, according to the annual filing.",
                "Reporting by the local newspaper revealed that the mayor had misled the council.",
                "Child tax credit: up to $2,000 per child, according to the finance department's figures.")) {
            assertTrue(cleanText(s).contains(s), s);
        }
    }

    @Test
    void aPrefixThatIsNotAnOutletIsNoDateline() {
        String s = "Google DeepMind: The lab said its new model had learned to plan bus routes across the region.";
        CleanResult r = WINNOW.cleanText(LEAD + "\n\n" + s + "\n\n" + TAIL + "\n");
        assertTrue(r.body().contains(s), r.body());
        assertNull(r.metadata().dateline());
    }

    @Test
    void anInterviewIsNotACommentSection() {
        StringBuilder sb = new StringBuilder(LEAD).append("\n\n");
        for (int i = 0; i < 4; i++) {
            sb.append("In the interview, the minister said:\n\n");
            sb.append("We will keep working with every district on the details of the plan, and we will listen.\n\n");
        }
        String body = WINNOW.cleanText(sb.append(TAIL).toString()).body();
        assertEquals(4, body.split("the minister said:", -1).length - 1, body);
    }

    @Test
    void layoutUtilityClassesAreNotChrome() {
        String html = "<html><body><div class=\"relative overflow-hidden\"><p>" + LEAD + "</p><p>" + TAIL
                + "</p></div><div class=\"hidden\"><p>Subscribe for more transport news.</p></div></body></html>";
        String body = WINNOW.cleanHtml(html).body();
        assertTrue(body.contains(LEAD) && body.contains(TAIL), body);
    }
}
