/**
 * Host-independent support for the crawler adapters ({@code dev.winnow.nutch}, {@code dev.winnow.stormcrawler}):
 * the settings they share, a cleaner that never throws, and the flat {@code winnow.*} parse metadata. This package
 * imports the core only; no crawler class appears here.
 */
package dev.winnow.crawl;
