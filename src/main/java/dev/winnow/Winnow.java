package dev.winnow;

import dev.winnow.chain.CleanerChain;
import dev.winnow.chain.CleanerRegistry;
import dev.winnow.chain.Labels;
import dev.winnow.chain.Segmentation;
import dev.winnow.chain.Settings;
import dev.winnow.internal.Lexicon;
import dev.winnow.internal.Phrases;
import dev.winnow.metadata.HtmlMetadata;
import dev.winnow.metadata.MetadataHarvester;
import dev.winnow.output.BodyWriter;
import dev.winnow.segment.Decoder;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
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
    private final MetadataHarvester harvester;
    private final Limits limits;
    /** The literals of the chain's and the harvester's vocabularies: each page's blocks are read once for all. */
    private final Lexicon lexicon;

    private Winnow(CleanerChain chain) {
        this(chain, new MetadataHarvester(), Limits.DEFAULT);
    }

    private Winnow(CleanerChain chain, MetadataHarvester harvester, Limits limits) {
        this(chain, harvester, limits, lexicon(chain, harvester));
    }

    private Winnow(CleanerChain chain, MetadataHarvester harvester, Limits limits, Lexicon lexicon) {
        this.chain = Objects.requireNonNull(chain, "chain == null");
        this.harvester = harvester;
        this.limits = Objects.requireNonNull(limits, "limits == null");
        this.lexicon = lexicon;
    }

    private static Lexicon lexicon(CleanerChain chain, MetadataHarvester harvester) {
        List<Phrases> vocabulary = new ArrayList<>(chain.vocabulary());
        vocabulary.addAll(harvester.vocabulary());
        return Lexicon.of(vocabulary);
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

    /** The per-document limits, {@link Limits#DEFAULT} unless set. */
    public Limits limits() {
        return limits;
    }

    /** This cleaner with other per-document limits (same chain). */
    public Winnow withLimits(Limits limits) {
        return new Winnow(chain, harvester, limits, lexicon);
    }

    /**
     * Cleans one page. Malformed HTML gets a best-effort result; it does not throw. A page over a {@link Limits
     * limit} gets a best-effort result with a warning, or a {@link WinnowException} when its deadline passes
     * before segmentation ends.
     */
    public CleanResult clean(Page page) {
        Objects.requireNonNull(page, "page == null");
        List<String> warnings = new ArrayList<>();
        BooleanSupplier expired = expiry();
        long size = page.size();
        if (size > limits.maxInputBytes()) {
            page = page.truncated(limits.maxInputBytes());
            warnings.add("input of " + size + " bytes cut to the limit of " + limits.maxInputBytes() + " bytes");
        }
        return run(segment(page, warnings, expired), warnings, expired);
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
        BooleanSupplier expired = expiry();
        return run(segment(document, url, warnings, expired), warnings, expired);
    }

    /** True once this call's deadline has passed. */
    private BooleanSupplier expiry() {
        long deadline = System.nanoTime() + limits.deadline().toNanos();
        return () -> System.nanoTime() - deadline > 0;
    }

    private CleanResult run(Segmentation segmentation, List<String> warnings, BooleanSupplier expired) {
        if (expired.getAsBoolean()) throw new WinnowException("deadline of " + limits.deadline() + " passed before cleaning");
        Labels labels = chain.run(segmentation, warnings, expired);
        String body = BodyWriter.body(labels);
        Metadata metadata = harvester.harvest(segmentation, labels);
        return new CleanResult(body, metadata, BodyWriter.removals(labels), warnings);
    }

    private Segmentation segment(Document doc, String url, List<String> warnings, BooleanSupplier expired) {
        org.jsoup.nodes.Element body = bodyOf(doc);
        HtmlMetadata.Collector elements = HtmlMetadata.collector().outside(doc, body);
        HtmlSegmenter.Result segmented = HtmlSegmenter.segment(body, limits.maxNodes(), expired, warnings, elements);
        // one traversal for blocks and metadata; past the node limit, the metadata reads the rest of the page
        Metadata declared = segmented.complete() ? HtmlMetadata.of(elements, url) : HtmlMetadata.of(doc, url);
        return Segmentation.of(segmented.blocks(), declared, url, true, lexicon);
    }

    private Segmentation segment(Page page, List<String> warnings, BooleanSupplier expired) {
        if (Decoder.isHtml(page)) return segment(Decoder.parseHtmlForCleaning(page, warnings, limits.maxDepth()), page.url(), warnings, expired);
        CharBuffer text = Decoder.textChars(page, warnings);
        return Segmentation.of(TextSegmenter.segment(text.array(), text.limit()), Metadata.EMPTY, page.url(), false, lexicon);
    }

    /** The {@code <body>} (or {@code <frameset>}), or the document itself; unlike {@code Document.body()}, never adds one. */
    private static org.jsoup.nodes.Element bodyOf(Document doc) {
        for (org.jsoup.nodes.Element html : doc.children()) {
            if (!html.nameIs("html")) continue;
            for (org.jsoup.nodes.Element child : html.children()) if (child.nameIs("body") || child.nameIs("frameset")) return child;
        }
        return doc;
    }
}
