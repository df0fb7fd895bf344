package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private final List<String> warnings = new ArrayList<>();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detectsHtml() {
        assertTrue(Decoder.isHtml(Page.detect(bytes("<!DOCTYPE html><p>x"), null, null)));
        assertTrue(Decoder.isHtml(Page.detect(bytes("<p>One</p><p>Two</p><p>Three</p>"), null, null)));
        assertTrue(Decoder.isHtml(Page.html("plain", null)));
    }

    @Test
    void detectsText() {
        assertFalse(Decoder.isHtml(Page.detect(bytes("a < b and c > d\n\nUse <b>bold</b> here."), null, null)));
        assertFalse(Decoder.isHtml(Page.detect(bytes("Headline\n\nFirst paragraph."), null, null)));
        assertFalse(Decoder.isHtml(Page.text("<html><body>x</body></html>", null)));
    }

    @Test
    void textIsUtf8ByDefaultAndBomIsRemoved() {
        assertEquals("Café", Decoder.decodeText(Page.text(bytes("Café"), null, null), warnings));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals("Hi", Decoder.decodeText(Page.text(bom, null, null), warnings));
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0};
        assertEquals("Hi", Decoder.decodeText(Page.text(utf16le, null, null), warnings));
        byte[] utf16be = {(byte) 0xFE, (byte) 0xFF, 0, 'H', 0, 'i'};
        assertEquals("Hi", Decoder.decodeText(Page.text(utf16be, null, null), warnings));
        byte[] utf32le = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'H', 0, 0, 0, 'i', 0, 0, 0};
        assertEquals("Hi", Decoder.decodeText(Page.text(utf32le, null, null), warnings));
        byte[] utf32be = {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'H', 0, 0, 0, 'i'};
        assertEquals("Hi", Decoder.decodeText(Page.text(utf32be, null, null), warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void charsetHintFromContentType() {
        byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café", Decoder.decodeText(Page.text(latin1, "text/plain; charset=\"ISO-8859-1\"", null), warnings));
        assertEquals(List.of(), warnings);
    }

    /** Valid UTF-8 that holds U+FFFD itself is still UTF-8: only a malformed sequence means windows-1252. */
    @Test
    void aReplacementCharacterInValidUtf8IsKept() {
        byte[] b = "a \uFFFD b é".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("a \uFFFD b é", Decoder.decodeText(Page.text(b, null, null), warnings));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() {
        byte[] cp1252 = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'x', (byte) 0x94};
        assertEquals("Café “x”", Decoder.decodeText(Page.text(cp1252, null, null), warnings));
        assertEquals(List.of("text is not valid UTF-8; decoded as windows-1252"), warnings);
    }

    @Test
    void charsetNames() {
        assertEquals("ISO-8859-1", Decoder.charsetName("text/html; charset=iso-8859-1", warnings));
        assertEquals("UTF-8", Decoder.charsetName("utf8", warnings));
        assertNull(Decoder.charsetName("text/html", warnings));
        assertNull(Decoder.charsetName(" ", warnings));
        assertEquals(List.of(), warnings);
        assertNull(Decoder.charsetName("bogus-charset", warnings));
        assertEquals(List.of("unknown charset 'bogus-charset' ignored"), warnings);
        // 'İ' lower-cases to two chars: the position of "charset=" must be found in the hint itself
        assertEquals("UTF-8", Decoder.charsetName("\u0130\u0130; CHARSET=utf-8", warnings));
        assertNull(Decoder.charsetName("\u0130och charset=.", warnings));
    }

    @Test
    void htmlBytesUseTheHintAndStringsParseDirectly() {
        byte[] latin1 = "<p>Café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café", Decoder.parseHtml(Page.html(latin1, "iso-8859-1", null), warnings).body().text());
        assertEquals("Ünïcode", Decoder.parseHtml(Page.html("<p>Ünïcode</p>", null), warnings).body().text());
        byte[] meta = "<meta charset=\"iso-8859-1\"><p>Café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café", Decoder.parseHtml(Page.html(meta, null, null), warnings).body().text());
    }

    @Test
    void malformedCharsetHintsAreIgnoredNotThrown() {
        for (String hint : java.util.List.of("text/html; charset=;", "text/html; charset= ;", "charset=", "charset=\"\"", ";", "text/html;charset")) {
            java.util.List<String> warnings = new java.util.ArrayList<>();
            assertEquals(null, Decoder.charsetName(hint, warnings), hint);
            dev.winnow.Winnow.news().clean(dev.winnow.Page.html("<p>Text.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8), hint, null));
            dev.winnow.Winnow.news().clean(dev.winnow.Page.text("Text.".getBytes(java.nio.charset.StandardCharsets.UTF_8), hint, null));
        }
    }
}
