package dev.winnow.cleaners;

import dev.winnow.Block;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Text;
import dev.winnow.internal.Vocabulary;
import dev.winnow.metadata.DateParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes date fields ("Posted: Mar 4, 2024", "date 2020-01-07", a date alone on a line), trimming them off
 * when they are glued to other text, and records the date.
 */
public final class DateLineCleaner implements Cleaner {
    public static final String NAME = "date-lines";
    private static final int MAX_WORDS = 12;
    private static final int LEFTOVER_WORDS = 4;
    private final Phrases label;
    private final Phrases weekday;
    /** The first words a label or a weekday can have, when the vocabulary says (a block opening otherwise is skipped). */
    private final Optional<Set<String>> labelWords, weekdayWords;
    /** A time of day, a time zone and separators that may follow the date. */
    private final Pattern time;
    private final DateParser dates = DateParser.builtIn();

    public DateLineCleaner(Settings settings) {
        Vocabulary v = Vocabulary.load(DateLineCleaner.class, "date-lines.txt", NAME, settings);
        String connector = String.join("|", v.entries("CONNECTOR"));
        label = v.phrase("LABEL", "^\\W*(?:%s)\\b\\s*(?:(?:" + connector + ")\\b)?\\s*:?\\s*");
        time = v.pattern("ZONE", "^\\s*(?:[|,@•·-]\\s*)?(?:(?:" + String.join("|", v.entries("AT")) + ")\\s+)?"
                + "(?:\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:%s)\\b)?)?\\s*[|,•·-]?\\s*");
        weekday = v.phrase("WEEKDAY", "^\\W*(?:%s)\\b\\.?,?\\s*");
        labelWords = v.openingWords("LABEL");
        weekdayWords = v.openingWords("WEEKDAY");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String reason() {
        return "date fields and date-only lines (the date goes to metadata)";
    }

    @Override
    public List<Phrases> vocabulary() {
        return List.of(label, weekday, DateParser.yearDigits());
    }

    @Override
    public void label(Segmentation page, Labels labels) {
        Phrases.Bound label = this.label.on(page.scan());
        Phrases.Bound weekday = this.weekday.on(page.scan());
        Phrases.Bound year = DateParser.yearDigits().on(page.scan());
        for (Block b : page.blocks()) {
            if (labels.isDropped(b)) continue;
            String text = labels.visibleText(b);
            if (!year.mayMatch(text, b.index())) continue; // no date without a year's four digits
            String first = Text.firstWord(text);
            Matcher m = mayOpen(labelWords, first) ? label.lookingAt(text, b.index()) : null;
            boolean labelled = m != null;
            int from = labelled ? m.end() : 0;
            int reach = labelled ? 12 : 0;
            if (from == 0 && mayOpen(weekdayWords, first)) {
                Matcher day = weekday.lookingAt(text, b.index());
                if (day != null) from = day.end();
            }
            if (from == 0 && b.words() > MAX_WORDS) continue;
            Optional<DateParser.Match> found = dates.first(text.substring(from), reach);
            if (found.isEmpty()) continue;
            int end = from + found.get().end();
            Matcher t = time.matcher(text.substring(end));
            if (t.lookingAt()) end += t.end();
            String date = found.get().date().toString();
            String rest = text.substring(end);
            if (Text.words(rest) <= LEFTOVER_WORDS && !Text.endsLikeSentence(rest)) {
                labels.drop(b, Role.DATE, "date line " + date);
                labels.evidence(Field.DATE, date, b);
            } else if (labelled) {
                labels.trimStart(b, end, Role.DATE, "date field " + date + " glued to the text");
                labels.evidence(Field.DATE, date, b);
            }
        }
    }

    private static boolean mayOpen(Optional<Set<String>> words, String firstWord) {
        return words.isEmpty() || words.get().contains(firstWord);
    }
}
