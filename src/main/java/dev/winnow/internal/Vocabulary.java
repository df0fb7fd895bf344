package dev.winnow.internal;

import dev.winnow.WinnowException;
import dev.winnow.chain.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A cleaner's vocabulary: a resource next to its class holding one regular expression per line, optionally in
 * {@code [SECTION]}s; {@code #} starts a comment line. A setting {@code winnow.cleaner.<name>.<section>} replaces
 * a section with a regular expression of the user's. Compiled once, case-insensitive and Unicode-aware.
 */
public final class Vocabulary {
    /** The section of a file that has no {@code [SECTION]} header. */
    public static final String DEFAULT = "default";
    private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{N} -]*");
    private final Map<String, List<String>> sections;
    private final String cleaner;
    private final Settings settings;

    private Vocabulary(Map<String, List<String>> sections, String cleaner, Settings settings) {
        this.sections = sections;
        this.cleaner = cleaner;
        this.settings = settings;
    }

    /** Loads {@code resource} from {@code owner}'s package. */
    public static Vocabulary load(Class<?> owner, String resource, String cleaner, Settings settings) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new WinnowException("vocabulary resource " + resource + " not found for " + cleaner);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = DEFAULT;
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (s.startsWith("[") && s.endsWith("]") && s.indexOf(']') == s.length() - 1) {
                    section = s.substring(1, s.length() - 1);
                } else if (s.matches("\\[[A-Z_]+\\].*")) {
                    throw new WinnowException(resource + ": '" + s + "' looks like a section header with text after it");
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(s);
                }
            }
        } catch (IOException e) {
            throw new WinnowException("cannot read vocabulary " + resource, e);
        }
        return new Vocabulary(sections, cleaner, settings);
    }

    /** The section's entries as written in the resource (empty if absent). */
    public List<String> entries(String section) {
        return sections.getOrDefault(section, List.of());
    }

    public List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }

    /**
     * One pattern for a section: its entries joined as alternatives and placed into {@code template} at
     * {@code %s}, e.g. {@code "^(?:%s)\\W*$"} for a whole-line match. A user setting replaces the entries.
     */
    public Pattern pattern(String section, String template) {
        return compile(section, template.replace("%s", String.join("|", effective(section))));
    }

    /** As {@link #pattern}, with its {@link Prefilter}, to match blocks through the chain's {@link Lexicon}. */
    public Phrases phrase(String section, String template) {
        return Phrases.of(pattern(section, template));
    }

    /**
     * One pattern per entry, for entries with named groups (which cannot repeat inside one pattern). A user
     * setting replaces the section with its single pattern.
     */
    public List<Pattern> patterns(String section, String template) {
        return patterns(section, template, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #patterns(String, String)}, with {@code expand} applied to each entry first (placeholders). */
    public List<Pattern> patterns(String section, String template, java.util.function.UnaryOperator<String> expand) {
        List<Pattern> list = new ArrayList<>();
        for (String entry : effective(section)) list.add(compile(section, template.replace("%s", expand.apply(entry))));
        return List.copyOf(list);
    }

    /** The section entry by entry, each with its prefilter (see {@link Phrases}). */
    public Phrases phrases(String section, String template) {
        return new Phrases(patterns(section, template));
    }

    /** As {@link #phrases(String, String)}, with {@code expand} applied to each entry first (placeholders). */
    public Phrases phrases(String section, String template, java.util.function.UnaryOperator<String> expand) {
        return new Phrases(patterns(section, template, expand));
    }

    /**
     * The section alternative by alternative, matched exactly as written (no case folding): for text that is
     * already lower case and ASCII-like, such as class and id attributes, where case-insensitive matching only
     * costs time. For yes/no questions: each top-level alternative of an entry is an entry of its own, so only
     * those whose literals a text holds are tried, but a match may come from any of them.
     */
    public Phrases exactPhrases(String section) {
        List<Pattern> list = new ArrayList<>();
        for (String entry : effective(section)) {
            try {
                Pattern.compile(entry); // a bad entry is reported whole
                for (String alternative : Regex.alternatives(entry)) list.add(Pattern.compile(alternative));
            } catch (PatternSyntaxException e) {
                throw new WinnowException("bad pattern for " + key(section) + ": " + e.getDescription(), e);
            }
        }
        return new Phrases(list);
    }

    /**
     * The case-folded first word of each alternative of the section, when every alternative is plain words
     * ("posted on", "segunda-feira" gives "posted" and "segunda"); empty when one is a regular expression or a
     * setting replaces the section. A pattern opening with the section's alternatives, each closed by a word
     * boundary, matches only text whose {@link Text#firstWord} is one of them.
     */
    public Optional<Set<String>> openingWords(String section) {
        if (settings.get(key(section)) != null) return Optional.empty();
        Set<String> words = new HashSet<>();
        for (String entry : entries(section)) {
            for (String alternative : entry.split("\\|")) {
                if (!PLAIN_WORDS.matcher(alternative).matches()) return Optional.empty();
                words.add(Text.firstWord(alternative));
            }
        }
        return Optional.of(Set.copyOf(words));
    }

    /**
     * Fails at once, naming the key, when an entry of the section (a user's override included) lacks one of the
     * named groups the cleaner reads from every match.
     */
    public void requireGroups(String section, String... groups) {
        for (String entry : effective(section)) {
            for (String g : groups) {
                if (!entry.contains("(?<" + g + ">")) {
                    throw new WinnowException(key(section) + ": every pattern needs a named group (?<" + g + ">...): " + entry);
                }
            }
        }
    }

    private List<String> effective(String section) {
        String key = key(section);
        String override = settings.get(key);
        if (override != null) {
            if (override.isBlank()) throw new WinnowException(key + " is empty: it would match everything");
            return List.of(override);
        }
        List<String> list = entries(section);
        if (list.isEmpty()) throw new WinnowException("vocabulary section " + section + " of " + cleaner + " is empty");
        return list;
    }

    private String key(String section) {
        return Settings.CLEANER_PREFIX + cleaner + "." + section.toLowerCase(java.util.Locale.ROOT);
    }

    private Pattern compile(String section, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new WinnowException("bad pattern for " + key(section) + ": " + e.getDescription(), e);
        }
    }
}
