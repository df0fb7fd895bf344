/**
 * Helpers shared by Winnow's own packages (text normalisation, word counts, vocabulary loading).
 * Not API: please don't depend on the classes here; they may change without notice.
 */
package dev.winnow.internal;
