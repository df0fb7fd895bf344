/**
 * The accuracy scorecard: the scrapinghub article-extraction benchmark's metric, the benchmark's files, and
 * the F1 floors CI holds the project to. Used by {@code winnow score}; not needed to clean pages.
 */
package dev.winnow.eval;
