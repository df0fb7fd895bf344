package dev.winnow.chain;

import dev.winnow.WinnowException;
import dev.winnow.boilerpipe.BoilerpipeClassifierCleaner;
import dev.winnow.cleaners.BylineCleaner;
import dev.winnow.cleaners.CaptionCleaner;
import dev.winnow.cleaners.CommentCleaner;
import dev.winnow.cleaners.ContainerHintCleaner;
import dev.winnow.cleaners.ContentRegionCleaner;
import dev.winnow.cleaners.DateLineCleaner;
import dev.winnow.cleaners.DatelinePrefixCleaner;
import dev.winnow.cleaners.HeadlineCleaner;
import dev.winnow.cleaners.NavigationCleaner;
import dev.winnow.cleaners.NotArticleCleaner;
import dev.winnow.cleaners.PromptCleaner;
import dev.winnow.cleaners.RepeatedDeckCleaner;
import dev.winnow.cleaners.TeaserCardCleaner;
import dev.winnow.cleaners.TeaserCleaner;
import dev.winnow.cleaners.TextRegionCleaner;
import dev.winnow.cleaners.WireCreditCleaner;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in cleaners by name, and the way a configured list of names (or class names of the user's own
 * cleaners) becomes a {@link CleanerChain}.
 *
 * @since 0.1
 */
public final class CleanerRegistry {
    /**
     * The default order: vocabulary cleaners first, so that the region cleaners see their drops as chrome, then
     * the cleaners that look at the top of the kept article.
     */
    public static final List<String> DEFAULT_CHAIN = List.of(NavigationCleaner.NAME, ContainerHintCleaner.NAME,
            PromptCleaner.NAME, TeaserCleaner.NAME, DateLineCleaner.NAME, WireCreditCleaner.NAME, CaptionCleaner.NAME,
            CommentCleaner.NAME, TeaserCardCleaner.NAME, ContentRegionCleaner.NAME, TextRegionCleaner.NAME, DatelinePrefixCleaner.NAME, RepeatedDeckCleaner.NAME,
            BylineCleaner.NAME, HeadlineCleaner.NAME, NotArticleCleaner.NAME);

    private static final CleanerRegistry BUILT_IN = new CleanerRegistry(builtInFactories());
    private final Map<String, Function<Settings, Cleaner>> factories;

    private CleanerRegistry(Map<String, Function<Settings, Cleaner>> factories) {
        this.factories = Map.copyOf(factories);
    }

    public static CleanerRegistry builtIn() {
        return BUILT_IN;
    }

    private static Map<String, Function<Settings, Cleaner>> builtInFactories() {
        Map<String, Function<Settings, Cleaner>> m = new LinkedHashMap<>();
        m.put(NavigationCleaner.NAME, NavigationCleaner::new);
        m.put(ContainerHintCleaner.NAME, ContainerHintCleaner::new);
        m.put(PromptCleaner.NAME, PromptCleaner::new);
        m.put(TeaserCleaner.NAME, TeaserCleaner::new);
        m.put(DateLineCleaner.NAME, DateLineCleaner::new);
        m.put(WireCreditCleaner.NAME, WireCreditCleaner::new);
        m.put(CaptionCleaner.NAME, CaptionCleaner::new);
        m.put(CommentCleaner.NAME, CommentCleaner::new);
        m.put(TeaserCardCleaner.NAME, TeaserCardCleaner::new);
        m.put(ContentRegionCleaner.NAME, ContentRegionCleaner::new);
        m.put(TextRegionCleaner.NAME, TextRegionCleaner::new);
        m.put(DatelinePrefixCleaner.NAME, DatelinePrefixCleaner::new);
        m.put(RepeatedDeckCleaner.NAME, RepeatedDeckCleaner::new);
        m.put(BylineCleaner.NAME, BylineCleaner::new);
        m.put(HeadlineCleaner.NAME, HeadlineCleaner::new);
        m.put(NotArticleCleaner.NAME, NotArticleCleaner::new);
        m.put(BoilerpipeClassifierCleaner.NAME, BoilerpipeClassifierCleaner::new);
        return m;
    }

    /** Names of the built-in cleaners. */
    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** The chain {@link Settings#CLEANERS} names, or the default chain when it is not set. */
    public CleanerChain chain(Settings settings) {
        List<String> names = settings.list(Settings.CLEANERS);
        return chain(names == null ? DEFAULT_CHAIN : names, settings);
    }

    /**
     * A chain of the named cleaners, in order. A name with a dot is a class name: a public class implementing
     * {@link Cleaner} with a public constructor taking {@link Settings}, or none.
     *
     * @throws WinnowException naming the unknown cleaner or the class that cannot be built
     */
    public CleanerChain chain(List<String> names, Settings settings) {
        if (names.isEmpty()) throw new WinnowException(Settings.CLEANERS + ": no cleaners named");
        List<Cleaner> cleaners = new ArrayList<>();
        for (String name : names) cleaners.add(create(name, settings));
        CleanerChain.Builder b = CleanerChain.builder();
        cleaners.forEach(b::add);
        return b.build();
    }

    private Cleaner create(String name, Settings settings) {
        Function<Settings, Cleaner> f = factories.get(name);
        if (f != null) return f.apply(settings);
        if (!name.contains(".")) {
            throw new WinnowException(Settings.CLEANERS + ": unknown cleaner '" + name + "' (built-in: " + names() + ")");
        }
        try {
            Class<?> cls = Class.forName(name);
            if (!Cleaner.class.isAssignableFrom(cls)) throw new WinnowException(name + " does not implement Cleaner");
            try {
                Constructor<?> c = cls.getConstructor(Settings.class);
                return (Cleaner) c.newInstance(settings);
            } catch (NoSuchMethodException e) {
                return (Cleaner) cls.getConstructor().newInstance();
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new WinnowException(Settings.CLEANERS + ": cannot create cleaner " + name + ": " + cause, cause);
        }
    }
}
