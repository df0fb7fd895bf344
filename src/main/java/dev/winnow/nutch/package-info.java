/**
 * The Apache Nutch 1.x plugin {@code parsefilter-winnow}: {@link dev.winnow.nutch.WinnowParseFilter} replaces the
 * parse text with the clean body and writes {@code winnow.*} parse metadata; {@link dev.winnow.nutch.WinnowIndexingFilter}
 * turns that metadata into index fields. The descriptor is {@code plugin.xml} at the top of the project. Calls the
 * core only; the core never imports this package.
 */
package dev.winnow.nutch;
