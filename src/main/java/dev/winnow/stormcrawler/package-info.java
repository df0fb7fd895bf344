/**
 * StormCrawler filters: {@link dev.winnow.stormcrawler.WinnowJSoupFilter} reuses the parser bolt's jsoup
 * document; {@link dev.winnow.stormcrawler.WinnowParseFilter} serves pipelines that run DOM parse filters. Both
 * set the parse text to the clean body and write {@code winnow.*} metadata. Calls the core only; the core never
 * imports this package.
 */
package dev.winnow.stormcrawler;
