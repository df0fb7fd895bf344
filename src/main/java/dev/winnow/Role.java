package dev.winnow;

/**
 * What a block is, as a cleaner judged it: shown in the explanation. Metadata comes from the evidence cleaners record.
 *
 * @since 0.1
 */
public enum Role {
    BODY, TITLE, DECK, DATE, DATELINE, BYLINE, CAPTION, PHOTO_CREDIT, WIRE_CREDIT, TEASER, NAVIGATION, PROMPT,
    ADVERTISEMENT, COMMENTS, BOILERPLATE
}
