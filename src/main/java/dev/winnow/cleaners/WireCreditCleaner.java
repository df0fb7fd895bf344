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
import dev.winnow.metadata.DateParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Removes attribution lines: a wire credit alone on a line ("The Canadian Press"), "This report by ... was
 * first published ...", copyright notices, "Reporting by ...; Editing by ...". The agency becomes the wire source.
 */
public final class WireCreditCleaner implements Cleaner {
    public static final String NAME = "wire-credit";
    private static final int MAX_WORDS = 60;
    private static final int AGENCY_LINE_WORDS = 8;
    private final Phrases notices;
    private final Phrases agencyLines;
    private final Agencies agencies = Agencies.builtIn();
    private final DateParser dates = DateParser.builtIn();

    public WireCreditCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(WireCreditCleaner.class, "wire-credit.txt", NAME, settings);
        notices = v.phrases("NOTICE", "^\\s*%s\\s*$");
        agencyLines = v.phrases("AGENCY_LINE", "^\\s*%s\\s*$");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "wire credits, 'first published' attributions, copyright and 'Reporting by' lines";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(notices, agencyLines, agencies.aliases());
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Phrases.Bound notices = this.notices.on(page.scan());
        Phrases.Bound agencyLines = this.agencyLines.on(page.scan());
        Phrases.Bound agencyNames = agencies.aliases().on(page.scan());
        for (Block b : page.blocks()) {
            if (labels.isDropped(b) || b.words() > MAX_WORDS) continue;
            String text = labels.visibleText(b);
            Matcher m = notices.matchWhole(text, b.index());
            if (m != null) {
                Optional<String> agency = agency(m);
                labels.drop(b, agency.isPresent() ? Role.WIRE_CREDIT : Role.BOILERPLATE, "attribution or copyright line");
                agency.ifPresent(a -> labels.evidence(Field.WIRE_SOURCE, a, b));
                dates.find(Regex.group(m, "date")).ifPresent(d -> labels.evidence(Field.DATE, d.toString(), b));
                continue;
            }
            if (b.words() > AGENCY_LINE_WORDS || !agencyNames.mayMatch(text, b.index())) continue; // needs an agency's name
            m = agencyLines.matchWhole(text, b.index());
            Optional<String> agency = m == null ? Optional.empty() : agency(m);
            if (agency.isPresent()) {
                labels.drop(b, Role.WIRE_CREDIT, "wire credit line '" + text + "'");
                labels.evidence(Field.WIRE_SOURCE, agency.get(), b);
            }
        }
    }

    private Optional<String> agency(Matcher m) {
        return Optional.ofNullable(Regex.group(m, "agency")).flatMap(agencies::canonical);
    }

}
