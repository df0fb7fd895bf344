package dev.winnow.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.CleanResult;
import dev.winnow.Metadata;
import dev.winnow.Removal;

/**
 * The JSON form of a result: {@code {"id", "source", "url", "body", "metadata": {...}, "removed": [...],
 * "warnings": [...], "error"}}. Absent metadata fields are {@code null}, never left out.
 */
public final class JsonRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter LINE = JSON.writer();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private JsonRecords() {}

    /** Writes one record per line. Immutable and thread-safe. */
    public static ObjectWriter lineWriter() {
        return LINE;
    }

    /** Writes an indented record. Immutable and thread-safe. */
    public static ObjectWriter prettyWriter() {
        return PRETTY;
    }

    /** The JSON parser factory, for readers of JSON lines. Thread-safe once configured, as here. */
    public static JsonFactory factory() {
        return JSON.getFactory();
    }

    /** A result record; {@code removed} only when {@code explain}. */
    public static ObjectNode result(String id, String source, String url, CleanResult r, boolean explain) {
        ObjectNode o = header(id, source, url);
        o.put("body", r.body());
        o.set("metadata", metadata(r.metadata()));
        if (explain) {
            ArrayNode removed = o.putArray("removed");
            for (Removal x : r.removed()) {
                ObjectNode e = removed.addObject();
                e.put("text", x.text());
                e.put("cleaner", x.cleaner());
                e.put("role", x.role().name());
                e.put("reason", x.reason());
                e.put("block", x.block());
                if (x.trimmed()) e.put("trimmed", true);
            }
        }
        if (!r.warnings().isEmpty()) r.warnings().forEach(o.putArray("warnings")::add);
        o.putNull("error");
        return o;
    }

    /** A record for an input that could not be cleaned. */
    public static ObjectNode error(String id, String source, String url, String message) {
        ObjectNode o = header(id, source, url);
        o.putNull("body");
        o.putNull("metadata");
        o.put("error", message);
        return o;
    }

    public static ObjectNode metadata(Metadata m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", m.title());
        o.put("description", m.description());
        o.put("date", m.date() == null ? null : m.date().toString());
        o.put("wireSource", m.wireSource());
        o.put("byline", m.byline());
        o.put("dateline", m.dateline());
        o.put("siteName", m.siteName());
        o.put("language", m.language());
        m.captions().forEach(o.putArray("captions")::add);
        m.photoCredits().forEach(o.putArray("photoCredits")::add);
        if (m.articleScore() == null) o.putNull("articleScore");
        else o.put("articleScore", m.articleScore());
        return o;
    }

    private static ObjectNode header(String id, String source, String url) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("source", source);
        o.put("url", url);
        return o;
    }
}
