package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Block;
import dev.winnow.chain.Cleaner;
import dev.winnow.chain.CleanerChain;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Path FIXTURES = Path.of(System.getProperty("winnow.fixtures", "fixtures"));

    private static Phrases phrases(String... regexes) {
        List<Pattern> list = new ArrayList<>();
        for (String r : regexes) list.add(Pattern.compile(r, FLAGS));
        return new Phrases(list);
    }

    /** Overlapping literals, literals inside literals, case and non-ASCII folding: the scan agrees with indexOf. */
    @Test
    void findsEachLiteralWhereIndexOfOnFoldedTextDoes() {
        Phrases a = phrases("he", "she", "hers", "his");
        Phrases b = phrases("straße", "école|ecole", "ßa", "ajansı");
        Lexicon lexicon = Lexicon.of(List.of(a, b));
        String alphabet = "heSrisHEßaÉcolÖajnsıIİ ";
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(t.toString());
        }
        texts.addAll(List.of("", "USHERS", "STRASSE", "Straße", "ÉCOLE", "AJANSI", "ushers his hers"));
        Lexicon.Scan scan = lexicon.scan(texts);
        assertEquals(texts.size(), scan.size());
        Lexicon.Scan onDemand = lexicon.scanOnDemand(texts); // asked in another order: last text first
        int found = 0;
        for (Phrases p : List.of(a, b)) {
            int base = lexicon.base(p);
            assertTrue(base >= 0);
            for (int t = 0; t < texts.size(); t++) {
                int u = texts.size() - 1 - t;
                assertEquals(scan.mask(u), onDemand.mask(u), texts.get(u));
                for (int w = 0; w < (lexicon.base(b) + b.literals().size() + 63) / 64; w++) {
                    assertEquals(scan.word(scan.row(u), w), onDemand.word(onDemand.row(u), w), texts.get(u));
                }
                String folded = Prefilter.key(texts.get(t));
                for (int id = 0; id < p.literals().size(); id++) {
                    boolean expected = folded.contains(p.literals().get(id));
                    assertEquals(expected, scan.contains(scan.row(t), base + id), "'" + p.literals().get(id) + "' in '" + texts.get(t) + "'");
                    if (expected) found++;
                }
            }
        }
        assertTrue(found > 500, found + " literals found");
        assertEquals(-1, Lexicon.EMPTY.base(a), "a vocabulary outside the lexicon");
    }

    /**
     * {@link Lexicon#scan} reads a page with two walks, from either end, which meet in some text: wherever they
     * meet (texts empty, short or long, odd or even counts), every text comes out as one walk over it alone reads it,
     * also where a walk's buffer of output states fills and is noted part-way through a text.
     */
    @Test
    void twoWalksFromEitherEndReadEachTextAsOneWalkDoes() {
        Phrases a = phrases("he", "she", "hers", "his");
        Phrases b = phrases("zq");
        Lexicon lexicon = Lexicon.of(List.of(a, b));
        String alphabet = "heSrisH ";
        Random random = new Random(7);
        int checked = 0, found = 0, dense = 0;
        for (int page = 0; page < 3_000; page++) {
            List<String> texts = new ArrayList<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                StringBuilder t = new StringBuilder();
                int length = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 200);
                for (int k = 0; k < length; k++) t.append(alphabet.charAt(random.nextInt(alphabet.length())));
                if (random.nextInt(40) == 0) { // long and dense: fills a walk's buffer of output states, more than once
                    if (random.nextBoolean()) t.append("zq "); // only in the first buffer: its mask must stay
                    String[] pieces = {"he", "She", "hers", "HIS", "x"};
                    for (int k = 2_000 + random.nextInt(3_000); k > 0; k--) t.append(pieces[random.nextInt(pieces.length)]);
                    dense++;
                }
                texts.add(t.toString());
            }
            Lexicon.Scan both = lexicon.scan(texts);
            Lexicon.Scan alone = lexicon.scanOnDemand(texts);
            assertEquals(texts.size(), both.size());
            for (int t = 0; t < texts.size(); t++) {
                String folded = Prefilter.key(texts.get(t));
                for (Phrases p : List.of(a, b)) {
                    boolean any = false;
                    for (int id = 0; id < p.literals().size(); id++) {
                        boolean expected = folded.contains(p.literals().get(id));
                        assertEquals(expected, both.contains(both.row(t), lexicon.base(p) + id), p.literals().get(id) + " in " + texts.get(t));
                        assertEquals(expected, alone.contains(alone.row(t), lexicon.base(p) + id), p.literals().get(id) + " in " + texts.get(t));
                        any |= expected;
                        if (expected) found++;
                    }
                    assertEquals(any, (both.mask(t) & lexicon.bit(p)) != 0, "mask of " + texts.get(t));
                    assertEquals(any, (alone.mask(t) & lexicon.bit(p)) != 0, "mask of " + texts.get(t));
                }
                checked++;
            }
        }
        assertTrue(checked > 9_000 && found > 5_000 && dense > 100, checked + " texts, " + found + " literals found, " + dense + " long");
    }

    /**
     * Where a literal ends, so may shorter ones inside it: the state that ends "uvwqz" notes it and "vwqz", "wqz"
     * and "qz", whose ids lie 64 apart, each in another word of a text's row (more words than a state keeps
     * beside its output, see {@link Lexicon#collect}); "wqz" notes two words, "qz" one.
     */
    @Test
    void literalsEndingTogetherAreNotedWhateverWordsOfTheRowTheyFallIn() {
        List<String> literals = new ArrayList<>();
        String[] nested = {"qz", "wqz", "vwqz", "uvwqz"};
        for (int k = 0; k < nested.length; k++) {
            literals.add(nested[k]);
            for (int f = 0; f < 63; f++) literals.add("x" + (char) ('a' + k) + (char) ('a' + f / 26) + (char) ('a' + f % 26)); // fillers
        }
        Phrases p = phrases(literals.toArray(String[]::new));
        for (int k = 0; k < nested.length; k++) assertEquals(64 * k, p.literals().indexOf(nested[k]), nested[k] + "'s id");
        Lexicon lexicon = Lexicon.of(List.of(p));
        String[] pieces = {"u", "v", "w", "q", "z", "x", "a", "b", " ", "wqz", "uvwqz", "xcaa"};
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("uvwqz", "vwqz", "wqz", "qz", "xaaa uvwqz xdck"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) t.append(pieces[random.nextInt(pieces.length)]);
            texts.add(t.toString());
        }
        Lexicon.Scan scan = lexicon.scan(texts);
        int[] found = new int[literals.size()];
        for (int t = 0; t < texts.size(); t++) {
            for (int id = 0; id < literals.size(); id++) {
                boolean expected = texts.get(t).contains(p.literals().get(id));
                assertEquals(expected, scan.contains(scan.row(t), lexicon.base(p) + id), "'" + p.literals().get(id) + "' in '" + texts.get(t) + "'");
                if (expected) found[id]++;
            }
        }
        for (int k = 0; k < nested.length; k++) assertTrue(found[64 * k] > 500, nested[k] + " found in " + found[64 * k] + " texts");
    }

    /**
     * An entry is looked up by its rarest requirement ("zebra", not "on"), and only such literals set a section's
     * bit: a text with the common literal alone is answered from the mask, yet the literal is still noted for the
     * entries' other requirements.
     */
    @Test
    void aSectionsBitComesFromTheLiteralsItsEntriesAreLookedUpBy() {
        Phrases p = phrases("\\bon\\b.*\\bzebra\\b");
        Lexicon lexicon = Lexicon.of(List.of(p));
        List<String> texts = List.of("on and on", "a zebra", "on the zebra", "ZEBRA on");
        Lexicon.Scan scan = lexicon.scan(texts);
        int on = p.literals().indexOf("on"), zebra = p.literals().indexOf("zebra");
        assertTrue(on >= 0 && zebra >= 0, p.literals().toString());
        assertTrue(p.isKey(zebra));
        assertFalse(p.isKey(on));
        assertEquals(List.of(0L, lexicon.bit(p), lexicon.bit(p), lexicon.bit(p)), List.of(scan.mask(0), scan.mask(1), scan.mask(2), scan.mask(3)));
        assertTrue(scan.contains(scan.row(0), lexicon.base(p) + on), "noted though it sets no bit");
        Phrases.Bound bound = p.on(scan);
        List<Boolean> may = new ArrayList<>();
        for (int t = 0; t < texts.size(); t++) may.add(bound.mayMatch(texts.get(t), t));
        assertEquals(List.of(false, false, true, true), may);
        assertNotNull(bound.find(texts.get(2), 2));
        assertNull(bound.find(texts.get(3), 3), "both literals, in the other order");
    }

    /** A vocabulary too large for the automaton (a user's setting of thousands of phrases) reads its own literals. */
    @Test
    void aVocabularyTooLargeIsLeftOutAndStillMatches() {
        Random random = new Random(5);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 20; k++) w.append((char) ('a' + random.nextInt(26)));
            words.add(w.toString());
        }
        Phrases huge = phrases(String.join("|", words));
        Phrases small = phrases("like us", "follow us");
        Lexicon lexicon = Lexicon.of(List.of(small, huge));
        assertEquals(-1, lexicon.base(huge));
        assertTrue(lexicon.base(small) >= 0);
        List<String> texts = List.of("Please follow us", "the word " + words.get(1234) + " here", "nothing");
        Lexicon.Scan scan = lexicon.scan(texts);
        assertEquals("follow us", small.on(scan).find(texts.get(0), 0).group());
        assertEquals(words.get(1234), huge.on(scan).find(texts.get(1), 1).group());
        assertEquals(null, huge.on(scan).find(texts.get(2), 2));
        // many short literals: small automaton, but a scan's row of bits per text would grow with them
        List<String> shortWords = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) shortWords.add("q" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + (char) ('a' + i / 676));
        Phrases many = phrases(shortWords.toArray(String[]::new));
        Lexicon withMany = Lexicon.of(List.of(small, many));
        assertEquals(-1, withMany.base(many));
        String text = "a " + shortWords.get(1999) + " b";
        assertEquals(shortWords.get(1999), many.on(withMany.scan(List.of(text))).find(text, 0).group());
    }

    /**
     * Every vocabulary of the default chain, on every block of the fixtures: bound to the page's scan, or reading
     * its own literals, it finds exactly what its patterns find without any prefilter.
     */
    @Test
    void boundVocabulariesFindWhatTheirPatternsFind() throws IOException {
        List<List<String>> pages = fixturePages();
        CleanerChain chain = CleanerChain.news();
        List<Phrases> vocabularies = new ArrayList<>();
        for (Cleaner c : chain.cleaners()) vocabularies.addAll(c.vocabulary());
        assertTrue(vocabularies.size() >= 8, vocabularies.size() + " vocabularies");
        int matches = 0, longMatches = 0;
        for (List<String> blocks : pages) {
            // and each block after the one before it: a long text with a short block's match inside
            List<String> page = new ArrayList<>(blocks);
            for (int t = 1; t < blocks.size(); t++) page.add(blocks.get(t - 1) + " " + blocks.get(t));
            for (Lexicon lexicon : List.of(Lexicon.of(chain.vocabulary()), Lexicon.EMPTY)) {
                Lexicon.Scan scan = lexicon.scan(page);
                for (Phrases p : vocabularies) {
                    Phrases.Bound bound = p.on(scan);
                    for (int t = 0; t < page.size(); t++) {
                        String text = page.get(t);
                        String part = text.substring(text.length() / 3); // a cleaner may match the visible part only
                        for (String s : List.of(text, part)) {
                            Matcher found = bound.find(s, t), whole = bound.matchWhole(s, t), prefix = bound.lookingAt(s, t);
                            assertEquals(describe(p, unfiltered(p, s, 0)), describe(p, found), s);
                            assertEquals(describe(p, unfiltered(p, s, 1)), describe(p, whole), s);
                            assertEquals(describe(p, unfiltered(p, s, 2)), describe(p, prefix), s);
                            assertEquals(p.patterns().stream().filter(x -> x.matcher(s).find()).count(), bound.findAll(s, t).size(), s);
                            if (found != null) {
                                matches++;
                                if (s.length() > 200) longMatches++;
                                assertEquals(rest(unfiltered(p, s, 0)), rest(found), "searching on after the first match: " + s);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(matches > 200 && longMatches > 100, matches + " matches compared, " + longMatches + " in long texts");
    }

    /**
     * A long text is searched only where an entry's openings stand; what comes before such a place still counts
     * for a lookbehind or a word boundary, and '^' still means the text's start.
     */
    @Test
    void aSearchFromTheOpeningsSeesTheWholeText() {
        String filler = "A sentence long enough that the search goes by openings. ";
        Phrases mention = phrases("\\b(?:ap|reuters) reported");
        assertEquals(List.of("ap repor", "reuters "), Prefilter.of(mention.patterns().get(0)).openings());
        Matcher m = mention.find(filler + "The tap reported nothing, and then Reuters reported it.");
        assertEquals(filler.length() + 35, m.start(), "not inside 'tap'");
        Phrases credit = phrases("(?:^|(?<=\\. ))photo: \\w+");
        assertNull(credit.find("Our photo: none. " + filler), "'^' is not where the search starts");
        assertEquals(filler.length(), credit.find(filler + "Photo: AP").start());
        Matcher again = phrases("\\b(?:ap|afp)\\b").find(filler + "AP and AFP");
        assertTrue(again.find() && again.start() == filler.length() + 7 && !again.find(), "searching on finds the rest");
    }

    /**
     * A whole or prefix match is tried only where the text opens with one of the entry's openings, looked up by
     * its first character: openings whose first characters differ by 128 ('a', 'á') or by case are each tried.
     */
    @Test
    void aMatchAtTheStartIsTriedForEveryOpeningOfItsFirstCharacter() {
        Phrases p = phrases("^\\W*(?:ápice|apex|Bee|ā)$");
        for (String text : List.of("ÁPICE", "apex", "— bee", "bee", "(Ā")) assertNotNull(p.matchWhole(text), text);
        for (String text : List.of("ápex", "apice", "", "—", "a", "beetle")) assertNull(p.matchWhole(text), text);
        assertNotNull(p.on(Lexicon.of(List.of(p)).scan(List.of("... Apex"))).lookingAt("... Apex", 0));
    }

    /** Where {@code m} finds its further matches, searching on. */
    private static List<String> rest(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static Matcher unfiltered(Phrases p, String text, int mode) {
        for (Pattern pattern : p.patterns()) {
            Matcher m = pattern.matcher(text);
            if (mode == 0 ? m.find() : mode == 1 ? m.matches() : m.lookingAt()) return m;
        }
        return null;
    }

    /**
     * The entry that matched (as written, while a bound vocabulary runs it factored), where, and where each of
     * its groups matched.
     */
    private static String describe(Phrases p, Matcher m) {
        if (m == null) return "none";
        int entry = p.patterns().indexOf(m.pattern());
        if (entry < 0) entry = p.matching().indexOf(m.pattern());
        StringBuilder b = new StringBuilder(p.patterns().get(entry).pattern()).append(" @").append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) b.append(" (").append(m.start(g)).append('-').append(m.end(g)).append(')');
        return b.toString();
    }

    /** The blocks of every fixture page, one list per page; invalid UTF-8 replaced (some fixtures are binary). */
    private static List<List<String>> fixturePages() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.toString();
                String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                List<Block> blocks = name.endsWith(".html") ? HtmlSegmenter.segment(Jsoup.parse(content).body())
                        : name.endsWith(".txt") ? TextSegmenter.segment(content) : List.of();
                if (!blocks.isEmpty()) pages.add(blocks.stream().map(Block::text).toList());
            }
        }
        assertTrue(pages.size() > 20, pages.size() + " pages");
        return pages;
    }
}
