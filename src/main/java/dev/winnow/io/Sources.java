package dev.winnow.io;

import dev.winnow.Page;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Opens an input path as the right {@link RecordReader}. By name: {@code .jsonl} / {@code .ndjson} are JSON
 * Lines, {@code .warc} / {@code .wet} (also {@code .warc.wet}) are WARC, each optionally {@code .gz}; any other
 * file is one document. Standard input ({@code -}) is sniffed: a WARC header gives WARC, a first line that is a
 * JSON object with {@code "html"} or {@code "text"} gives JSONL, anything else is one document.
 */
public final class Sources {
    /** What a path holds. */
    public enum Container { DOCUMENT, JSONL, WARC }

    private static final int SNIFF = 1 << 16;

    private Sources() {}

    /** The container a file name announces, or {@code null} when it says nothing (then: one document). */
    public static Container byName(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Container.JSONL;
        if (n.endsWith(".warc") || n.endsWith(".wet") || n.endsWith(".arc")) return Container.WARC;
        return null;
    }

    /**
     * Opens {@code path} ({@code -} for {@code stdin}).
     *
     * @param id     the record id for a single document
     * @param format how a single document's bytes are read
     */
    public static RecordReader open(String path, String id, Page.Format format, long maxBytes, Supplier<InputStream> stdin)
            throws IOException {
        Container c = byName(path);
        if (path.equals("-")) {
            BufferedInputStream in = new BufferedInputStream(stdin.get(), SNIFF);
            Container sniffed = sniff(in);
            if (sniffed == Container.DOCUMENT) return new DocumentReader(id, path, format, maxBytes, () -> in);
            return open(sniffed, in, path, maxBytes);
        }
        if (c == null) return new DocumentReader(id, path, format, maxBytes, stdin);
        return open(c, Files.newInputStream(Path.of(path)), path, maxBytes);
    }

    private static RecordReader open(Container c, InputStream in, String source, long maxBytes) throws IOException {
        return c == Container.JSONL ? new JsonlReader(in, source, maxBytes) : new WarcRecordReader(in, source, maxBytes);
    }

    /** Looks at the start of {@code in} (marked and reset, so nothing is consumed). */
    static Container sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
                head = gz.readNBytes(4096);
            } catch (IOException partial) {
                // the sniffed prefix ends inside the gzip stream: look at what it gave
                head = partialGunzip(head);
            }
        }
        String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("WARC/")) return Container.WARC;
        if (s.startsWith("{")) {
            int nl = s.indexOf('\n');
            String first = nl < 0 ? s : s.substring(0, nl);
            if (first.contains("\"html\"") || first.contains("\"text\"") || nl < 0 && s.length() >= 4096) return Container.JSONL;
        }
        return Container.DOCUMENT;
    }

    private static byte[] partialGunzip(byte[] head) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
            byte[] b = new byte[4096];
            for (int n; out.size() < 4096 && (n = gz.read(b)) > 0; ) out.write(b, 0, n);
        } catch (IOException e) {
            // keep what was decompressed
        }
        return out.toByteArray();
    }
}
