package dev.winnow.metadata;

import dev.winnow.chain.Settings;
import dev.winnow.internal.Phrases;
import dev.winnow.internal.Prefilter;
import dev.winnow.internal.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies Winnow knows, with the canonical name each alias maps to ("Associated Press" and "AP" both
 * give "The Associated Press"). Loaded once from {@code agencies.txt}; immutable and thread-safe.
 */
public final class Agencies {
    private static final Pattern LEADING = Pattern.compile("^(?:\\(c\\)|copyright\\b|the\\s|[-—–©(\\s])+",
            Pattern.CASE_INSENSITIVE);
    /** Trailing characters stripped from a candidate ("The Canadian Press." or "AP -"). */
    private static final String TRAILING = " \t\n.,;:)-—–";

    private record Entry(String canonical, Pattern alias) {}

    private static final int MAX_CANDIDATE = 200;
    private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N} .'’-]+");
    private final List<Entry> entries;
    /** Aliases that are plain words, by folded text (case-insensitive) or exact text: found without a regex. */
    private final Map<String, String> foldedLiterals;
    private final Map<String, String> exactLiterals;
    /** Aliases that need their regular expression. */
    private final List<Entry> patterns;
    private final Phrases aliases;

    private Agencies(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, String> folded = new HashMap<>(), exact = new HashMap<>();
        List<Entry> rest = new ArrayList<>();
        for (Entry e : entries) {
            boolean ci = (e.alias.flags() & Pattern.CASE_INSENSITIVE) != 0;
            String body = e.alias.pattern().substring(3, e.alias.pattern().length() - 1); // inside "(?:...)"
            List<String> literals = new ArrayList<>();
            for (String alt : body.split("\\|")) if (LITERAL.matcher(alt).matches()) literals.add(alt);
            if (literals.size() != body.split("\\|").length) rest.add(e);
            for (String lit : literals) (ci ? folded : exact).putIfAbsent(ci ? Prefilter.fold(lit) : lit, e.canonical);
        }
        this.foldedLiterals = Map.copyOf(folded);
        this.exactLiterals = Map.copyOf(exact);
        this.patterns = List.copyOf(rest);
        this.aliases = Phrases.of(entries.stream().map(Entry::alias).toList());
    }

    private static final class BuiltIn {
        static final Agencies INSTANCE = load();
    }

    /** The built-in list, loaded once. */
    public static Agencies builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static Agencies load() {
        Vocabulary v = Vocabulary.load(Agencies.class, "agencies.txt", "agencies", Settings.empty());
        List<Entry> entries = new ArrayList<>();
        add(entries, v.entries(Vocabulary.DEFAULT), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        add(entries, v.entries("CASE_SENSITIVE"), 0);
        return new Agencies(entries);
    }

    private static void add(List<Entry> entries, List<String> lines, int flags) {
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalStateException("agencies.txt: no '=' in " + line);
            entries.add(new Entry(line.substring(0, eq).strip(), Pattern.compile("(?:" + line.substring(eq + 1).strip() + ")", flags)));
        }
    }

    /** The canonical agency name if {@code candidate} is, as a whole, an agency's name or alias. */
    public Optional<String> canonical(String candidate) {
        if (candidate == null) return Optional.empty();
        String stripped = candidate.strip();
        if (stripped.length() > MAX_CANDIDATE) return Optional.empty(); // no agency name is that long
        Matcher leading = LEADING.matcher(stripped);
        String s = stripTrailing(leading.lookingAt() ? stripped.substring(leading.end()) : stripped); // not a search: '^'
        if (s.isEmpty() || s.length() > 60) return Optional.empty();
        String hit = foldedLiterals.get(Prefilter.fold(s));
        if (hit == null) hit = exactLiterals.get(s);
        if (hit != null) return Optional.of(hit);
        for (Entry e : patterns) if (e.alias.matcher(s).matches()) return Optional.of(e.canonical);
        return Optional.empty();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end);
    }

    /**
     * The aliases, one pattern per agency, with their prefilters: a text that none of them may match holds no
     * agency name, and {@link #canonical} finds none in any part of it.
     */
    public Phrases aliases() {
        return aliases;
    }

    /** A regular expression (no groups) matching any alias, for cleaners that look for agencies inside text. */
    public String alternation() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            if (sb.length() > 0) sb.append('|');
            sb.append(e.alias.flags() == 0 ? "(?-i:" + e.alias.pattern() + ")" : e.alias.pattern());
        }
        return sb.toString();
    }
}
