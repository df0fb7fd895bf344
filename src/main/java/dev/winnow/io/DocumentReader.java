package dev.winnow.io;

import dev.winnow.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One whole file (or standard input) as one record, gzip undone. At most {@code maxBytes} are kept; the rest is
 * read past, and the page is cleaned from what was kept (Winnow warns of the cut).
 */
public final class DocumentReader implements RecordReader {
    private final String id;
    private final String source;
    private final Page.Format format;
    private final long maxBytes;
    private final Supplier<InputStream> stdin;
    private boolean done;

    /**
     * @param source a file path, or {@code -} for {@code stdin}
     * @param format how to read the bytes (HTML, TEXT or AUTO)
     */
    public DocumentReader(String id, String source, Page.Format format, long maxBytes, Supplier<InputStream> stdin) {
        this.id = id;
        this.source = source;
        this.format = format;
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    @Override
    public InputRecord next() {
        if (done) return null;
        done = true;
        try (InputStream raw = source.equals("-") ? stdin.get() : Files.newInputStream(Path.of(source));
             InputStream in = Streams.maybeGunzip(raw)) {
            // one byte past the limit, so that Winnow sees the page is over it and says so
            byte[] bytes = Streams.readAtMost(in, maxBytes + 1);
            long size = bytes.length;
            if (bytes.length > maxBytes) size += in.transferTo(java.io.OutputStream.nullOutputStream());
            Page page = switch (format) {
                case HTML -> Page.html(bytes, null, null);
                case TEXT -> Page.text(bytes, null, null);
                case AUTO -> Page.detect(bytes, null, null);
            };
            return new InputRecord(id, source, null, page, null, size);
        } catch (IOException e) {
            return InputRecord.failed(id, source, null, "cannot read " + source + ": " + e);
        }
    }

    @Override
    public void close() {
        done = true;
    }
}
