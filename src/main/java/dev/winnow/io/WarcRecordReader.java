package dev.winnow.io;

import dev.winnow.Page;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC and WARC.gz (org.netpreserve:jwarc): each {@code response} record whose HTTP payload is HTML with a 2xx
 * status is one HTML record (transfer and content encodings undone, the charset from its Content-Type), and each
 * WET {@code conversion} record is one text record. Other records (requests, metadata, warcinfo, redirects,
 * images) are not pages and are counted in {@link #skipped()}. A record whose payload cannot be decoded (a bad
 * HTTP header, a broken gzip body) is a failed record naming its offset, and reading goes on with the next one.
 * A record cut short by the end of the input, or whose headers cannot be parsed, is a failed record too, and the
 * reader stops there, as a WARC cannot be resynchronised safely.
 */
public final class WarcRecordReader implements RecordReader {
    private final WarcReader reader;
    private final String source;
    private final long maxBytes;
    private long skipped;
    private boolean ended;

    public WarcRecordReader(InputStream in, String source, long maxBytes) throws IOException {
        this.reader = new WarcReader(in);
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** Records read past because they are not pages. */
    public long skipped() {
        return skipped;
    }

    @Override
    public InputRecord next() throws IOException {
        while (!ended) {
            long before = reader.position();
            Optional<WarcRecord> r;
            try {
                r = reader.next();
            } catch (IOException | RuntimeException e) {
                ended = true; // the record headers cannot be read: there is no safe place to resume
                return InputRecord.failed(source + "@" + before, source + "@" + before, null,
                        describe(e) + " at offset " + before + " of " + source + ": " + e);
            }
            if (r.isEmpty()) {
                ended = true;
                return null;
            }
            WarcRecord rec = r.get();
            long offset = reader.position();
            String where = source + "@" + offset;
            try {
                InputRecord out = convert(rec, where);
                if (out != null) return out;
                skipped++;
            } catch (IOException | RuntimeException e) {
                // a payload that cannot be decoded (a bad HTTP header, a broken gzip body) fails this record only;
                // a block cut short by the end of the input ends the run
                if (e instanceof EOFException) ended = true;
                String url = rec instanceof WarcTargetRecord t ? t.target() : null;
                return InputRecord.failed(rec.id().toString(), where, url,
                        describe(e) + " at offset " + offset + " of " + source + ": " + e);
            }
        }
        return null;
    }

    private static String describe(Exception e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof EOFException || m.contains("eof") || m.contains("end of") ? "input ended inside the record"
                : "malformed record";
    }

    private InputRecord convert(WarcRecord rec, String where) throws IOException {
        if (rec instanceof WarcResponse resp) {
            MediaType type = resp.contentType();
            if (!type.base().equals(MediaType.HTTP) && !type.toString().startsWith("application/http")) return null;
            HttpResponse http = resp.http();
            if (http.status() < 200 || http.status() > 299) return null;
            String ct = http.contentType().base().toString();
            if (!ct.equals("text/html") && !ct.equals("application/xhtml+xml")) return null;
            long declared = resp.body().size();
            byte[] bytes = read(http.bodyDecoded(), resp.body(), declared);
            return record(resp, where, Page.html(bytes, http.contentType().toString(), resp.target()), bytes.length);
        }
        if (rec instanceof WarcConversion conv) {
            long declared = conv.body().size();
            byte[] bytes = read(conv.body(), conv.body(), declared);
            String charset = conv.contentType().parameters().getOrDefault("charset", "utf-8");
            return record(conv, where, Page.text(bytes, charset, conv.target()), bytes.length);
        }
        return null;
    }

    private static InputRecord record(WarcTargetRecord rec, String where, Page page, long size) {
        return new InputRecord(rec.id().toString(), where, rec.target(), page, null, size);
    }

    /**
     * Up to one byte past the limit of the payload (Winnow then cuts and warns); the rest is read past. Fails
     * when the record's block ends before its declared Content-Length.
     */
    private byte[] read(MessageBody payload, MessageBody block, long declared) throws IOException {
        InputStream in = payload.stream();
        byte[] bytes = Streams.readAtMost(in, maxBytes + 1);
        if (bytes.length > maxBytes) in.transferTo(java.io.OutputStream.nullOutputStream());
        block.consume();
        if (block.position() < declared) {
            throw new EOFException("record block has " + block.position() + " of its " + declared + " bytes");
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
