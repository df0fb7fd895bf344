package dev.winnow.nutch;

import static dev.winnow.it.Fixtures.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.it.Fixtures;
import dev.winnow.it.Fixtures.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.parse.Parse;
import org.apache.nutch.parse.ParseUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plugin as shipped: plugin.xml against the jars the build produced, and the zip installed as the README says. */
class PluginPackageIT {
    private static final Path FOLDER = NutchHost.builtPlugins().resolve("parsefilter-winnow");
    private static final Path ZIP = Fixtures.TARGET.resolve("parsefilter-winnow-" + System.getProperty("winnow.version") + ".zip");

    @Test
    void pluginXmlListsExactlyTheJarsInTheFolder() throws Exception {
        Set<String> jars;
        try (Stream<Path> s = Files.list(FOLDER)) {
            jars = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(libraries(FOLDER.resolve("plugin.xml")), jars);
        assertEquals(Files.readString(Path.of("plugin.xml")), Files.readString(FOLDER.resolve("plugin.xml")), "the folder carries the top-level plugin.xml");
        for (String jar : jars) {
            for (String host : new String[] {"nutch", "hadoop", "slf4j", "storm", "picocli", "nekohtml", "xerces"}) {
                assertFalse(jar.startsWith(host), jar + " belongs to the host or to the command line");
            }
        }
    }

    @Test
    void theZipHoldsTheFolderUnderItsPluginId() throws Exception {
        Set<String> entries = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) if (!e.isDirectory()) entries.add(e.getName());
        }
        Set<String> expected = new TreeSet<>();
        expected.add("parsefilter-winnow/plugin.xml");
        libraries(FOLDER.resolve("plugin.xml")).forEach(l -> expected.add("parsefilter-winnow/" + l));
        assertEquals(expected, entries);
    }

    /** README: unzip into $NUTCH_HOME/plugins/, add parsefilter-winnow to plugin.includes. */
    @Test
    void theZipUnpackedIntoAFreshPluginsFolderLoadsAndCleans(@TempDir Path nutchHome) throws Exception {
        Path plugins = Files.createDirectories(nutchHome.resolve("plugins"));
        unzip(ZIP, plugins);
        Configuration conf = NutchHost.conf(plugins, Map.of());
        Case page = Fixtures.newsPage();
        Parse parse = new ParseUtil(conf).parse(NutchHost.content(page.url(), page.bytes(), conf)).get(page.url());
        assertEquals(normalise(page.body()), normalise(parse.getText()));
        assertEquals("Sam Rivera", parse.getData().getParseMeta().get("winnow.byline"));
        String jar = org.apache.nutch.plugin.PluginRepository.get(conf).getPluginDescriptor("parsefilter-winnow").getPluginPath();
        assertTrue(jar.startsWith(plugins.toString()), "loaded from " + jar);
    }

    private static Set<String> libraries(Path pluginXml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList libs = f.newDocumentBuilder().parse(pluginXml.toFile()).getElementsByTagName("library");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < libs.getLength(); i++) names.add(((Element) libs.item(i)).getAttribute("name"));
        return names;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into)) throw new IOException("entry outside the folder: " + e.getName());
                if (e.isDirectory()) Files.createDirectories(out);
                else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                }
            }
        }
    }
}
