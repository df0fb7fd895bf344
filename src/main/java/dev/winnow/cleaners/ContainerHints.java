package dev.winnow.cleaners;

import dev.winnow.Container;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Lexicon;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Vocabulary;
import java.util.List;
import java.util.Set;

/** Class and id fragments that mark chrome or content containers, shared by the cleaners that weigh regions. */
final class ContainerHints {
    static final String VOCABULARY = "container-hints";
    /** Besides the page itself: elements that are the article by their tag, whatever their class says. */
    private static final Set<String> CONTENT_TAGS = Set.of("article", "main");
    private final Phrases negative;
    private final Phrases positive;
    private final Lexicon lexicon; // both sections' literals: a class/id string is read once for all of them

    ContainerHints(Settings settings) {
        Vocabulary v = Vocabulary.load(ContainerHints.class, "container-hints.txt", VOCABULARY, settings);
        negative = v.exactPhrases("NEGATIVE"); // hints are lower case: see HtmlSegmenter
        positive = v.exactPhrases("POSITIVE");
        lexicon = Lexicon.of(List.of(negative, positive));
    }

    /**
     * The verdicts for one page, remembered by class/id string: a page repeats the same few ("row",
     * "col-md-12") across hundreds of containers. Not thread-safe: one per {@code label()} call.
     */
    Memo forPage() {
        return new Memo();
    }

    final class Memo {
        private static final int NEGATIVE = 1, POSITIVE = 2;
        private final java.util.HashMap<String, Integer> verdicts = new java.util.HashMap<>();

        /** True when the container's class or id marks chrome and nothing marks it as content. */
        boolean negative(Container c) {
            return !c.hints().isEmpty() && !c.isPageLevel() && !CONTENT_TAGS.contains(c.tag()) && verdict(c.hints()) == NEGATIVE;
        }

        /** Readability's class weight: +25 for content hints, -25 for chrome hints. */
        int weight(Container c) {
            if (c.hints().isEmpty()) return 0;
            int v = verdict(c.hints());
            return ((v & POSITIVE) != 0 ? 25 : 0) - ((v & NEGATIVE) != 0 ? 25 : 0);
        }

        private int verdict(String hints) {
            return verdicts.computeIfAbsent(hints, ContainerHints.this::verdictOf);
        }
    }

    private int verdictOf(String hints) {
        Lexicon.Scan scan = lexicon.scan(List.of(hints));
        return (negative.on(scan).find(hints, 0) != null ? Memo.NEGATIVE : 0) | (positive.on(scan).find(hints, 0) != null ? Memo.POSITIVE : 0);
    }
}
