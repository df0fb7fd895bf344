/**
 * The only package that imports Boilerpipe: its block classifiers fed from Winnow's own jsoup segmentation
 * (never Boilerpipe's NekoHTML/SAX path).
 */
package dev.winnow.boilerpipe;
