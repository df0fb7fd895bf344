package dev.winnow.metadata;

import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Prefilter;
import dev.winnow.internal.PrefixFactoring;
import dev.winnow.internal.Vocabulary;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in text: ISO dates, "Mar 4, 2024", "4 March 2024", "7. Januar 2020", "7 de enero de
 * 2020", and numeric day-first dates when the day is unambiguous ("14/08/2023") or dotted ("07.01.2020").
 * Ambiguous slashed dates ("03/04/2024") give nothing rather than a guess. Immutable and thread-safe.
 */
public final class DateParser {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** What may follow a day's number, glued to it: "4th", "12º". */
    private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th", "º");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\p{L}\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern COMPACT_URL = Pattern.compile("/(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");
    private static final Pattern URL_YEAR_MONTH = Pattern.compile("/(\\d{4})[/-](\\d{2})[/-](\\d{2})\\b");

    /**
     * Four ASCII digits in a row: every format here needs a four-digit year, so text without a match holds no
     * date. A vocabulary, so that a page's literal scan can say which blocks to skip.
     */
    private static final Phrases YEAR_DIGITS = Phrases.of(Pattern.compile("[0-9][0-9][0-9][0-9]"));

    private final Map<String, Integer> months;
    /** The fewest letters of a month's name, and the most a run of letters holding one can have ("12ºmarzo"). */
    private final int shortestWord, longestWord;
    private final Pattern monthFirst;
    private final Pattern dayFirst;

    private static final class BuiltIn {
        static final DateParser INSTANCE = new DateParser();
    }

    public static DateParser builtIn() {
        return BuiltIn.INSTANCE;
    }

    private DateParser() {
        Vocabulary v = Vocabulary.load(DateParser.class, "months.txt", "dates", Settings.empty());
        Map<String, Integer> map = new HashMap<>();
        StringBuilder names = new StringBuilder();
        for (String line : v.entries(Vocabulary.DEFAULT)) {
            int eq = line.indexOf('=');
            int month = Integer.parseInt(line.substring(0, eq).strip());
            for (String alias : line.substring(eq + 1).strip().split("\\|")) {
                // monthWords finds where a name opens by its run of letters
                if (!alias.chars().allMatch(Character::isLetter)) throw new IllegalStateException("month name not all letters: " + alias);
                map.put(alias, month);
                names.append(names.length() == 0 ? "" : "|").append(alias);
            }
        }
        months = Map.copyOf(map);
        int suffix = ORDINAL_SUFFIXES.stream().mapToInt(String::length).max().orElse(0);
        shortestWord = map.keySet().stream().mapToInt(String::length).min().orElse(0);
        longestWord = suffix + map.keySet().stream().mapToInt(String::length).max().orElse(0);
        String month = "(?<month>" + names + ")\\.?";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        // factored (PrefixFactoring): the month alternation is tried at many positions of a long text
        monthFirst = PrefixFactoring.factor(Pattern.compile("(?<![\\p{L}])" + month + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})(?!\\d)", flags));
        String ordinal = "(?:" + String.join("|", ORDINAL_SUFFIXES) + "|\\.)?"; // "4th", "12º", "7."
        dayFirst = PrefixFactoring.factor(Pattern.compile("(?<![\\p{L}\\d])(?<day>\\d{1,2})" + ordinal + "\\s*(?:de\\s+)?" + month
                + ",?\\s+(?:de\\s+)?(?<year>\\d{4})(?!\\d)", flags));
    }

    /** Four digits in a row, which every date this parser finds holds: a cheap test before {@link #first}. */
    public static Phrases yearDigits() {
        return YEAR_DIGITS;
    }

    /** The first date in {@code text}. */
    public Optional<LocalDate> find(String text) {
        return first(text).map(Match::date);
    }

    /** The first date in {@code text} with where it stands, so a cleaner can trim "Posted: Mar 4, 2024". */
    public Optional<Match> first(String text) {
        return first(text, Integer.MAX_VALUE);
    }

    /**
     * As {@link #first(String)}, when only a date that starts at or before {@code maxStart} matters ("Posted: Mar
     * 4, 2024" but not a date further on): empty when the first date starts later. No later position is tried.
     */
    public Optional<Match> first(String text, int maxStart) {
        if (text == null) return Optional.empty();
        int shape = shape(text);
        if ((shape & YEAR) == 0) return Optional.empty();
        Match best = null;
        int reach = (int) Math.min(text.length(), maxStart + 1L); // where no date may open any more
        // an ISO or numeric date opens with a number, as a day-first date does
        int[] numbers = (shape & (ISO_SHAPE | NUMERIC_SHAPE)) != 0 ? dayStarts(text, reach) : null;
        if ((shape & ISO_SHAPE) != 0) best = earlier(best, firstAt(ISO, text, numbers, maxStart, DateParser::iso));
        int[] months = monthWords(text, maxStart);
        if (months.length > 0) {
            best = earlier(best, firstAt(monthFirst, text, months, maxStart, this::named)); // its match opens with a month's name
            best = earlier(best, firstAt(dayFirst, text, dayStarts(text, Math.min(months[months.length - 1], reach)), maxStart, this::named));
        }
        if ((shape & NUMERIC_SHAPE) != 0) best = earlier(best, firstAt(NUMERIC, text, numbers, maxStart, DateParser::numeric));
        return Optional.ofNullable(best);
    }

    /** What {@link #shape} found: four digits in a row, four followed by '-', a digit, '.' or '/' and a digit. */
    private static final int YEAR = 1, ISO_SHAPE = 2, NUMERIC_SHAPE = 4;

    /**
     * The digit shapes in {@code text}, in one pass: every format needs a four-digit year, an ISO date four digits
     * and a '-', a numeric one "4/5" or "4.5". Text without them is skipped without running the patterns.
     */
    private static int shape(String text) {
        int run = 0, shape = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) shape |= YEAR;
                continue;
            }
            if (c == '-' && run >= 4) shape |= ISO_SHAPE;
            if ((c == '.' || c == '/') && run >= 1 && i + 1 < text.length() && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') shape |= NUMERIC_SHAPE;
            run = 0;
        }
        return shape;
    }

    /**
     * Where each run of letters in {@code text} that is a month's name starts, up to the first one past
     * {@code maxStart}: either named format needs one, with no letter right before or after it, but for an
     * ordinal suffix glued to the day ("1stMarch", "12ºmarzo"). {@link Prefilter#fold} compares as the patterns'
     * case-insensitive matching does, so every month-first match opens at one of these. Finding the words first
     * spares the patterns' search at every position.
     */
    private int[] monthWords(String text, int maxStart) {
        int n = text.length(), count = 0;
        int[] starts = null;
        // past maxStart, one name is enough: a day-first date that opens by then has its month after it
        for (int i = 0; i < n && (count == 0 || starts[count - 1] <= maxStart); ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.charAt(end))) end++;
            if (end - i >= shortestWord && end - i <= longestWord && isMonth(text, i, end)) {
                if (starts == null) starts = new int[4];
                else if (count == starts.length) starts = Arrays.copyOf(starts, 2 * count);
                starts[count++] = i;
            }
            i = end;
        }
        return starts == null ? new int[0] : Arrays.copyOf(starts, count);
    }

    /** Whether the letters {@code text[start, end)} are a month's name, or one glued to a day's ordinal suffix. */
    private boolean isMonth(String text, int start, int end) {
        String word = Prefilter.fold(text.substring(start, end));
        if (months.containsKey(word)) return true;
        if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            for (String suffix : ORDINAL_SUFFIXES) if (word.startsWith(suffix) && months.containsKey(word.substring(suffix.length()))) return true;
        }
        return false;
    }

    /**
     * Where a date that opens with a number may open before {@code end}: a digit with no digit before it. A match
     * of {@link #dayFirst} opens at one of these, before the last month's name (the day comes before its month), and
     * so does one of {@link #ISO} or {@link #NUMERIC} (their lookbehinds want no digit before the first).
     */
    private static int[] dayStarts(String text, int end) {
        int[] starts = new int[4];
        int count = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') continue;
            if (count == starts.length) starts = Arrays.copyOf(starts, 2 * count);
            starts[count++] = i;
        }
        return Arrays.copyOf(starts, count);
    }

    /** A date in a URL path: /2024/03/05/ or /2024-03-05. */
    public Optional<LocalDate> fromUrl(String url) {
        if (url == null) return Optional.empty();
        for (Pattern p : new Pattern[] {COMPACT_URL, URL_YEAR_MONTH}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** A date found in text, with its character span {@code [start, end)}. */
    public record Match(LocalDate date, int start, int end) {}

    private static Match earlier(Match a, Match b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start < a.start ? b : a;
    }

    /**
     * The first date {@code p} finds in {@code text} opening by {@code maxStart}, tried only at {@code starts}
     * (ascending), which hold every position where a match of {@code p} can open: the same date that searching
     * every position finds. As a search does, a match that gives no date ({@code date} gives null) is passed
     * over whole.
     */
    private static Match firstAt(Pattern p, String text, int[] starts, int maxStart, Function<Matcher, LocalDate> date) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false); // looks around the region
        int resume = 0;
        for (int start : starts) {
            if (start > maxStart) break;
            if (start < resume || !m.region(start, text.length()).lookingAt()) continue;
            LocalDate d = date.apply(m);
            if (d != null) return new Match(d, m.start(), m.end());
            resume = m.end();
        }
        return null;
    }

    /** The date of a match of {@link #ISO}, or null. */
    private static LocalDate iso(Matcher m) {
        return date(m.group(1), m.group(2), m.group(3));
    }

    /** The date of a match of {@link #monthFirst} or {@link #dayFirst}, or null. */
    private LocalDate named(Matcher m) {
        Integer month = months.get(m.group("month").toLowerCase(Locale.ROOT));
        return month == null ? null : date(m.group("year"), String.valueOf(month), m.group("day"));
    }

    /** The date of a match of {@link #NUMERIC}, or null: day first when dotted or when the first number is over 12. */
    private static LocalDate numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        boolean dotted = m.group(2).equals(".");
        if (a > 12 || dotted) return date(m.group(4), String.valueOf(b), String.valueOf(a));
        if (b > 12) return date(m.group(4), String.valueOf(a), String.valueOf(b));
        return null; // 03/04/2024: April 3rd or March 4th? Not guessed.
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) return null;
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
