package dev.winnow;

import dev.winnow.chain.CleanerChain;
import dev.winnow.chain.CleanerRegistry;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.metadata.HtmlMetadata;
import dev.winnow.metadata.MetadataHarvester;
import dev.winnow.output.BodyWriter;
import dev.winnow.segment.Decoder;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * Cleans article pages: segments HTML or plain text into blocks, runs a {@link CleanerChain} over them, and
 * returns the body, the metadata and the explanation. Immutable: build one and share it across threads.
 *
 * <pre>
 * Winnow winnow = Winnow.news();
 * CleanResult r = winnow.clean(Page.html(bytes, "utf-8", url));
 * r.body(); r.metadata().wireSource(); r.removed();
 * </pre>
 *
 * @since 0.1
 */
public final class Winnow {
    private final CleanerChain chain;
    private final MetadataHarvester harvester = new MetadataHarvester();

    private Winnow(CleanerChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain == null");
    }

    /** The default chain for news and article pages. */
    public static Winnow news() {
        return new Winnow(CleanerChain.news());
    }

    public static Winnow of(CleanerChain chain) {
        return new Winnow(chain);
    }

    /** A chain configured by {@code winnow.*} settings; throws {@link WinnowException} naming a bad key. */
    public static Winnow of(Settings settings) {
        return new Winnow(CleanerRegistry.builtIn().chain(settings));
    }

    public CleanerChain chain() {
        return chain;
    }

    /** Cleans one page. Malformed HTML gets a best-effort result; it does not throw. */
    public CleanResult clean(Page page) {
        Objects.requireNonNull(page, "page == null");
        List<String> warnings = new ArrayList<>();
        return run(segment(page, warnings), warnings);
    }

    /** Cleans an HTML string. */
    public CleanResult cleanHtml(String html) {
        return clean(Page.html(html, null));
    }

    /** Cleans already-extracted plain text. */
    public CleanResult cleanText(String text) {
        return clean(Page.text(text, null));
    }

    /** Cleans a page that the caller already parsed with jsoup (crawler adapters reuse their tree). */
    public CleanResult clean(Document document, String url) {
        Objects.requireNonNull(document, "document == null");
        List<String> warnings = new ArrayList<>();
        return run(segment(document, url), warnings);
    }

    private CleanResult run(Segmentation segmentation, List<String> warnings) {
        Labels labels = chain.run(segmentation, warnings);
        String body = BodyWriter.body(labels);
        Metadata metadata = harvester.harvest(segmentation, labels, body);
        return new CleanResult(body, metadata, BodyWriter.removals(labels), warnings);
    }

    private static Segmentation segment(Document doc, String url) {
        return Segmentation.of(HtmlSegmenter.segment(doc.body() == null ? doc : doc.body()), HtmlMetadata.of(doc, url), url, true);
    }

    private static Segmentation segment(Page page, List<String> warnings) {
        if (Decoder.isHtml(page)) return segment(Decoder.parseHtml(page, warnings), page.url());
        String text = Decoder.decodeText(page, warnings);
        return Segmentation.of(TextSegmenter.segment(text), Metadata.EMPTY, page.url(), false);
    }
}
