package dev.winnow.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Role;
import dev.winnow.Winnow;
import dev.winnow.WinnowException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class CleanerRegistryTest {
    private final CleanerRegistry registry = CleanerRegistry.builtIn();

    /** A user's own cleaner, built from its class name. */
    public static final class ShoutCleaner implements Cleaner {
        final String word;

        public ShoutCleaner(Settings settings) {
            String w = settings.forCleaner("shout", "word");
            word = w == null ? "HEY" : w;
        }

        @Override
        public String name() {
            return "shout";
        }

        @Override
        public String reason() {
            return "shouting";
        }

        @Override
        public void label(Segmentation page, Labels labels) {
            page.blocks().forEach(b -> { if (b.text().equals(word)) labels.drop(b, Role.BOILERPLATE, "shout"); });
        }
    }

    /** A user's cleaner with only a no-argument constructor. */
    public static final class PlainCleaner implements Cleaner {
        public PlainCleaner() {}

        @Override
        public String name() {
            return "plain";
        }

        @Override
        public String reason() {
            return "nothing";
        }

        @Override
        public void label(Segmentation page, Labels labels) {}
    }

    /** A user's cleaner whose constructor fails. */
    public static final class FailingCleaner extends PlainCleanerBase {
        public FailingCleaner(Settings settings) {
            throw new IllegalStateException("no config");
        }
    }

    /** Shared no-op behaviour for the user cleaners above. */
    public abstract static class PlainCleanerBase implements Cleaner {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String reason() {
            return "nothing";
        }

        @Override
        public void label(Segmentation page, Labels labels) {}
    }

    @Test
    void failingConstructorIsWrappedNamingTheClass() {
        WinnowException e = assertThrows(WinnowException.class,
                () -> registry.chain(List.of(FailingCleaner.class.getName()), Settings.empty()));
        assertTrue(e.getMessage().contains(FailingCleaner.class.getName()), e.getMessage());
        assertEquals("no config", e.getCause().getMessage());
    }

    @Test
    void unknownNameIsRejectedNamingIt() {
        WinnowException e = assertThrows(WinnowException.class,
                () -> registry.chain(List.of("navigation", "no-such-cleaner"), Settings.empty()));
        assertTrue(e.getMessage().contains("'no-such-cleaner'"), e.getMessage());
        assertTrue(e.getMessage().contains("winnow.cleaners"), e.getMessage());
    }

    @Test
    void unknownClassIsRejectedNamingIt() {
        WinnowException e = assertThrows(WinnowException.class,
                () -> registry.chain(List.of("com.example.NoSuchCleaner"), Settings.empty()));
        assertTrue(e.getMessage().contains("com.example.NoSuchCleaner"), e.getMessage());
        WinnowException notACleaner = assertThrows(WinnowException.class,
                () -> registry.chain(List.of("java.lang.String"), Settings.empty()));
        assertEquals("java.lang.String does not implement Cleaner", notACleaner.getMessage());
    }

    @Test
    void userCleanerByClassNameGetsTheSettings() {
        Settings s = Settings.of(Map.of(Settings.CLEANERS, "navigation, " + ShoutCleaner.class.getName() + " ," + PlainCleaner.class.getName(),
                "winnow.cleaner.shout.word", "OI"));
        CleanerChain chain = registry.chain(s);
        assertEquals(List.of("navigation", "shout", "plain"), chain.names());
        assertEquals("OI", ((ShoutCleaner) chain.cleaners().get(1)).word);
        String body = Winnow.of(s).cleanText("OI\n\nHEY\n").body();
        assertEquals("HEY", body);
    }

    @Test
    void emptyCleanerListSettingIsRejected() {
        WinnowException e = assertThrows(WinnowException.class,
                () -> registry.chain(Settings.of(Map.of(Settings.CLEANERS, " , "))));
        assertEquals("winnow.cleaners is set but lists nothing", e.getMessage());
        assertThrows(WinnowException.class, () -> Winnow.of(Settings.of(Map.of(Settings.CLEANERS, ""))));
    }

    @Test
    void emptyNameListIsRejected() {
        assertThrows(WinnowException.class, () -> registry.chain(List.of(), Settings.empty()));
    }

    @Test
    void defaultChainWhenNotConfigured() {
        assertEquals(CleanerRegistry.DEFAULT_CHAIN, registry.chain(Settings.empty()).names());
        assertTrue(registry.names().contains("boilerpipe"));
        assertTrue(!CleanerRegistry.DEFAULT_CHAIN.contains("boilerpipe"));
    }

    @Test
    void duplicateNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> registry.chain(List.of("prompts", "prompts"), Settings.empty()));
    }

    @Test
    void anOverrideWithoutTheNamedGroupACleanerReadsFailsAtOnce() {
        dev.winnow.WinnowException e = assertThrows(dev.winnow.WinnowException.class, () -> registry.chain(
                Settings.of(java.util.Map.of("winnow.cleaner.captions.credit", "Photo: .+"))));
        assertTrue(e.getMessage().contains("winnow.cleaner.captions.credit") && e.getMessage().contains("(?<credit>"), e.getMessage());
    }
}
