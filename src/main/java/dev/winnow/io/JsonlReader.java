package dev.winnow.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.winnow.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: one object per line, {@code {"id": ..., "url": ..., "html": "..."}} or {@code "text"} instead of
 * {@code "html"}. Gzip is undone. Blank lines are skipped; every other line is one record, and a line that is
 * not such an object (including a last line cut short) is a failed record naming the line. A line longer than the
 * limit is read past without being held in memory and fails.
 */
public final class JsonlReader implements RecordReader {
    private final JsonFactory json = dev.winnow.output.JsonRecords.factory();
    private final InputStream in;
    private final String source;
    private final long maxLineBytes;
    private final Buffer line = new Buffer();
    private final byte[] chunk = new byte[1 << 16];
    private int pos, limit;
    private long lineNo;
    private boolean eof;

    /** {@code maxDocumentBytes}: the page limit; a line may be up to twice that plus 64 KiB (JSON escapes). */
    public JsonlReader(InputStream in, String source, long maxDocumentBytes) throws IOException {
        this.in = Streams.maybeGunzip(in);
        this.source = source;
        this.maxLineBytes = Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes * 2 + (64 << 10));
    }

    /** A growable byte array whose backing array the JSON parser reads in place. */
    private static final class Buffer extends ByteArrayOutputStream {
        byte[] array() {
            return buf;
        }

        void shrink() {
            if (buf.length > (1 << 20)) buf = new byte[1 << 16];
            reset();
        }
    }

    @Override
    public InputRecord next() throws IOException {
        while (!eof) {
            line.shrink();
            boolean tooLong = false, ended;
            long len = 0;
            try {
                ended = false;
                while (!ended) {
                    if (pos == limit) {
                        limit = in.read(chunk, 0, chunk.length);
                        pos = 0;
                        if (limit <= 0) {
                            limit = 0;
                            break;
                        }
                    }
                    int start = pos;
                    while (pos < limit && chunk[pos] != '\n') pos++;
                    int n = pos - start;
                    if (pos < limit) {
                        ended = true;
                        pos++;
                    }
                    len += n;
                    if (len > maxLineBytes) tooLong = true;
                    else line.write(chunk, start, n);
                }
            } catch (IOException e) {
                // compressed input cut short, or a read error: what was read of this line is one failed record
                eof = true;
                lineNo++;
                return InputRecord.failed(source + ":" + lineNo, source + ":" + lineNo, null,
                        "input ended inside line " + lineNo + " of " + source + ": " + e.getMessage());
            }
            if (!ended) eof = true;
            if (len == 0 && !ended) return null;
            lineNo++;
            String where = source + ":" + lineNo;
            if (tooLong) return InputRecord.failed(where, where, null, "line " + lineNo + " of " + source
                    + " is longer than the limit of " + maxLineBytes + " bytes");
            if (isBlank(line.array(), line.size())) continue;
            return parse(where, !ended);
        }
        return null;
    }

    private InputRecord parse(String where, boolean last) {
        String id = null, url = null, html = null, text = null;
        try (JsonParser p = json.createParser(line.array(), 0, line.size())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "id" -> id = v.isScalarValue() && v != JsonToken.VALUE_NULL ? p.getText() : null;
                    case "url" -> url = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "html" -> html = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "text" -> text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    default -> p.skipChildren();
                }
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    if (!name.equals("id") && !name.equals("url") && !name.equals("html") && !name.equals("text")) continue;
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw new IOException("object not closed");
        } catch (IOException e) {
            String why = last ? "input ended inside line " : "malformed JSON on line ";
            return InputRecord.failed(where, where, url, why + where.substring(source.length() + 1) + " of " + source
                    + ": " + firstLine(e.getMessage()));
        }
        String name = id != null ? id : where;
        if (html != null) return InputRecord.of(name, where, url, Page.html(html, url));
        if (text != null) return InputRecord.of(name, where, url, Page.text(text, url));
        return InputRecord.failed(name, where, url, "record " + name + " (" + where + ") has neither \"html\" nor \"text\"");
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static boolean isBlank(byte[] b, int n) {
        for (int i = 0; i < n; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
