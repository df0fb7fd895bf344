package dev.winnow.nutch.host;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.HTMLMetaTags;
import org.apache.nutch.parse.HtmlParseFilters;
import org.apache.nutch.parse.Outlink;
import org.apache.nutch.parse.ParseData;
import org.apache.nutch.parse.ParseImpl;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseStatus;
import org.apache.nutch.parse.Parser;
import org.apache.nutch.protocol.Content;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.DocumentFragment;

/**
 * Test-only stand-in for Nutch's parse-html: the whole page text as parse text (boilerplate included), every link
 * as an outlink, the charset in the parse metadata, then the configured HtmlParseFilters, as parse-html does.
 */
public class JsoupTestParser implements Parser {
    private Configuration conf;
    private HtmlParseFilters filters;

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
        this.filters = new HtmlParseFilters(conf);
    }

    @Override
    public Configuration getConf() {
        return conf;
    }

    @Override
    public ParseResult getParse(Content content) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(content.getContent()), null, content.getBaseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Metadata parseMeta = new Metadata();
        parseMeta.set(Metadata.CHAR_ENCODING_FOR_CONVERSION, doc.charset().name());
        ParseData data = new ParseData(ParseStatus.STATUS_SUCCESS, doc.title(), outlinks(doc), content.getMetadata(), parseMeta);
        ParseResult result = ParseResult.createParseResult(content.getUrl(), new ParseImpl(doc.body().text(), data));
        return filters.filter(content, result, new HTMLMetaTags(), fragment(doc));
    }

    /** Every link on the page, as parse-html would give them. */
    public static Outlink[] outlinks(Document doc) {
        List<Outlink> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            try {
                links.add(new Outlink(a.absUrl("href"), a.text()));
            } catch (MalformedURLException e) {
                // skipped, as parse-html skips them
            }
        }
        return links.toArray(new Outlink[0]);
    }

    private static DocumentFragment fragment(Document doc) {
        org.w3c.dom.Document w3c = W3CDom.convert(doc);
        DocumentFragment fragment = w3c.createDocumentFragment();
        fragment.appendChild(w3c.getDocumentElement());
        return fragment;
    }
}
