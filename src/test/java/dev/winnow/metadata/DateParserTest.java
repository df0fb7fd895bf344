package dev.winnow.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser dates = DateParser.builtIn();

    private Optional<LocalDate> find(String text) {
        return dates.find(text);
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        return Optional.of(LocalDate.of(y, m, d));
    }

    @Test
    void monthNameFirst() {
        assertEquals(date(2024, 3, 4), find("Posted: Mar 4, 2024"));
        assertEquals(date(2024, 3, 5), find("March 5th, 2024"));
        assertEquals(date(2024, 9, 5), find("Sept. 5, 2024"));
        assertEquals(date(2021, 2, 2), find("was first published Feb. 2, 2021."));
    }

    /** The search for a month-first date starts at the first month's name, wherever that is. */
    @Test
    void monthFirstAfterOtherMonthNamesAndText() {
        assertEquals(date(2024, 3, 3), find("In May we met again. Published March 3, 2024"));
        assertEquals(date(2019, 11, 19), find("1stMay, then: Nov 19, 2019"));
        assertEquals(date(2024, 3, 4), find("Sept. and MARCH 4, 2024 (updated Août 2, 2025)"));
        assertEquals(Optional.empty(), find("Mayday 3, 2024"));
    }

    @Test
    void dayFirstInSeveralLanguages() {
        assertEquals(date(2024, 3, 4), find("4 March 2024"));
        assertEquals(date(2020, 1, 7), find("7. Januar 2020"));
        assertEquals(date(2020, 1, 7), find("7 de enero de 2020"));
        assertEquals(date(2024, 3, 5), find("le 5 mars 2024"));
        assertEquals(date(2023, 12, 12), find("12 Dez. 2023"));
        assertEquals(date(2021, 3, 3), find("MÄRZ 3, 2021"));
    }

    /** Month names are found as words first: a glued ordinal still counts, a word containing a month does not. */
    @Test
    void monthNamesAsWords() {
        assertEquals(date(2024, 3, 1), find("1stMarch 2024"));
        assertEquals(date(2024, 3, 12), find("12ºmarzo de 2024"));
        assertEquals(date(2024, 8, 2), find("2 AOÛT 2024"));
        assertEquals(Optional.empty(), find("market 4, 2024"));
        assertEquals(Optional.empty(), find("Summary 4, 2024"));
    }

    @Test
    void isoDates() {
        assertEquals(date(2024, 3, 5), find("2024-03-05T10:00:00Z"));
        assertEquals(date(2020, 1, 7), find("date 2020-1-7"));
        assertEquals(Optional.empty(), find("2024-13-45-2024-01-02"), "a date right after a '-' is not one");
        assertEquals(date(2024, 1, 2), find("2024-13-45 and 2024-01-02"));
        assertEquals(Optional.empty(), find("12024-01-02"));
    }

    /** An ISO or numeric date is looked for only at a number that opens by {@code maxStart}. */
    @Test
    void numberDatesOpeningByMaxStart() {
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 5), 0, 10)), dates.first("2024-03-05 at noon", 0));
        assertEquals(Optional.empty(), dates.first("x 2024-03-05", 1));
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2023, 8, 14), 3, 13)), dates.first("on 14/08/2023", 3));
        assertEquals(Optional.empty(), dates.first("on 14/08/2023", 2));
        assertEquals(Optional.empty(), dates.first("03/04/2024 or 25/12/2023", 0), "the ambiguous one is passed over");
        assertEquals(date(2023, 12, 25), dates.first("03/04/2024 or 25/12/2023", 14).map(DateParser.Match::date));
    }

    @Test
    void unambiguousNumericDates() {
        assertEquals(date(2023, 8, 14), find("Published on 14/08/2023"));
        assertEquals(date(2023, 8, 14), find("08/14/2023"));
        assertEquals(date(2020, 1, 7), find("07.01.2020"));
        assertEquals(date(2023, 12, 25), find("03/04/2024 or 25/12/2023"));
    }

    @Test
    void ambiguousSlashedDateIsNotGuessed() {
        assertEquals(Optional.empty(), find("03/04/2024"));
        assertEquals(Optional.empty(), find("Published on 03/04/2024"));
    }

    @Test
    void invalidOrImplausibleDatesAreRejected() {
        assertEquals(Optional.empty(), find("2024-02-30"));
        assertEquals(Optional.empty(), find("1 March 1850"));
        assertEquals(Optional.empty(), find("Marathon 5, 2024"));
        assertEquals(Optional.empty(), find("10 years ago 2020"));
        assertEquals(Optional.empty(), find("no date here"));
        assertEquals(Optional.empty(), find(""));
        assertEquals(Optional.empty(), find(null));
    }

    @Test
    void firstDateInTextWinsAndReportsItsSpan() {
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 3), 3, 13)), dates.first("On 3 Mar 2024 and 2024-01-01"));
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 4), 8, 19)), dates.first("Posted: Mar 4, 2024"));
    }

    @Test
    void namedDatesAreTriedAtEveryMonthNameAndDayNumber() {
        // an impossible date is passed over whole, and the search goes on after it
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 4), 20, 32)), dates.first("31 February 2024 or 4 March 2024"));
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 4), 19, 32)), dates.first("Feb 30, 2024, then March 4, 2024"));
        // a day-first date after a month name that opens none, and a day number far before its month
        assertEquals(date(2024, 3, 5), find("June, they said: on 5   de   marzo   de 2024"));
        // a name's letters folded as the patterns fold them: a Kelvin sign is a 'k'
        assertEquals(date(2024, 10, 5), find("5 o\u212At 2024"));
    }

    @Test
    void onlyADateOpeningByMaxStartIsLookedFor() {
        assertEquals(Optional.empty(), dates.first("Posted Mar 4, 2024", 0));
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 4), 7, 18)), dates.first("Posted Mar 4, 2024", 7));
        assertEquals(Optional.of(new DateParser.Match(LocalDate.of(2024, 3, 4), 0, 11)), dates.first("Mar 4, 2024 and 2024-01-01", 0));
        assertEquals(date(2024, 3, 5), dates.first("x 5 March 2024", 2).map(DateParser.Match::date));
        assertEquals(Optional.empty(), dates.first("x 5 March 2024", 1));
        assertEquals(date(2024, 3, 5), dates.first("On 2024-03-05", 3).map(DateParser.Match::date));
        assertEquals(Optional.empty(), dates.first("On 2024-03-05", 2));
        assertEquals(date(2023, 8, 14), dates.first("on 14/08/2023", 3).map(DateParser.Match::date));
        assertEquals(Optional.empty(), dates.first("on 14/08/2023", 2));
        assertEquals(Optional.empty(), dates.first("31 February 2024 or 4 March 2024", 12), "the first date opens later");
    }

    /** On random texts of date pieces: the first date by {@code maxStart} is the first date, when it opens by then. */
    @Test
    void firstByMaxStartIsTheFirstDateWhenItOpensByThen() {
        String[] parts = {"March", "mar.", "4", "4th", "12º", "de", "enero", "2024", "1999", ",", " ", "1stMarch", "Sept.",
                "31", "February", "7.", "Januar", "2020-01-07", "14/08/2023", "03/04/2024", "x", "May", "Nov", "19", "–"};
        java.util.Random random = new java.util.Random(3);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            String text = b.toString();
            Optional<DateParser.Match> first = dates.first(text);
            if (first.isPresent()) found++;
            for (int max = 0; max <= text.length(); max += 1 + random.nextInt(4)) {
                int by = max;
                assertEquals(first.filter(m -> m.start() <= by), dates.first(text, max), text + " by " + max);
            }
        }
        assertTrue(found > 2_000, found + " texts with a date");
    }

    @Test
    void datesInUrls() {
        assertEquals(date(2024, 3, 5), dates.fromUrl("https://example.com/news/2024/03/05/story"));
        assertEquals(date(2024, 3, 5), dates.fromUrl("https://example.com/2024-03-05-story"));
        assertEquals(Optional.empty(), dates.fromUrl("https://example.com/story-123"));
        assertEquals(Optional.empty(), dates.fromUrl("https://example.com/2024/13/05/x"));
        assertEquals(Optional.empty(), dates.fromUrl(null));
    }
}
