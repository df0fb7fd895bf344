package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the codebase that a reviewer would otherwise have to remember. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("target/classes/dev/winnow");

    static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = Path.of("target/classes").relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                list.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
            }
        }
        assertTrue(list.size() > 30, "found only " + list.size() + " classes");
        return list;
    }

    /** Every static field is final and of an immutable kind: no shared mutable state between pages or threads. */
    @Test
    void noMutableStatics() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> c : classes()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) continue;
                if (!Modifier.isFinal(f.getModifiers())) {
                    offenders.add(c.getName() + "." + f.getName() + " is not final");
                    continue;
                }
                Class<?> t = f.getType();
                boolean immutableKind = t.isPrimitive() || t == String.class || t == Pattern.class || t == java.nio.charset.Charset.class || t == java.time.Duration.class
                        || t == java.lang.invoke.VarHandle.class || t.isEnum() // VarHandles "are immutable and have no visible state"
                        || t.isRecord() || Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)
                        || t.getName().startsWith("dev.winnow.") || t.getName().startsWith("org.slf4j.")
                        || t.getName().equals("com.fasterxml.jackson.databind.ObjectMapper")
                        || t.getName().equals("com.fasterxml.jackson.databind.ObjectWriter"); // immutable by contract
                if (t.isArray()) offenders.add(c.getName() + "." + f.getName() + " is a static array");
                else if (!immutableKind) offenders.add(c.getName() + "." + f.getName() + " has type " + t.getName());
                if (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)) {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v != null) assertUnmodifiable(c.getName() + "." + f.getName(), v, offenders);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static void assertUnmodifiable(String name, Object value, List<String> offenders) {
        try {
            if (value instanceof Collection<?> col) col.clear();
            else if (value instanceof Map<?, ?> map) map.clear();
            offenders.add(name + " is a modifiable collection");
        } catch (UnsupportedOperationException expected) {
            // immutable, as it should be
        }
    }

    @Test
    void nekoHtmlAndXercesAreNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.xerces.parsers.AbstractSAXParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.cyberneko.html.HTMLConfiguration"));
    }

    /** Only dev.winnow.boilerpipe imports Boilerpipe, and nothing imports its SAX/NekoHTML path. */
    @Test
    void boilerpipeStaysInItsPackage() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p);
                boolean imports = src.contains("import de.l3s.boilerpipe");
                if (imports) assertTrue(p.toString().contains("/dev/winnow/boilerpipe/"), p + " imports Boilerpipe");
                assertTrue(!src.contains("de.l3s.boilerpipe.sax") && !src.contains("ExtractorBase"), p + " uses Boilerpipe's SAX path");
            }
        }
    }

    /**
     * Crawler adapters live in dev.winnow.nutch and dev.winnow.stormcrawler: nothing else imports a crawler host or
     * an adapter, and the two adapters do not import each other.
     */
    @Test
    void crawlerHostsStayInTheirAdapters() throws IOException {
        Map<String, List<String>> allowed = Map.of(
                "/dev/winnow/nutch/", List.of("org.apache.nutch", "org.apache.hadoop"),
                "/dev/winnow/stormcrawler/", List.of("com.digitalpebble.stormcrawler", "org.apache.stormcrawler", "org.apache.storm"));
        List<String> hosts = List.of("org.apache.nutch", "org.apache.hadoop", "com.digitalpebble.stormcrawler",
                "org.apache.stormcrawler", "org.apache.storm", "dev.winnow.nutch", "dev.winnow.stormcrawler");
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/dev/winnow"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = p.toString().replace('\\', '/');
                List<String> mine = allowed.entrySet().stream().filter(e -> path.contains(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(List.of());
                for (String line : Files.readAllLines(p)) {
                    if (!line.startsWith("import ")) continue;
                    String imported = line.substring(7).replace("static ", "");
                    boolean host = hosts.stream().anyMatch(imported::startsWith);
                    boolean ownHost = mine.stream().anyMatch(imported::startsWith);
                    assertTrue(!host || ownHost, p + " imports " + imported);
                }
            }
        }
    }

    /** Adapters call the core, never the reverse. */
    @Test
    void coreDoesNotDependOnTheCommandLine() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/dev/winnow"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/cli/")).toList()) {
                assertTrue(!Files.readString(p).contains("dev.winnow.cli"), p + " depends on the CLI");
            }
        }
    }
}
