package dev.winnow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vocabulary section compiled entry by entry, each entry with its {@link Prefilter}: a block is tried only
 * against the entries whose literals it contains, instead of running one large case-insensitive alternation at
 * every position. Immutable and thread-safe.
 */
public final class Phrases {
    private final List<Pattern> patterns;
    private final List<Prefilter> filters;

    Phrases(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        List<Prefilter> f = new ArrayList<>();
        for (Pattern p : patterns) f.add(Prefilter.of(p));
        this.filters = List.copyOf(f);
    }

    /** The first entry (in vocabulary order) found in {@code text}, positioned on its match; or {@code null}. */
    public Matcher find(String text, String folded) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!filters.get(i).mayFindFolded(folded)) continue;
            Matcher m = patterns.get(i).matcher(text);
            if (m.find()) return m;
        }
        return null;
    }

    /** The first entry that matches the whole of {@code text}; or {@code null}. */
    public Matcher matchWhole(String text, String folded) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!filters.get(i).mayFindFolded(folded)) continue;
            Matcher m = patterns.get(i).matcher(text);
            if (m.matches()) return m;
        }
        return null;
    }

    /** Every entry's match in {@code text} (one per entry that has one), for callers that pick among them. */
    public List<Matcher> findAll(String text, String folded) {
        List<Matcher> out = new ArrayList<>(1);
        for (int i = 0; i < patterns.size(); i++) {
            if (!filters.get(i).mayFindFolded(folded)) continue;
            Matcher m = patterns.get(i).matcher(text);
            if (m.find()) out.add(m);
        }
        return out;
    }
}
