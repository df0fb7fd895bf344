package dev.winnow.metadata;

import dev.winnow.Block;
import dev.winnow.Metadata;
import dev.winnow.Metadata.Field;
import dev.winnow.chain.Evidence;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Regex;
import dev.winnow.internal.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@link Metadata} from what the page declares (JSON-LD, meta tags) and the evidence cleaners recorded
 * (the first evidence of a field wins), and finds the wire source in the kept body ("X reported") when no
 * attribution named one. Immutable and thread-safe.
 */
public final class MetadataHarvester {
    private final Agencies agencies = Agencies.builtIn();
    private final Phrases mentions;

    public MetadataHarvester() {
        mentions = Vocabulary.load(MetadataHarvester.class, "wire-mentions.txt", "wire-mentions", Settings.empty())
                .phrases(Vocabulary.DEFAULT, "%s", e -> e.replace("%AGENCIES%", agencies.alternation()));
    }

    public Metadata harvest(Segmentation page, Labels labels) {
        Map<Field, String> first = new EnumMap<>(Field.class);
        Set<String> captions = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        for (Evidence e : labels.evidence()) {
            if (e.field() == Field.CAPTION) captions.add(e.value());
            else if (e.field() == Field.PHOTO_CREDIT) credits.add(e.value());
            else if (valid(e.field(), e.value())) first.putIfAbsent(e.field(), e.value());
        }
        Metadata d = page.declared();
        String byline = pick(d.byline(), first.get(Field.BYLINE));
        Optional<String> bylineAgency = agencies.canonical(byline);
        if (bylineAgency.isPresent()) byline = null; // "By The Associated Press" names the source, not an author
        String wire = first.get(Field.WIRE_SOURCE);
        if (wire == null) wire = bylineAgency.or(() -> mention(page, labels)).orElse(null);
        LocalDate date = d.date() != null ? d.date() : parse(first.get(Field.DATE));
        return new Metadata(
                pick(first.get(Field.TITLE), d.title()),
                pick(d.description(), first.get(Field.DESCRIPTION)),
                date,
                wire,
                byline,
                first.get(Field.DATELINE),
                pick(d.siteName(), first.get(Field.SITE_NAME)),
                pick(d.language(), first.get(Field.LANGUAGE)),
                new ArrayList<>(captions),
                new ArrayList<>(credits),
                first.containsKey(Field.ARTICLE_SCORE) ? Double.valueOf(first.get(Field.ARTICLE_SCORE)) : null);
    }

    /**
     * An agency the kept body attributes itself to, read paragraph by paragraph (each kept block is one, as in
     * the body), through the page's literal scan.
     */
    private Optional<String> mention(Segmentation page, Labels labels) {
        Phrases.Bound mentions = this.mentions.on(page.scan());
        for (Block b : labels.blocks()) {
            if (labels.isDropped(b)) continue;
            String paragraph = labels.visibleText(b).strip();
            if (paragraph.isEmpty()) continue;
            for (Matcher m : mentions.findAll(paragraph, b.index())) {
                do {
                    Optional<String> a = agencies.canonical(Regex.group(m, "agency"));
                    if (a.isPresent()) return a;
                } while (m.find());
            }
        }
        return Optional.empty();
    }

    /** The vocabularies the harvester matches blocks against, for the page's literal scan. */
    public List<Phrases> vocabulary() {
        return List.of(mentions);
    }

    private static LocalDate parse(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /**
     * Evidence a (user's) cleaner recorded in the wrong form is ignored rather than failing the page: a date must
     * be an ISO date, an article score a number from 0 to 1.
     */
    static boolean valid(Field field, String value) {
        try {
            if (field == Field.DATE) LocalDate.parse(value);
            if (field == Field.ARTICLE_SCORE) {
                double d = Double.parseDouble(value);
                return d >= 0 && d <= 1;
            }
            return true;
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    private static String pick(String a, String b) {
        return a != null ? a : b;
    }
}
