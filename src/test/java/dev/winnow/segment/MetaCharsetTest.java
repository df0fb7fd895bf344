package dev.winnow.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaCharsetTest {
    private static String of(String html) {
        return MetaCharset.of(html.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsMetaCharsetAndContentType() {
        assertEquals("iso-8859-1", of("<html><head><meta charset=\"iso-8859-1\"><title>x</title>"));
        assertEquals("windows-1252", of("<META CHARSET='windows-1252'>"));
        assertEquals("koi8-r", of("<meta charset=koi8-r>"));
        assertEquals("iso-8859-2", of("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">"));
        assertEquals("shift_jis", of("<meta content='text/html;charset=\"shift_jis\"' http-equiv=content-type />"));
        assertEquals("windows-1251", of("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<html><p>x"));
    }

    @Test
    void theFirstDeclarationCountsEvenWhenJavaDoesNotKnowIt() {
        assertEquals("iso-8859-1", of("<meta charset=iso-8859-1><meta charset=koi8-r>"));
        assertNull(of("<meta charset=no-such-charset><meta charset=koi8-r>"));
        assertNull(of("<meta charset=\"\"><meta charset=koi8-r>"));
        // a Content-Type without a charset does not count: the next meta does
        assertEquals("koi8-r", of("<meta http-equiv=content-type content=text/html><meta charset=koi8-r>"));
        // an http-equiv that is not Content-Type is no declaration, unless the tag also has a charset
        assertEquals("koi8-r", of("<meta http-equiv=refresh content='0; charset=iso-8859-1'><meta charset=koi8-r>"));
    }

    @Test
    void skipsWhatIsNotMarkup() {
        assertNull(of("<!-- <meta charset=iso-8859-1> -->"));
        assertEquals("koi8-r", of("<!-- <meta charset=iso-8859-1> --><meta charset=koi8-r>"));
        assertNull(of("<script>var s = '<meta charset=iso-8859-1>';</script>"));
        assertEquals("koi8-r", of("<SCRIPT type=x>'<meta charset=iso-8859-1>'</script ><meta charset=koi8-r>"));
        assertNull(of("<title><meta charset=iso-8859-1></title>"));
        assertNull(of("<div title='<meta charset=iso-8859-1>'>"));
        assertNull(of("<plaintext><meta charset=iso-8859-1>"));
    }

    @Test
    void readsOnlyTheFirstBytesAndOnlyWholeTags() {
        String pad = "<p>" + "x".repeat(MetaCharset.PREFIX) + "</p>";
        assertNull(of(pad + "<meta charset=iso-8859-1>"));
        String cut = "<meta charset=iso-8859-1>";
        for (int keep = 1; keep < cut.length(); keep++) {
            String head = "x".repeat(MetaCharset.PREFIX - keep) + cut;
            assertNull(of(head), "cut after " + keep + " bytes");
        }
        assertEquals("iso-8859-1", of("x".repeat(MetaCharset.PREFIX - cut.length()) + cut));
    }

    @Test
    void binaryAndEmptyInputDeclareNothing() {
        assertNull(MetaCharset.of(new byte[0]));
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        MetaCharset.of(noise); // no exception, whatever it finds
        assertNull(of("<meta"));
        assertNull(of("<meta charset='iso-8859-1"));
    }

    /**
     * On generated pages (declarations in comments, scripts, attributes, at the prefix's edge...), the charset
     * found here is the one jsoup's own detection picks.
     */
    @Test
    void agreesWithJsoupsOwnDetection() throws IOException {
        List<String> pieces = List.of("<meta charset=iso-8859-1>", "<meta charset=\"koi8-r\">", "<META charset='UTF-8'>",
                "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">",
                "<meta content='text/html; charset=iso-8859-2' http-equiv='content-type'>",
                "<meta http-equiv=content-type content=text/html>", "<meta charset=bogus>", "<meta charset=''>",
                "<meta name=description content='charset=iso-8859-5'>", "<!-- <meta charset=iso-8859-6> -->",
                "<!--><meta charset=iso-8859-7>", "<!---><meta charset=iso-8859-8>", "<!-- a --!><meta charset=iso-8859-9>",
                "<script>document.write('<meta charset=iso-8859-4>')</script>", "<style>/* <meta charset=iso-8859-4> */</style>",
                "<title>Caf\u00e9 <meta charset=iso-8859-4></title>", "<textarea><meta charset=iso-8859-4></textarea>",
                "<div data-x=\"<meta charset=iso-8859-4>\">", "<p>text</p>", "</p>", "<br/>", "<!DOCTYPE html>",
                "<?php echo 1 ?>", "<html lang=en>", "<head>", "<body>", "<noscript><meta charset=iso-8859-3></noscript>",
                "\n", "  ", "x".repeat(700), "<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>", "<meta/charset=koi8-u>",
                "<meta charset=windows-1252 charset=koi8-r>", "<a href=x>link</a>", "<img alt='>'>", "</div>",
                "</head>", "</ p>", "<?xml version='1.0' encoding='koi8-r'?>", "<?XML encoding=\"iso-8859-5\" ?>",
                "Caf\u00e9", "<meta charset=iso-8859-1", "<meta charset=\" iso-8859-10 \">", "<meta charset=utf-16>",
                "<xmp><meta charset=iso-8859-4></xmp>", "<iframe><meta charset=iso-8859-4></iframe>",
                // found in review: character references and NULs in values, an http-equiv with spaces, a repeated encoding
                "<meta charset=\"iso&#45;8859-1\">", "<meta charset=&quot;koi8-r&quot;>", "<meta charset=koi8-r\0>",
                "<meta http-equiv=\"Content&#45;Type\" content=\"text/html; charset&#61;koi8-r\">",
                "<meta http-equiv=\" content-type \" content=\"charset=koi8-r\">",
                "<?xml encoding=\"koi8-r\" encoding=\"iso-8859-1\"?>");
        Random random = new Random(Long.getLong("seed", 20261121));
        for (int n = 0; n < 5000; n++) {
            StringBuilder page = new StringBuilder();
            int count = 1 + random.nextInt(16);
            for (int k = 0; k < count; k++) page.append(pieces.get(random.nextInt(pieces.size())));
            byte[] bytes = page.toString().getBytes(StandardCharsets.ISO_8859_1);
            String theirs = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset().name();
            String ours = Jsoup.parse(new ByteArrayInputStream(bytes), Decoder.declaredOrUtf8(bytes), "").charset().name();
            assertEquals(theirs, ours, page.toString());
        }
    }
}
