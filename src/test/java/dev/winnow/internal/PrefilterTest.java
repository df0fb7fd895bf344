package dev.winnow.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Block;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PrefilterTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Path FIXTURES = Path.of(System.getProperty("winnow.fixtures", "fixtures"));

    private static Prefilter of(String regex) {
        return Prefilter.of(Pattern.compile(regex, FLAGS));
    }

    @Test
    void rejectsTextWithoutTheLiteralsAndKeepsTextWithThem() {
        Prefilter p = of("\\blike us on (?:facebook|twitter)|^sign up(?: here)?\\W*$");
        assertTrue(p.selective());
        assertFalse(p.mayFind("A plain sentence about nothing."));
        assertTrue(p.mayFind("LIKE US ON Facebook"));
        assertTrue(p.mayFind("Sign up"));
        Prefilter credit = of("(?<credit>(?-i:(?:AP|REUTERS))\\s?/\\s?\\p{Lu}\\p{L}+)\\W*$");
        assertFalse(credit.mayFind("AP Jane Doe"), "needs a slash");
        assertTrue(credit.mayFind("A caption. AP/Jane Doe"));
    }

    /** A short class is a requirement of its own: any match holds one of its characters. */
    @Test
    void shortClassesAreRequirements() {
        Prefilter p = of("(?:photo|image)s?\\s*[:©|]\\s*\\w+");
        assertFalse(p.mayFind("Photos of the building"), "no ':', '©' or '|'");
        assertTrue(p.mayFind("Photo: Jane Doe"));
        assertTrue(p.mayFind("Image © Jane Doe"));
        for (String notRequired : List.of("photo[:|]?x", "photo[^:]x", "photo[a-c]x", "photo[\\s:]x", "photo[abcdefghi]x")) {
            assertTrue(of(notRequired).mayFind("photo x"), notRequired + ": the class is not a requirement");
        }
        assertFalse(of("[-—(]+ AP").mayFind("x AP"), "'-' first in a class is a literal");
        assertFalse(of("photo[ab]x").mayFind("photo x"));
        assertTrue(of("photo[ab]x").mayFind("PHOTOBX"));
    }

    /**
     * Digits compare as '0' (of any script: {@code \\d} matches them all with UNICODE_CHARACTER_CLASS), so a digit
     * next to literals or short classes makes a requirement of a few short strings.
     */
    @Test
    void digitsNextToLiteralsAndClassesAreRequirements() {
        assertEquals("0:0 ab0", Prefilter.key("7:9 AB٣")); // ARABIC-INDIC DIGIT THREE is a digit too
        Prefilter time = of("^\\W*(?=.*\\d[:.h]\\d).{1,60}?\\s(?:on|le)\\s.*$");
        assertTrue(time.requirements().contains(List.of("0:0", "0.0", "0h0")), time.requirements().toString());
        assertFalse(time.mayFind("Posted on the site at noon"), "no time: the lookahead cannot hold");
        assertTrue(time.mayFind("Milan on September 12 at 4:47 pm"));
        assertTrue(time.mayFind("Milan on September 12 at ٤:٤٧ pm"));
        Prefilter count = of("^(?:view )?\\d+ comments?\\W*$");
        assertTrue(count.requirements().contains(List.of("0 comment")), count.requirements().toString());
        assertFalse(count.mayFind("Comments"));
        assertTrue(count.mayFind("View 12 comments"));
        // found in review: digits beyond the BMP are surrogate pairs, and \\d matches them too
        assertTrue(count.mayFind("𝟏𝟐 comments"), "MATHEMATICAL BOLD DIGIT ONE and TWO");
        assertTrue(of("\\d").mayFind("𝟗") && of("x[\\d.]y").mayFind("x𝟗y"));
        // a pattern's own pair is never required: a quantifier or case applies to the pair, not its halves
        assertTrue(of("x𐐀{0}").mayFind("x") && of("𝟏*").mayFind("") && of("a𐐀").mayFind("A𐐨"));
        Prefilter digits = of("x[0-9]y|z[\\d.]w");
        assertTrue(digits.mayFind("x5y") && digits.mayFind("z.w") && digits.mayFind("z3w"));
        assertFalse(digits.mayFind("x y z w"));
    }

    /** What a positive lookaround needs is in any text the pattern matches; a negative one requires nothing. */
    @Test
    void positiveLookaroundsAddRequirementsNegativeOnesDoNot() {
        assertFalse(of("(?=.*\\bsaid\\b)\\w+").mayFind("nothing here"));
        assertTrue(of("(?=.*\\bsaid\\b)\\w+").mayFind("she said"));
        assertFalse(of("(?<=editor: )\\w+").mayFind("an editor said"));
        assertTrue(of("(?!.*said)\\w+").mayFind("plain"));
        assertTrue(of("(?<!said )\\w+").mayFind("plain"));
    }

    @Test
    void whatItDoesNotUnderstandAlwaysMayMatch() {
        for (String r : List.of("(a)\\1", "\\Qx\\E", "(?x) a b", "a|", "\\x41b", ".*", "x[[:]]y", "[a[b]]c")) assertFalse(of(r).selective(), r);
        assertTrue(of("x[[:]]y").mayFind("x:y"), "Java has no POSIX brackets: [[:]] is a class of ':'");
        assertTrue(of("[]a]b").mayFind("]b") && of("[]a]b").mayFind("ab"), "']' first in a class is a literal");
        assertTrue(of("(a)\\1").mayFind("zzz"));
    }

    @Test
    void foldsCaseAsUnicodeCaseInsensitiveMatchingDoes() {
        Prefilter p = of("ajansı|straße");
        assertTrue(p.mayFind("ANADOLU AJANSI"));
        assertTrue(p.mayFind("Straße"));
        assertTrue(p.mayFind("STRASSE") || !Pattern.compile("straße", FLAGS).matcher("STRASSE").find(),
                "wherever the regex matches, the prefilter lets the text through");
        assertTrue(Pattern.compile("ajansı", FLAGS).matcher("AJANSI").find() && p.mayFind("AJANSI"));
    }

    /** The strings a match opens with: literals after zero-width assertions, cut short, minimal. */
    @Test
    void openingsAreWhatEveryMatchStartsWith() {
        assertEquals(List.of("ap", "the ", "reuters"), of("\\b(?<agency>(?:the )?(?:AP|Reuters|APA))\\s+reported").openings());
        assertEquals(List.of("photos", "photo:", "crédit p"), of("(?:^|(?<=[.!?]\\s))(?:photo|crédit photo)s?:").openings(), "cut to 8 characters");
        assertEquals(List.of("0"), of("(?=\\d)\\b\\d[:.]\\d").openings(), "'0' ends an opening: a digit may be a pair");
        assertEquals(List.of("(ph", "(bi"), of("\\((?:ph|bi)+o").openings(), "a repeat ends an opening");
        assertEquals(List.of("©", "(c)"), of("(?i)(?:©|\\(c\\))\\s*\\d{4}").openings());
        for (String none : List.of("\\w+ reported", "(?:the )?\\s*AP", "x?y", "a|bc", "(?:ab)*c?", "\\Gab", ".ab", "ab|", "𝟏ab")) {
            assertEquals(List.of(), of(none).openings(), none);
        }
        assertEquals(List.of(), Prefilter.of(Pattern.compile("école", Pattern.CANON_EQ)).openings(), "é may be e and an accent");
    }

    /** Anchored: every match starts at the text's start, whatever alternative it takes. */
    @Test
    void anchoredWhenNoTopLevelAlternativeEscapesTheStart() {
        for (String yes : List.of("^ad\\b", "^(?:ad|sponsored)\\W*$", "\\Aphoto", "^\\W*(?:menu|home)(?:x|y)?$")) assertTrue(of(yes).anchored(), yes);
        for (String no : List.of("ad", "^ad|sponsored", "(?:^|x)ad", "\\bad", "^(a)\\1|b")) assertFalse(of(no).anchored(), no);
        assertFalse(Prefilter.of(Pattern.compile("^ad", Pattern.MULTILINE)).anchored(), "'^' at every line's start");
    }

    /** An anchored pattern's start: a repeated class skipped, then strings, single letters included. */
    @Test
    void anchoredPatternsOpenAfterARepeatedClass() {
        assertEquals(new Prefilter.Start("\\W", List.of("menu", "home")), of("^\\W*(?:menu|home)\\W*$").start());
        assertEquals(new Prefilter.Start("[\\s«]", List.of("x", "next")), of("^[\\s«]*?(?:next|x)$").start());
        assertEquals(new Prefilter.Start(null, List.of("©", "(c)")), of("^(?:©|\\(c\\))\\s*\\d{4}").start());
        for (String none : List.of("^\\W*\\w+$", "^\\W+menu", "^\\s*[-(]*\\s*ap", "menu|home", "^\\W*(?:menu|)$")) {
            assertEquals(null, of(none).start(), none);
        }
    }

    /**
     * Random patterns on random text: every match, and every match a search finds after it, opens with one of
     * the pattern's openings in the text's key form.
     */
    @Test
    void everyMatchOfARandomPatternOpensWithAnOpening() {
        String[] atoms = {"ab", "B", "1", "\\d", "[:.h]", "[ab]", ":", "\\s", "\\b", "x+", "\\d{1,2}", "(?:ab)?",
                "(?=a)", "(?!b)", "(?<=b)", "(?:ab|1:)", "(?:ba|)", "^", "(?-i:Ab)", "ß", "٣", "(?:xy)+", "[ab]?"};
        String chars = "aAbB19٣:. hxyß";
        Random random = new Random(5);
        int opened = 0, matched = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder regex = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) regex.append(atoms[random.nextInt(atoms.length)]);
            Pattern p = Pattern.compile(regex.toString(), FLAGS);
            List<String> openings = Prefilter.of(p).openings();
            if (openings.isEmpty()) continue;
            opened++;
            for (int t = 0; t < 40; t++) {
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(14); c > 0; c--) text.append(chars.charAt(random.nextInt(chars.length())));
                String s = text.toString(), key = Prefilter.key(s);
                for (var m = p.matcher(s); m.find(); ) {
                    matched++;
                    int at = m.start();
                    assertTrue(openings.stream().anyMatch(o -> key.startsWith(o, at)), regex + " opens at " + at + " of '" + s + "' " + openings);
                }
            }
        }
        assertTrue(opened > 500 && matched > 2_000, opened + " patterns with openings, " + matched + " matches checked");
    }

    /** Every vocabulary pattern, on every block of the fixtures: a match always passes its prefilter. */
    @Test
    void neverRejectsAMatchOfAnyVocabularyPattern() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.toString();
                if (name.endsWith(".html")) {
                    for (Block b : HtmlSegmenter.segment(Jsoup.parse(lenient(f)).body())) texts.add(b.text());
                } else if (name.endsWith(".txt")) {
                    for (Block b : TextSegmenter.segment(lenient(f))) texts.add(b.text());
                }
            }
        }
        assertTrue(texts.size() > 1000, texts.size() + " blocks");
        Winnow.news(); // the vocabularies load
        int patterns = 0, selective = 0, checked = 0;
        String[] vocabularies = {"bylines", "captions", "wire-credit", "dateline-prefix", "container-hints", "prompts",
                "teasers", "navigation", "date-lines", "comments", "not-article"};
        for (String v : vocabularies) {
            Vocabulary voc = Vocabulary.load(dev.winnow.cleaners.CaptionCleaner.class, v + ".txt", v, Settings.empty());
            for (String section : voc.sectionNames()) {
                for (String entry : voc.entries(section)) {
                    Pattern p;
                    try {
                        p = Pattern.compile(entry, FLAGS);
                    } catch (RuntimeException placeholder) {
                        continue; // entries with placeholders are expanded by their cleaner
                    }
                    Prefilter f = Prefilter.of(p);
                    patterns++;
                    if (f.selective()) selective++;
                    for (String t : texts) {
                        if (p.matcher(t).find()) {
                            checked++;
                            assertTrue(f.mayFind(t), v + "/" + section + ": " + entry + " matches '" + t + "'");
                        }
                    }
                }
            }
        }
        assertTrue(patterns > 50 && selective > patterns / 2, selective + " of " + patterns + " selective");
        assertTrue(checked > 100, checked + " matches checked");
        assertEquals(Prefilter.fold("ÉCOLE Straße"), Prefilter.fold("école STRAßE"));
    }

    /**
     * Random patterns of literals, digits, short classes, repeats and lookarounds, on random text: wherever a
     * pattern finds a match, its prefilter lets the text through.
     */
    @Test
    void neverRejectsAMatchOfARandomPattern() {
        String[] atoms = {"a", "B", "1", "\\d", "[:.h]", "[0-9]", "[ab]", "[\\d.]", ":", ".", "\\s", "\\b", "x+",
                "\\d{1,2}", "\\d+", "[:.]?", "(?=.*\\d:)", "(?!a)", "(?<=b)", "(?:a|1:)", "(?:ab)?", "٣", "ß"};
        String chars = "aAbB19٣:. hxß";
        Random random = new Random(11);
        int matched = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder regex = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) regex.append(atoms[random.nextInt(atoms.length)]);
            Pattern p = Pattern.compile(regex.toString(), FLAGS);
            Prefilter f = Prefilter.of(p);
            for (int t = 0; t < 40; t++) {
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(12); c > 0; c--) text.append(chars.charAt(random.nextInt(chars.length())));
                String s = text.toString();
                if (p.matcher(s).find()) {
                    matched++;
                    assertTrue(f.mayFind(s), regex + " matches '" + s + "'");
                }
            }
        }
        assertTrue(matched > 5_000, matched + " matches checked");
    }

    /** A fixture as text, invalid UTF-8 replaced (the hostile fixtures include binary files). */
    private static String lenient(Path f) throws IOException {
        return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
    }
}
