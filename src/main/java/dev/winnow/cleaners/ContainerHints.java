package dev.winnow.cleaners;

import dev.winnow.Container;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Prefilter;
import dev.winnow.internal.Vocabulary;
import java.util.Set;
import java.util.regex.Pattern;

/** Class and id fragments that mark chrome or content containers, shared by the cleaners that weigh regions. */
final class ContainerHints {
    static final String VOCABULARY = "container-hints";
    private static final Set<String> NEVER_NEGATIVE = Set.of("html", "body", "article", "main", "#root");
    private final Pattern negative;
    private final Pattern positive;
    private final Prefilter negativeFilter;
    private final Prefilter positiveFilter;

    ContainerHints(Settings settings) {
        Vocabulary v = Vocabulary.load(ContainerHints.class, "container-hints.txt", VOCABULARY, settings);
        negative = v.pattern("NEGATIVE", "%s");
        positive = v.pattern("POSITIVE", "%s");
        negativeFilter = Prefilter.of(negative);
        positiveFilter = Prefilter.of(positive);
    }

    /** True when the container's class or id marks chrome and nothing marks it as content. */
    boolean negative(Container c) {
        return !c.hints().isEmpty() && !NEVER_NEGATIVE.contains(c.tag()) && isNegative(c.hints())
                && !isPositive(c.hints());
    }

    boolean positive(Container c) {
        return !c.hints().isEmpty() && isPositive(c.hints()) && !isNegative(c.hints());
    }

    /** Readability's class weight: +25 for content hints, -25 for chrome hints. */
    int weight(Container c) {
        if (c.hints().isEmpty()) return 0;
        boolean neg = isNegative(c.hints());
        boolean pos = isPositive(c.hints());
        return (pos ? 25 : 0) - (neg ? 25 : 0);
    }

    private boolean isNegative(String hints) {
        return negativeFilter.mayFind(hints) && negative.matcher(hints).find();
    }

    private boolean isPositive(String hints) {
        return positiveFilter.mayFind(hints) && positive.matcher(hints).find();
    }
}
