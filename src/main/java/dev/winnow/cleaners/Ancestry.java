package dev.winnow.cleaners;

import dev.winnow.Container;
import dev.winnow.internal.Phrases;

/** Questions about a block's containers that several cleaners ask. */
final class Ancestry {
    private Ancestry() {}

    /** True when the container or one of its {@code levels - 1} nearest ancestors has a class or id in {@code hints}. */
    static boolean hinted(Container c, int levels, Phrases hints) {
        for (int i = 0; c != null && i < levels; c = c.parent(), i++) {
            if (!c.hints().isEmpty() && hints.find(c.hints(), c.hints()) != null) return true; // hints are lower case
        }
        return false;
    }
}
