package dev.winnow.cleaners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.winnow.CleanResult;
import dev.winnow.Metadata.Field;
import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.chain.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionCleanerTest {
    private static CleanerRun text(String text) {
        return CleanerRun.text(text, new CaptionCleaner(Settings.empty()));
    }

    @Test
    void fotoNameSlashDpaIsAPhotoCredit() {
        CleanerRun r = text("Foto: Max Muster/dpa\n");
        assertEquals(Role.PHOTO_CREDIT, r.role(0));
        assertEquals(List.of("Foto: Max Muster/dpa"), r.evidence(Field.PHOTO_CREDIT));
        assertEquals(List.of(), r.evidence(Field.CAPTION));
    }

    @Test
    void photoAgencySlashNameIsAPhotoCreditNotACaption() {
        CleanerRun r = text("Photo: AFP / Jane Doe\n");
        assertEquals(Role.PHOTO_CREDIT, r.role(0));
        assertEquals(List.of("Photo: AFP / Jane Doe"), r.evidence(Field.PHOTO_CREDIT));
        assertEquals(List.of(), r.evidence(Field.CAPTION));
    }

    @Test
    void captionWithCanadianPressCreditIsSplit() {
        CleanerRun r = text("Prime Minister speaks in Ottawa on Tuesday. THE CANADIAN PRESS/Sean Kilpatrick\n");
        assertEquals(Role.CAPTION, r.role(0));
        assertEquals(List.of("THE CANADIAN PRESS/Sean Kilpatrick"), r.evidence(Field.PHOTO_CREDIT));
        assertEquals(List.of("Prime Minister speaks in Ottawa on Tuesday."), r.evidence(Field.CAPTION));
        assertEquals(List.of(), r.evidence(Field.WIRE_SOURCE));
    }

    @Test
    void figcaptionAndCaptionClassAreCaptionsInHtml() {
        CleanerRun r = CleanerRun.html("""
                <figure><img src="x.jpg"><figcaption>The mayor speaks on Tuesday.</figcaption></figure>
                <p>The council voted on Tuesday to approve the budget.</p>
                <div class="wp-caption-text"><p>Residents gather outside.</p></div>""", new CaptionCleaner(Settings.empty()));
        assertEquals(Role.CAPTION, r.role(0));
        assertFalse(r.dropped(1));
        assertEquals(Role.CAPTION, r.role(2));
        assertEquals(List.of("The mayor speaks on Tuesday.", "Residents gather outside."), r.evidence(Field.CAPTION));
    }

    @Test
    void ordinaryProseIsNotACaption() {
        CleanerRun r = text("""
                The council met on Tuesday.

                Photographers were not allowed inside the chamber during the vote.
                """);
        assertFalse(r.dropped(0));
        assertFalse(r.dropped(1));
        assertEquals(List.of(), r.labels.evidence());
    }

    @Test
    void canadianPressPhotoCreditAloneDoesNotSetWireSource() {
        String prose = "The city council voted on Tuesday to approve the new budget after a long debate that lasted hours.";
        CleanResult text = Winnow.news().cleanText(prose + "\n\nTHE CANADIAN PRESS/Sean Kilpatrick\n");
        assertNull(text.metadata().wireSource());
        assertEquals(prose, text.body());
        assertEquals(List.of("THE CANADIAN PRESS/Sean Kilpatrick"), text.metadata().photoCredits());

        CleanResult html = Winnow.news().cleanHtml("<article><figure><img src=x.jpg><figcaption>THE CANADIAN PRESS/Sean Kilpatrick"
                + "</figcaption></figure><p>" + prose + "</p></article>");
        assertNull(html.metadata().wireSource());
        assertEquals(prose, html.body());
    }

    @Test
    void facadeKeepsAgencyPhotoCreditsOutOfBodyAndWireSource() {
        String p1 = "Die Regierung hat am Dienstag nach wochenlangen und sehr zähen Verhandlungen mit den Ländern einen neuen Haushalt beschlossen.";
        String p2 = "Der Bundestag soll in der kommenden Woche über den Entwurf abstimmen, sagte ein Sprecher des Ministeriums in Berlin.";
        CleanResult r = Winnow.news().cleanText(p1 + "\n\nFoto: Max Muster/dpa\n\n" + p2 + "\n");
        assertEquals(List.of("Foto: Max Muster/dpa"), r.metadata().photoCredits());
        assertNull(r.metadata().wireSource());
        assertEquals(p1 + "\n\n" + p2, r.body());
    }

    @Test
    void bodySentenceEndingWithPicturedStays() {
        CleanerRun r = text("The deal was announced by chief executive John Smith (pictured).\n");
        assertFalse(r.dropped(0));
    }

    @Test
    void bodySentenceEndingWithStockAgencyNameStays() {
        CleanerRun r = text("The company was acquired last year by Shutterstock.\n");
        assertFalse(r.dropped(0));
    }

    @Test
    void aCapitalisedCreditAfterTheCaptionIsAPhotoCredit() {
        CleanerRun r = CleanerRun.text("The hibernation module, with private crew quarters and a common area. Credit: ESA\n",
                new CaptionCleaner(dev.winnow.chain.Settings.empty()));
        org.junit.jupiter.api.Assertions.assertTrue(r.dropped(0));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Credit: ESA"), r.evidence(dev.winnow.Metadata.Field.PHOTO_CREDIT));
    }
}
