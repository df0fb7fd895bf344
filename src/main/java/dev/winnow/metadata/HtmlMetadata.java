package dev.winnow.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.Metadata;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What an HTML page declares about itself: JSON-LD, Open Graph and other {@code <meta>} tags, {@code <time>},
 * {@code <html lang>}. Reads the head and a few selected elements; never the body text.
 */
public final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Separators between a headline and the site name in a {@code <title>}, each with spaces around it. */
    private static final List<String> SITE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " • ", " · ", " » ", " :: ");
    /** At most this many words after the last separator: the site name a {@code <title>} carries. */
    private static final int SITE_NAME_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> TITLE = List.of("og:title", "twitter:title", "dc.title", "sailthru.title");
    private static final List<String> DESCRIPTION = List.of("og:description", "description", "twitter:description", "dc.description");
    private static final List<String> DATE = List.of("article:published_time", "og:article:published_time", "datepublished",
            "publishdate", "publish-date", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.created",
            "sailthru.date", "parsely-pub-date", "article.published", "published_time", "release_date", "og:published_time");
    private static final List<String> AUTHOR = List.of("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl");
    private static final List<String> SITE = List.of("og:site_name", "application-name");
    private static final List<String> LANGUAGE = List.of("content-language", "dc.language", "og:locale", "language");
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

    private HtmlMetadata() {}

    /**
     * The elements metadata comes from, shown every element of the document in order (by its own traversal, or by
     * the segmenter's, so that the page is read once): {@code meta}, JSON-LD scripts, {@code head > title}, the
     * {@code html} element and the first {@code time[pubdate], time[datetime], time[itemprop=datePublished]}. Not
     * thread-safe: one per page.
     */
    public static final class Collector implements Consumer<Element> {
        private final List<Element> metas = new ArrayList<>();
        private final List<Element> jsonLd = new ArrayList<>();
        private Element title, html, time;
        /** Elements after the body (only in documents not built by the HTML parser), shown last, in page order. */
        private final List<Element> afterBody = new ArrayList<>();

        /**
         * Shows this collector the elements of {@code doc} before {@code body}, and keeps those after it for
         * {@link #of(Collector, String)}: the caller shows it the body's own, in between.
         */
        public Collector outside(Document doc, Element body) {
            if (body == doc) return this;
            NodeTraversor.filter(new NodeFilter() {
                boolean passed;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == body) {
                        passed = true;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof Element e) {
                        if (passed) afterBody.add(e);
                        else accept(e);
                    }
                    return FilterResult.CONTINUE;
                }
            }, doc);
            return this;
        }

        @Override
        public void accept(Element e) {
            String tag = e.normalName(); // compared with equals: a switch would hash every element's name
            if (tag.equals("meta")) {
                metas.add(e);
            } else if (tag.equals("script")) {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) jsonLd.add(e);
            } else if (tag.equals("title")) {
                if (title == null && e.parent() != null && e.parent().normalName().equals("head")) title = e;
            } else if (tag.equals("html")) {
                if (html == null) html = e;
            } else if (tag.equals("time")) {
                if (time == null && (e.hasAttr("pubdate") || e.hasAttr("datetime")
                        || e.attr("itemprop").equalsIgnoreCase("datePublished"))) time = e;
            }
        }
    }

    /** A collector to show the document's elements to, for {@link #of(Collector, String)}. */
    public static Collector collector() {
        return new Collector();
    }

    public static Metadata of(Document doc, String url) {
        Collector all = new Collector();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) all.accept(e);
        }, doc);
        return of(all, url);
    }

    /** The metadata of the elements {@code scan} was shown: all of a document's, in order. */
    public static Metadata of(Collector scan, String url) {
        for (Element e : scan.afterBody) scan.accept(e);
        scan.afterBody.clear();
        Map<String, String> meta = metaTags(scan.metas);
        JsonLd ld = JsonLd.read(scan.jsonLd);
        String title = first(ld.headline, meta(meta, TITLE), withoutSiteSuffix(text(scan.title)));
        String description = first(ld.description, meta(meta, DESCRIPTION));
        LocalDate date = date(ld.datePublished);
        if (date == null) date = date(meta(meta, DATE));
        if (date == null) date = date(timeElement(scan.time));
        if (date == null) date = DateParser.builtIn().fromUrl(url).orElse(null);
        String byline = first(ld.author, author(meta(meta, AUTHOR)));
        String site = first(meta(meta, SITE), ld.publisher);
        String lang = first(scan.html == null ? null : emptyToNull(scan.html.attr("lang")),
                meta(meta, LANGUAGE), ld.language);
        return new Metadata(title, description, date, null, byline, null, site, lang, List.of(), List.of(), null);
    }

    /** "Headline - Site Name": the part after the last separator goes when it is short (a site name). */
    static String withoutSiteSuffix(String title) {
        if (title == null) return null;
        int cut = -1;
        for (String sep : SITE_SEPARATORS) cut = Math.max(cut, title.lastIndexOf(sep));
        if (cut <= 0) return title;
        String suffix = title.substring(cut + 3).strip();
        return !suffix.isEmpty() && SPACES.split(suffix).length <= SITE_NAME_WORDS ? title.substring(0, cut).strip() : title;
    }

    /** Every {@code <meta>} tag's content by its lower-case property, name, itemprop or http-equiv (first wins). */
    private static Map<String, String> metaTags(List<Element> metas) {
        Map<String, String> map = new HashMap<>();
        for (Element m : metas) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String key : KEY_ATTRIBUTES) {
                String k = m.attr(key);
                if (!k.isEmpty()) map.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
            }
        }
        return map;
    }

    private static String meta(Map<String, String> meta, List<String> names) {
        for (String name : names) {
            String v = meta.get(name);
            if (v != null) return v;
        }
        return null;
    }

    private static String timeElement(Element t) {
        if (t == null) return null;
        return t.hasAttr("datetime") ? t.attr("datetime") : t.text();
    }

    private static LocalDate date(String value) {
        return value == null ? null : DateParser.builtIn().find(value).orElse(null);
    }

    private static String author(String value) {
        if (value == null || value.startsWith("http")) return null;
        return value;
    }

    private static String text(Element e) {
        return e == null ? null : emptyToNull(e.text().strip());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    /** The fields of the first JSON-LD object that describes an article, or else of the first with a headline. */
    private static final class JsonLd {
        /** The fields read from a candidate object as they are (besides "@graph", "author" and "publisher"). */
        private static final Set<String> CANDIDATE_FIELDS = Set.of("@type", "headline", "description",
                "datePublished", "dateCreated", "inLanguage");
        String headline, description, datePublished, author, publisher, language;

        static JsonLd read(List<Element> scripts) {
            JsonLd out = new JsonLd();
            List<JsonNode> objects = new ArrayList<>();
            for (Element s : scripts) {
                try {
                    collect(tree(s.data()), objects);
                } catch (IOException e) {
                    // malformed JSON-LD is common; the page's other metadata still counts
                }
            }
            JsonNode article = null;
            for (JsonNode o : objects) {
                String type = type(o.path("@type")).toLowerCase(Locale.ROOT);
                if (type.contains("article") || type.contains("posting") || type.contains("report")) {
                    article = o;
                    break;
                }
            }
            if (article == null) article = objects.stream().filter(o -> o.hasNonNull("headline")).findFirst().orElse(null);
            if (article == null) return out;
            out.headline = str(article.get("headline"));
            out.description = str(article.get("description"));
            out.datePublished = str(article.get("datePublished"));
            if (out.datePublished == null) out.datePublished = str(article.get("dateCreated"));
            out.author = name(article.get("author"));
            out.publisher = name(article.get("publisher"));
            out.language = str(article.get("inLanguage"));
            return out;
        }

        /** What is read of a value: a candidate object's fields below, or of a person or organisation, its name. */
        private enum Reading { CANDIDATE, NAMED }

        /**
         * The script's JSON as {@code readTree} gives it, but for the values this class never reads, skipped
         * unread: an article's whole text, breadcrumbs, images. What it does read comes out the same: the fields
         * of the objects at the top, in arrays there and in "@graph", and of their authors and publishers.
         */
        private static JsonNode tree(String json) throws IOException {
            try (JsonParser p = JSON.getFactory().createParser(json)) {
                return p.nextToken() == null ? null : value(p, Reading.CANDIDATE);
            }
        }

        private static JsonNode value(JsonParser p, Reading reading) throws IOException {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                ArrayNode array = JSON.createArrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) array.add(value(p, reading));
                return array;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) return JSON.readTree(p); // a scalar
            ObjectNode object = JSON.createObjectNode();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                if (reading == Reading.NAMED ? name.equals("name") : CANDIDATE_FIELDS.contains(name)) {
                    object.set(name, JSON.readTree(p));
                } else if (reading == Reading.CANDIDATE && name.equals("@graph")) {
                    object.set(name, value(p, Reading.CANDIDATE));
                } else if (reading == Reading.CANDIDATE && (name.equals("author") || name.equals("publisher"))) {
                    object.set(name, value(p, Reading.NAMED));
                } else {
                    p.skipChildren(); // a string is skipped without being decoded
                }
            }
            return object;
        }

        /** The text of an "@type": a name, or names; without writing the node out as JSON, as toString() would. */
        private static String type(JsonNode t) {
            if (t.isTextual()) return t.asText();
            if (!t.isArray()) return t.toString();
            StringBuilder b = new StringBuilder();
            t.forEach(x -> b.append(type(x)).append(' '));
            return b.toString();
        }

        private static void collect(JsonNode n, List<JsonNode> out) {
            if (n == null) return;
            if (n.isArray()) n.forEach(c -> collect(c, out));
            else if (n.isObject()) {
                out.add(n);
                collect(n.get("@graph"), out);
            }
        }

        private static String name(JsonNode n) {
            if (n == null) return null;
            if (n.isTextual()) return emptyToNull(n.asText());
            if (n.isArray()) {
                List<String> names = new ArrayList<>();
                n.forEach(c -> {
                    String s = name(c);
                    if (s != null) names.add(s);
                });
                return names.isEmpty() ? null : String.join(", ", names);
            }
            return str(n.get("name"));
        }

        private static String str(JsonNode n) {
            return n == null || !n.isValueNode() ? null : emptyToNull(n.asText());
        }
    }
}
