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

    /** A short class of punctuation is a requirement of its own: any match holds one of its characters. */
    @Test
    void shortPunctuationClassesAreRequirements() {
        Prefilter p = of("(?:photo|image)s?\\s*[:©|]\\s*\\w+");
        assertFalse(p.mayFind("Photos of the building"), "no ':', '©' or '|'");
        assertTrue(p.mayFind("Photo: Jane Doe"));
        assertTrue(p.mayFind("Image © Jane Doe"));
        for (String notRequired : List.of("photo[:|]?x", "photo[^:]x", "photo[a-c]x", "photo[\\s:]x", "photo[ab]x")) {
            assertTrue(of(notRequired).mayFind("photo x"), notRequired + ": the class is not a requirement");
        }
        assertFalse(of("[-—(]+ AP").mayFind("x AP"), "'-' first in a class is a literal");
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
                "teasers", "navigation", "date-lines"};
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

    /** A fixture as text, invalid UTF-8 replaced (the hostile fixtures include binary files). */
    private static String lenient(Path f) throws IOException {
        return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
    }
}
