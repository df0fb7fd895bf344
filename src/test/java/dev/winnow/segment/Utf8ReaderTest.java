package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
    /** Bytes that make and break sequences: leads of every length, the edges of their second bytes, strays. */
    private static final byte[] TRICKY = {'a', '<', ' ', (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F,
            (byte) 0xA0, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE1,
            (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF1, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};

    /** Reads everything with reads of random sizes and offsets, as a caller's buffer would take it. */
    private static String readAll(Reader r, Random random) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[1 + random.nextInt(64)];
        while (true) {
            int off = random.nextInt(Math.min(3, buffer.length));
            int n = r.read(buffer, off, 1 + random.nextInt(buffer.length - off));
            if (n < 0) return out.toString();
            assertTrue(n > 0, "a read of at least one char returns at least one");
            out.append(buffer, off, n);
        }
    }

    private static String decoded(byte[] b, Random random) throws IOException {
        return readAll(new Utf8Reader(b), random);
    }

    @Test
    void readsWhatTheJdkDecodes() throws IOException {
        String s = "ASCII long enough for the bulk copy, then é, € and 😀 at the edges of reads: “quoted”";
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int seed = 0; seed < 50; seed++) assertEquals(s, decoded(b, new Random(seed)));
    }

    @Test
    void aSupplementaryCharacterSplitsAcrossOneCharReads() throws IOException {
        Reader r = new Utf8Reader("a😀b".getBytes(StandardCharsets.UTF_8));
        char[] one = new char[1];
        StringBuilder out = new StringBuilder();
        while (r.read(one, 0, 1) == 1) out.append(one[0]);
        assertEquals("a😀b", out.toString());
    }

    @Test
    void malformedSequencesAreReplacedAsTheJdkReplacesThem() throws IOException {
        String[] cases = {"61e0", "61f09f98", "c0af", "eda080", "f4908080", "f5", "80", "e282", "e28261", "c3", "f09f98e282ac"};
        for (String hex : cases) {
            byte[] b = HexFormat.of().parseHex(hex);
            assertEquals(new String(b, StandardCharsets.UTF_8), decoded(b, new Random(1)), hex);
        }
    }

    @Test
    void emptyInputEndsAtOnce() throws IOException {
        assertEquals(-1, new Utf8Reader(new byte[0]).read(new char[4], 0, 4));
        assertEquals(0, new Utf8Reader("x".getBytes(StandardCharsets.UTF_8)).read(new char[4], 0, 0));
    }

    /** Random bytes, half of them the tricky ones, against the JDK's decoder (which jsoup's stream decoding uses). */
    @Test
    void randomBytesDecodeAsTheJdkDecodesThem() throws IOException {
        Random random = new Random(20261203);
        byte[] valid = "x\u00e9\u20ac\ud83d\ude00y plain ASCII text of some length".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(i % 10 == 0 ? 2000 : 40);
            // well-formed text after a third of them, so the reader goes back to its fast path
            byte[] b = new byte[n + (random.nextInt(3) == 0 ? valid.length : 0)];
            for (int k = 0; k < n; k++) {
                b[k] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
                        : random.nextBoolean() ? TRICKY[random.nextInt(TRICKY.length)] : (byte) ('a' + random.nextInt(26));
            }
            if (b.length > n) System.arraycopy(valid, 0, b, n, valid.length);
            assertEquals(new String(b, StandardCharsets.UTF_8), decoded(b, random), () -> HexFormat.of().formatHex(b));
        }
    }

    /**
     * decodeWellFormed against the JDK's strict decoder: random text of every length of sequence (U+FFFD itself
     * included), then the same with one byte changed, which breaks it about half the time.
     */
    @Test
    void decodeWellFormedAcceptsExactlyWhatTheStrictDecoderAccepts() {
        Random random = new Random(3122026);
        int[] samples = {'a', ' ', '\n', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
        int broken = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(i % 10 == 0 ? 500 : 30); n > 0; n--) text.appendCodePoint(samples[random.nextInt(samples.length)]);
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1 && b.length > 0) b[random.nextInt(b.length)] = TRICKY[random.nextInt(TRICKY.length)];
            String strict = strictUtf8(b);
            char[] chars = new char[b.length];
            int n = Utf8Reader.decodeWellFormed(b, chars);
            assertEquals(strict == null ? -1 : strict.length(), n, () -> HexFormat.of().formatHex(b));
            if (strict != null) assertEquals(strict, new String(chars, 0, n));
            else broken++;
        }
        assertTrue(broken > 3000 && broken < 10_000, broken + " broken");
    }

    /** {@code b} decoded as UTF-8 by the JDK, or null when it is not well-formed. */
    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** The parse it feeds gives the tree jsoup's own stream parse gives, on real pages and broken ones. */
    @Test
    void parsesPagesAsJsoupParsesTheirBytes() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures/html"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) pages.add(Files.readAllBytes(f));
        }
        assertTrue(pages.size() >= 10, "fixture pages found: " + pages.size());
        pages.add(HexFormat.of().parseHex("3c703e61e0623c2f703e3c703ef09f98c3a93c2f703e")); // <p>a\xE0b</p><p>\xF0\x9F\x98é</p>
        pages.add("<meta charset=utf8><p>Déclaré</p>".getBytes(StandardCharsets.UTF_8));
        int utf8 = 0;
        for (byte[] page : pages) {
            String charset = Decoder.declaredOrUtf8(page);
            if (StandardCharsets.UTF_8.equals(Charset.forName(charset))) utf8++;
            Document ours = Decoder.parseHtml(Page.html(page, null, null), new ArrayList<>());
            Document jsoups = Jsoup.parse(new ByteArrayInputStream(page), charset, "");
            assertEquals(jsoups.outerHtml(), ours.outerHtml());
        }
        assertTrue(utf8 >= 10, "pages read as UTF-8: " + utf8);
    }

    @Test
    void pagesWithAByteOrderMarkKeepJsoupsReading() {
        byte[] utf16 = "\uFEFF<p>Über</p>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Über", Decoder.parseHtml(Page.html(utf16, null, null), new ArrayList<>()).body().text());
        byte[] utf8 = "\uFEFF<p>Über</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("Über", Decoder.parseHtml(Page.html(utf8, null, null), new ArrayList<>()).body().text());
        byte[] utf32 = "\uFEFF<p>Über</p>".getBytes(Charset.forName("UTF-32LE"));
        assertEquals("Über", Decoder.parseHtml(Page.html(utf32, null, null), new ArrayList<>()).body().text());
    }
}
