package dev.winnow;

/**
 * What a block is, as a cleaner judged it. Metadata is harvested from roles, whether the block was kept or not.
 *
 * @since 0.1
 */
public enum Role {
    BODY, TITLE, DECK, DATE, DATELINE, BYLINE, CAPTION, PHOTO_CREDIT, WIRE_CREDIT, TEASER, NAVIGATION, PROMPT,
    ADVERTISEMENT, COMMENTS, BOILERPLATE
}
