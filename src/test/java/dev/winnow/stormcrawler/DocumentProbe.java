package dev.winnow.stormcrawler;

import com.digitalpebble.stormcrawler.parse.JSoupFilter;
import com.digitalpebble.stormcrawler.parse.ParseResult;
import org.jsoup.nodes.Document;

/** A JSoupFilter placed after Winnow's: records a digest of the bolt's jsoup document, to show it was not changed. */
public class DocumentProbe extends JSoupFilter {
    static final String KEY = "probe.document.hash";

    @Override
    public void filter(String url, byte[] content, Document doc, ParseResult parse) {
        parse.get(url).getMetadata().setValue(KEY, Integer.toHexString(doc.outerHtml().hashCode()));
    }
}
