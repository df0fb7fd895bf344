package dev.winnow.metadata;

import dev.winnow.Metadata;
import dev.winnow.Metadata.Field;
import dev.winnow.chain.Evidence;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Lexicon;
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
    private final Lexicon mentionLiterals; // a paragraph is read once for every literal of the mentions

    public MetadataHarvester() {
        mentions = Vocabulary.load(MetadataHarvester.class, "wire-mentions.txt", "wire-mentions", Settings.empty())
                .phrases(Vocabulary.DEFAULT, "%s", e -> e.replace("%AGENCIES%", agencies.alternation()));
        mentionLiterals = Lexicon.of(List.of(mentions));
    }

    public Metadata harvest(Segmentation page, Labels labels, String body) {
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
        if (wire == null) wire = bylineAgency.or(() -> mention(body)).orElse(null);
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

    /** An agency the body names as its source, searched paragraph by paragraph (only those with the verb). */
    private Optional<String> mention(String body) {
        for (int from = 0, end; from < body.length(); from = end + 2) { // paragraphs, without a regex split
            end = body.indexOf("\n\n", from);
            if (end < 0) end = body.length();
            String paragraph = body.substring(from, end);
            for (Matcher m : mentions.on(mentionLiterals.scan(List.of(paragraph))).findAll(paragraph, 0)) {
                do {
                    Optional<String> a = agencies.canonical(Regex.group(m, "agency"));
                    if (a.isPresent()) return a;
                } while (m.find());
            }
        }
        return Optional.empty();
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
