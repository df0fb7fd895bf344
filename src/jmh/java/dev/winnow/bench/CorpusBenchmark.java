package dev.winnow.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import de.l3s.boilerpipe.sax.HTMLDocument;
import dev.winnow.Page;
import dev.winnow.Winnow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.SAXException;

/**
 * One operation is one page: each invocation runs over all 181 benchmark pages held in memory, so every score is
 * in documents per second, one thread. Boilerpipe runs its own NekoHTML parser here (benchmark classpath only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CorpusBenchmark {
    static final int PAGES = 181;

    @Param("")
    public String corpus;

    private List<byte[]> html;
    private List<byte[]> text;
    private Winnow winnow;

    @Setup
    public void setUp() {
        java.nio.file.Path dir = corpus.isEmpty() ? Corpus.dir() : java.nio.file.Path.of(corpus);
        html = Corpus.load(dir, "html");
        text = Corpus.load(dir, "text");
        if (html.size() != PAGES || text.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " pages, found " + html.size() + " / " + text.size());
        }
        winnow = Winnow.news();
    }

    /**
     * jsoup's parse alone, as a caller with a page's bytes and no charset calls it (jsoup detects the charset):
     * the floor. Winnow reads the declared charset from the bytes itself and hands it to jsoup, which then skips
     * its own detection, a parse of the first 5 KB: its parse costs about 5% less than this.
     */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jsoupParse(Blackhole bh) throws IOException {
        for (byte[] b : html) bh.consume(Jsoup.parse(new ByteArrayInputStream(b), null, ""));
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void winnowHtml(Blackhole bh) {
        for (byte[] b : html) bh.consume(winnow.clean(Page.html(b, null, null)));
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void winnowText(Blackhole bh) {
        for (byte[] b : text) bh.consume(winnow.clean(Page.text(b, null, null)));
    }

    /** The Java peer: Boilerpipe's ArticleExtractor with its own HTML parser (NekoHTML + Xerces). */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void boilerpipeArticle(Blackhole bh) throws BoilerpipeProcessingException, SAXException {
        for (byte[] b : html) {
            var doc = new BoilerpipeSAXInput(new HTMLDocument(b, StandardCharsets.UTF_8).toInputSource()).getTextDocument();
            ArticleExtractor.INSTANCE.process(doc);
            bh.consume(doc.getContent());
        }
    }
}
