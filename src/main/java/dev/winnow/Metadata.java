package dev.winnow;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What Winnow learned about a page besides its body. A field the page does not state is {@code null} (lists are
 * empty): never guessed.
 *
 * @param title        the headline
 * @param description  the deck, standfirst or declared summary
 * @param date         publication date
 * @param wireSource   the news agency the text comes from, by its canonical name ("The Canadian Press")
 * @param byline       author names
 * @param dateline     the place the story was filed from
 * @param siteName     the publishing site
 * @param language     language code declared by the page ("en", "de-DE")
 * @param captions     photo captions, without credits
 * @param photoCredits photo credits ("THE CANADIAN PRESS/Sean Kilpatrick")
 * @param articleScore how likely the page is an article, from 0 to 1; {@code null} when not measured
 * @since 0.1
 */
public record Metadata(String title, String description, LocalDate date, String wireSource, String byline,
                       String dateline, String siteName, String language, List<String> captions,
                       List<String> photoCredits, Double articleScore) {

    /** The fields, for evidence that cleaners record and for settings. */
    public enum Field { TITLE, DESCRIPTION, DATE, WIRE_SOURCE, BYLINE, DATELINE, SITE_NAME, LANGUAGE, CAPTION, PHOTO_CREDIT, ARTICLE_SCORE }

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, List.of(), List.of(), null);

    public Metadata {
        captions = List.copyOf(Objects.requireNonNull(captions, "captions == null"));
        photoCredits = List.copyOf(Objects.requireNonNull(photoCredits, "photoCredits == null"));
    }
}
