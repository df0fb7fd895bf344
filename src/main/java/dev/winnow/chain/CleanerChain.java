package dev.winnow.chain;

import dev.winnow.internal.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable, ordered list of cleaners. Running it labels one page; a cleaner that throws has its labels
 * discarded and a warning recorded, and the chain goes on. Safe to share across threads.
 *
 * <pre>
 * CleanerChain chain = CleanerChain.news().toBuilder().remove("byline").add(new MyCleaner()).build();
 * </pre>
 *
 * @since 0.1
 */
public final class CleanerChain {
    private static final Logger LOG = LoggerFactory.getLogger(CleanerChain.class);
    private final List<Cleaner> cleaners;

    private CleanerChain(List<Cleaner> cleaners) {
        this.cleaners = List.copyOf(cleaners);
    }

    /** The default chain for news and article pages, as {@link CleanerRegistry#DEFAULT_CHAIN} names it. */
    public static CleanerChain news() {
        return CleanerRegistry.builtIn().chain(CleanerRegistry.DEFAULT_CHAIN, Settings.empty());
    }

    public static Builder builder() {
        return new Builder(List.of());
    }

    public Builder toBuilder() {
        return new Builder(cleaners);
    }

    public List<Cleaner> cleaners() {
        return cleaners;
    }

    /**
     * Every cleaner's {@link Cleaner#vocabulary()}, in chain order: what a page's blocks are scanned for once
     * (see {@link dev.winnow.internal.Lexicon}).
     */
    public List<Phrases> vocabulary() {
        List<Phrases> all = new ArrayList<>();
        for (Cleaner c : cleaners) all.addAll(c.vocabulary());
        return all;
    }

    public List<String> names() {
        return cleaners.stream().map(Cleaner::name).toList();
    }

    /**
     * Runs every cleaner over the page.
     *
     * @param warnings receives one line per cleaner that failed
     */
    public Labels run(Segmentation page, List<String> warnings) {
        return run(page, warnings, () -> false);
    }

    /**
     * Runs the cleaners in order until {@code expired} says the page's time is up; the cleaners not yet run are
     * then skipped, with one warning naming them. The labels given so far stand (a best-effort result).
     */
    public Labels run(Segmentation page, List<String> warnings, java.util.function.BooleanSupplier expired) {
        Labels labels = new Labels(page.blocks());
        for (int i = 0; i < cleaners.size(); i++) {
            Cleaner cleaner = cleaners.get(i);
            if (expired.getAsBoolean()) {
                warnings.add("deadline passed: cleaners skipped: " + String.join(", ",
                        cleaners.subList(i, cleaners.size()).stream().map(Cleaner::name).toList()));
                break;
            }
            Labels.Mark mark = labels.mark();
            labels.begin(cleaner.name());
            try {
                cleaner.label(page, labels);
            } catch (RuntimeException | StackOverflowError e) {
                labels.rollback(mark);
                String warning = "cleaner " + cleaner.name() + " failed and was skipped: " + e;
                LOG.warn(warning);
                warnings.add(warning);
            }
        }
        labels.begin("");
        return labels;
    }

    /** Builds a chain; names must be unique. */
    public static final class Builder {
        private final List<Cleaner> list;

        private Builder(List<Cleaner> initial) {
            this.list = new ArrayList<>(initial);
        }

        public Builder add(Cleaner cleaner) {
            Objects.requireNonNull(cleaner, "cleaner == null");
            if (indexOf(cleaner.name()) >= 0) throw new IllegalArgumentException("duplicate cleaner " + cleaner.name());
            list.add(cleaner);
            return this;
        }

        /** Inserts {@code cleaner} right after the one named {@code existing}. */
        public Builder addAfter(String existing, Cleaner cleaner) {
            int i = require(existing);
            add(cleaner);
            list.add(i + 1, list.remove(list.size() - 1));
            return this;
        }

        public Builder remove(String name) {
            list.remove(require(name));
            return this;
        }

        public CleanerChain build() {
            return new CleanerChain(list);
        }

        private int indexOf(String name) {
            for (int i = 0; i < list.size(); i++) if (list.get(i).name().equals(name)) return i;
            return -1;
        }

        private int require(String name) {
            int i = indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no cleaner named " + name);
            return i;
        }
    }
}
