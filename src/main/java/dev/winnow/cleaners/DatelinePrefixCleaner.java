package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Regex;
import dev.winnow.internal.Vocabulary;
import dev.winnow.metadata.Agencies;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Trims a dateline or source prefix off the start of an opening paragraph ("WASHINGTON (AP) — ",
 * "Iran PressAmerica: "), keeping the place, agency and site name as metadata; the rest of the paragraph stays.
 */
public final class DatelinePrefixCleaner implements Cleaner {
    public static final String NAME = "dateline-prefix";
    /** Datelines open the article: only the first few kept paragraphs are looked at. */
    private static final int OPENING_PARAGRAPHS = 3;
    private static final int MIN_WORDS = 8;
    private final Phrases prefixes; // read through the page's literal scan: most paragraphs skip their backtracking
    private final Agencies agencies = Agencies.builtIn();

    public DatelinePrefixCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(DatelinePrefixCleaner.class, "dateline-prefix.txt", NAME, settings);
        v.requireGroups("PREFIX", "place");
        prefixes = v.phrases("PREFIX", "%s");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "datelines and source prefixes glued to an opening paragraph";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(prefixes);
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Phrases.Bound prefixes = this.prefixes.on(page.scan());
        int seen = 0;
        for (Block b : page.blocks()) {
            if (labels.isDropped(b) || b.words() < MIN_WORDS) continue;
            if (++seen > OPENING_PARAGRAPHS) return;
            String text = labels.visibleText(b);
            for (Matcher m : prefixes.lookingAtAll(text, b.index())) {
                if (m.end() < text.length()) { // a prefix, not the whole paragraph
                    apply(b, m, labels);
                    return;
                }
            }
        }
    }

    private void apply(Block b, Matcher m, Labels labels) {
        String place = Regex.group(m, "place");
        Optional<String> agency = Optional.ofNullable(Regex.group(m, "agency")).flatMap(agencies::canonical);
        if (Regex.group(m, "agency") != null && agency.isEmpty()) return; // "(Mr Smith) -" is not a dateline
        labels.trimStart(b, m.end(), Role.DATELINE, "dateline prefix '" + m.group().strip() + "'");
        labels.evidence(Field.DATELINE, place, b);
        agency.ifPresent(a -> labels.evidence(Field.WIRE_SOURCE, a, b));
        labels.evidence(Field.SITE_NAME, Regex.group(m, "site"), b);
    }
}
