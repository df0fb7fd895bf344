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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the byline ("By Jane Doe, The Associated Press") at the top of the article and records the author. */
public final class BylineCleaner implements Cleaner {
    public static final String NAME = "byline";
    private static final int MAX_WORDS = 14;
    /** A byline stands just before the body or among its first blocks. */
    private static final int WINDOW = 3;
    private final List<Pattern> lines;
    private final Phrases hints;
    /** The block's container and its parents up to this many levels are checked for hints. */
    private static final int HINT_LEVELS = 3;
    private final Agencies agencies = Agencies.builtIn();

    public BylineCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(BylineCleaner.class, "bylines.txt", NAME, settings);
        v.requireGroups("LINE", "name");
        lines = v.patterns("LINE", "^\\s*%s\\s*$");
        hints = v.exactPhrases("HINTS");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "the byline at the top of the article (kept as metadata)";
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        int first = labels.firstKept();
        if (first < 0) return;
        List<Block> blocks = page.blocks();
        Ancestry ancestry = new Ancestry(hints, page);
        for (int i = Math.max(0, first - WINDOW); i < Math.min(blocks.size(), first + WINDOW); i++) {
            Block b = blocks.get(i);
            if (b.words() > MAX_WORDS || b.words() == 0) continue;
            Role role = labels.role(b);
            if (role != null && role != Role.BOILERPLATE && role != Role.BODY) continue;
            String text = labels.visibleText(b);
            String name = name(text);
            if (name == null && ancestry.hinted(b.container(), HINT_LEVELS)) name = text;
            if (name == null) continue;
            labels.drop(b, Role.BYLINE, "byline '" + text + "'");
            recordName(name, b, labels);
            return;
        }
    }

    private String name(String text) {
        for (Pattern p : lines) {
            Matcher m = p.matcher(text);
            if (m.matches()) return Regex.group(m, "name");
        }
        return null;
    }

    /** "Jane Doe, The Associated Press": the author is the byline, the agency the wire source. */
    private void recordName(String name, Block b, Labels labels) {
        String[] parts = name.split("\\s*(?:,|\\||\\s[-–—]\\s)\\s*");
        StringBuilder author = new StringBuilder();
        for (String part : parts) {
            var agency = agencies.canonical(part);
            if (agency.isPresent()) labels.evidence(Field.WIRE_SOURCE, agency.get(), b);
            else author.append(author.length() == 0 ? "" : ", ").append(part);
        }
        labels.evidence(Field.BYLINE, author.toString(), b);
    }

}
