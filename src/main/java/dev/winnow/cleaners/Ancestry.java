package dev.winnow.cleaners;

import dev.winnow.Container;
import dev.winnow.chain.Segmentation;
import dev.winnow.internal.Phrases;

/**
 * Questions about a block's containers that several cleaners ask, with each container's answer remembered for
 * the page: its blocks share a few hundred containers. Not thread-safe: one per {@code label()} call.
 */
final class Ancestry {
    private static final byte UNKNOWN = 0, YES = 1, NO = 2;
    private final Phrases hints;
    private final byte[] own; // by container id: does its own class or id match?
    private final java.util.Map<String, Boolean> byHints = new java.util.HashMap<>(); // a page repeats its classes

    Ancestry(Phrases hints, Segmentation page) {
        this.hints = hints;
        this.own = new byte[page.tree().size()];
    }

    /** True when the container or one of its {@code levels - 1} nearest ancestors has a class or id in the hints. */
    boolean hinted(Container c, int levels) {
        for (int i = 0; c != null && i < levels; c = c.parent(), i++) {
            if (matches(c)) return true;
        }
        return false;
    }

    private boolean matches(Container c) {
        if (c.hints().isEmpty()) return false;
        int id = c.id();
        if (id >= own.length) return matches(c.hints()); // not of this page's tree
        if (own[id] == UNKNOWN) own[id] = matches(c.hints()) ? YES : NO;
        return own[id] == YES;
    }

    private boolean matches(String classAndId) {
        return byHints.computeIfAbsent(classAndId, h -> hints.find(h) != null);
    }
}
