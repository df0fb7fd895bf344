package dev.winnow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vocabulary section compiled entry by entry, each entry with its {@link Prefilter}: a block is tried only
 * against the entries whose literals it contains, instead of running one large case-insensitive alternation at
 * every position. Over a page's blocks, {@link #on} reads the literals from the page's {@link Lexicon.Scan}, so
 * no vocabulary searches a block for its literals itself. An entry is then tried only where a match of it can
 * open ({@link Prefilter#openings}, {@link Prefilter#start}). Immutable and thread-safe.
 */
public final class Phrases {
    private final List<Pattern> patterns;
    private final List<Pattern> matching; // the patterns as they run: alternations factored (see PrefixFactoring)
    private final List<Prefilter> filters;
    private final List<String> literals; // every prefilter's literals, each once; a literal's index is its local id
    private final int[][][] requirements; // entry -> requirement -> local ids, any of which satisfies it
    private final int[][] entriesOf; // local id -> the entries that name it
    private final long[] always; // entries with no literal to look for: tried on every text
    private final boolean anyAlways; // whether there is such an entry
    private final String[][] openings; // entry -> the strings every match opens with (Prefilter#openings), or null
    private final boolean[] anchored; // entry -> whether its matches start at the text's start (Prefilter#anchored)
    private final String[][][] starts; // entry -> (first character % 128) -> what a match opens with after skipped
                                         // characters (Prefilter#start), in key form; or null
    private final Pattern[] skips; // entry -> the class of characters skipped before them, or null
    private final boolean[][] asciiSkips; // entry -> by ASCII character: whether its skip class matches it
    /** Texts shorter than this are searched at every position: finding the openings would cost about as much. */
    private static final int MIN_OPENED = 64;

    Phrases(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.matching = this.patterns.stream().map(PrefixFactoring::factor).toList();
        List<Prefilter> f = new ArrayList<>();
        for (Pattern p : patterns) f.add(Prefilter.of(p));
        this.filters = List.copyOf(f);
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<List<Integer>> entries = new ArrayList<>();
        requirements = new int[patterns.size()][][];
        always = new long[(patterns.size() + 63) / 64];
        for (int e = 0; e < patterns.size(); e++) {
            List<List<String>> reqs = new ArrayList<>(filters.get(e).requirements().stream().filter(r -> r.stream().noneMatch(Phrases::weak)).toList());
            // the rarest requirement first: the entry is looked up by its literals, and holds checks the others
            reqs.sort(java.util.Comparator.comparingInt(Phrases::shortest).reversed());
            if (reqs.isEmpty()) always[e >>> 6] |= 1L << e;
            requirements[e] = new int[reqs.size()][];
            for (int r = 0; r < reqs.size(); r++) {
                List<String> anyOf = reqs.get(r);
                requirements[e][r] = new int[anyOf.size()];
                for (int k = 0; k < anyOf.size(); k++) {
                    int id = ids.computeIfAbsent(anyOf.get(k), x -> {
                        entries.add(new ArrayList<>());
                        return entries.size() - 1;
                    });
                    requirements[e][r][k] = id;
                    if (r == 0 && !entries.get(id).contains(e)) entries.get(id).add(e);
                }
            }
        }
        this.anyAlways = Arrays.stream(always).anyMatch(w -> w != 0);
        this.openings = new String[patterns.size()][];
        this.anchored = new boolean[patterns.size()];
        String[][] startStrings = new String[patterns.size()][];
        this.skips = new Pattern[patterns.size()];
        this.asciiSkips = new boolean[patterns.size()][];
        for (int e = 0; e < patterns.size(); e++) {
            List<String> open = filters.get(e).openings();
            if (!open.isEmpty()) openings[e] = open.toArray(String[]::new);
            anchored[e] = filters.get(e).anchored();
            Prefilter.Start start = filters.get(e).start();
            if (start == null) { // a whole or prefix match opens at the start all the same
                startStrings[e] = openings[e];
                continue;
            }
            startStrings[e] = start.strings().toArray(String[]::new);
            if (start.skip() == null) continue;
            skips[e] = Pattern.compile(start.skip(), patterns.get(e).flags()); // "\\W" as the entry's flags read it
            asciiSkips[e] = new boolean[128];
            for (char c = 0; c < 128; c++) asciiSkips[e][c] = skips[e].matcher(String.valueOf(c)).matches();
        }
        this.starts = new String[patterns.size()][][];
        for (int e = 0; e < patterns.size(); e++) if (startStrings[e] != null) starts[e] = byFirst(startStrings[e]);
        this.literals = List.copyOf(ids.keySet());
        this.entriesOf = entries.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * {@code strings} (in key form) in buckets by their first character modulo 128; null, for no gate, when
     * one is empty.
     */
    private static String[][] byFirst(String[] strings) {
        List<List<String>> buckets = new ArrayList<>();
        for (int b = 0; b < 128; b++) buckets.add(new ArrayList<>());
        for (String o : strings) {
            if (o.isEmpty()) return null; // opens every text
            buckets.get(o.charAt(0) & 127).add(o);
        }
        String[] none = {}; // shared by the empty buckets
        return buckets.stream().map(l -> l.isEmpty() ? none : l.toArray(String[]::new)).toArray(String[][]::new);
    }

    /** The length of the shortest literal that meets a requirement: the longer, the rarer the requirement is met. */
    private static int shortest(List<String> anyOf) {
        return anyOf.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * A literal found in nearly every block (a space, a single letter or digit): not worth a scan's bookkeeping,
     * so a requirement that it satisfies counts as met.
     */
    private static boolean weak(String literal) {
        return literal.isBlank() || literal.length() == 1 && Character.isLetterOrDigit(literal.charAt(0));
    }

    /** A section of one pattern. */
    public static Phrases of(Pattern pattern) {
        return new Phrases(List.of(pattern));
    }

    /** A section of these patterns, in this order. */
    public static Phrases of(List<Pattern> patterns) {
        return new Phrases(patterns);
    }

    /** The first entry (in vocabulary order) found in {@code text}, positioned on its match; or {@code null}. */
    public Matcher find(String text) {
        return firstOf(text, Mode.FIND);
    }

    /** The first entry (in vocabulary order) that matches the whole of {@code text}; or {@code null}. */
    public Matcher matchWhole(String text) {
        return firstOf(text, Mode.WHOLE);
    }

    private Matcher firstOf(String text, Mode mode) {
        String key = Prefilter.key(text);
        for (int i = 0; i < patterns.size(); i++) {
            if (!filters.get(i).mayFindFolded(key)) continue;
            Matcher m = hit(i, text, key, mode);
            if (m != null) return m;
        }
        return null;
    }

    /**
     * Entry {@code e} matched against {@code text} as {@code mode} asks, positioned on its match; or null. A match
     * that must start at the text's start (a whole or prefix match, or an anchored pattern) is tried only when the
     * text opens with one of the entry's openings. A long text is searched only where the openings stand in its
     * key form ({@code key}, or null to compute): tried in order there, the first match is the one a search from
     * the start finds. The matcher's region is then that position on, its bounds transparent and not anchoring, so
     * that the match and a further {@code find()} see the whole text.
     */
    private Matcher hit(int e, String text, String key, Mode mode) {
        String[] open = openings[e];
        if (starts[e] != null && (mode != Mode.FIND || anchored[e]) && !mayStart(e, text)) return null;
        Matcher m = matching.get(e).matcher(text);
        if (!needsKey(e, text, mode)) return mode.hit(m) ? m : null;
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at : positions(open, key != null ? key : Prefilter.key(text))) if (m.region(at, text.length()).lookingAt()) return m;
        return null;
    }

    /**
     * Whether a match of entry {@code e} that starts at the text's start may open {@code text}: after any number
     * of characters of its skip class, one of its {@link #starts}.
     */
    private boolean mayStart(int e, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (opensWith(text, k, starts[e][Prefilter.key(text.charAt(k)) & 127])) return true;
            if (skips[e] == null || !skips(e, text.charAt(k))) return false;
        }
        return false;
    }

    /** Whether entry {@code e}'s skip class matches {@code c}; true for half of a pair, which it may match whole. */
    private boolean skips(int e, char c) {
        if (c < 128) return asciiSkips[e][c];
        return Character.isSurrogate(c) || skips[e].matcher(String.valueOf(c)).matches();
    }

    /** Whether {@code text}, in key form, has one of {@code strings} at {@code at}. */
    private static boolean opensWith(String text, int at, String[] strings) {
        for (String o : strings) {
            if (o.length() > text.length() - at) continue;
            int i = 0;
            while (i < o.length() && Prefilter.key(text.charAt(at + i)) == o.charAt(i)) i++;
            if (i == o.length()) return true;
        }
        return false;
    }

    /** Where one of {@code openings} stands in {@code key}, ascending, each once. */
    private static int[] positions(String[] openings, String key) {
        int[] at = new int[8];
        int n = 0;
        for (String o : openings) {
            for (int p = key.indexOf(o); p >= 0; p = key.indexOf(o, p + 1)) {
                if (n == at.length) at = Arrays.copyOf(at, 2 * n);
                at[n++] = p;
            }
        }
        Arrays.sort(at, 0, n);
        int distinct = 0;
        for (int j = 0; j < n; j++) if (distinct == 0 || at[j] != at[distinct - 1]) at[distinct++] = at[j];
        return Arrays.copyOf(at, distinct);
    }

    /**
     * True when literal {@code id} (a local id) meets an entry's first requirement, by which the entry is looked
     * up; a text without any such literal has no candidate but the entries without literals.
     */
    boolean isKey(int id) {
        return entriesOf[id].length > 0;
    }

    /** The entries, in vocabulary order, as written. */
    List<Pattern> patterns() {
        return patterns;
    }

    /** The entries as they run, in vocabulary order: each equivalent to its pattern as written. */
    List<Pattern> matching() {
        return matching;
    }

    /**
     * The literals the entries' prefilters look for, each once, in the order of their local ids; without the
     * weak ones (see {@link #weak}), whose requirements count as met.
     */
    List<String> literals() {
        return literals;
    }

    /**
     * This section over the texts of {@code scan}: each call names the scanned text (by index) that holds the
     * text matched, which may be that text or a part of it. Not thread-safe: use one per page and thread.
     */
    public Bound on(Lexicon.Scan scan) {
        return new Bound(scan);
    }

    /** Whether {@link #hit} searches {@code text} for entry {@code e} by its openings, in the text's key form. */
    private boolean needsKey(int e, String text, Mode mode) {
        return mode == Mode.FIND && openings[e] != null && !anchored[e] && text.length() >= MIN_OPENED;
    }

    /** What a match is asked to be. */
    private enum Mode {
        FIND, WHOLE, PREFIX;

        /** Whether {@code m} matches as this mode asks, positioned on the match if so. */
        boolean hit(Matcher m) {
            return switch (this) {
                case FIND -> m.find();
                case WHOLE -> m.matches();
                case PREFIX -> m.lookingAt();
            };
        }
    }

    /** {@link Phrases} bound to one page's literal hits. */
    public final class Bound {
        private final Lexicon.Scan scan;
        private final int base;
        private final long bit;
        private final long[] candidates = new long[always.length];

        private Bound(Lexicon.Scan scan) {
            this.scan = scan;
            this.base = scan.lexicon().base(Phrases.this);
            this.bit = scan.lexicon().bit(Phrases.this);
        }

        /** The first entry found in {@code text} (a part of scanned text {@code t}), or {@code null}. */
        public Matcher find(String text, int t) {
            return first(text, t, Mode.FIND);
        }

        /** The first entry that matches the whole of {@code text}, or {@code null}. */
        public Matcher matchWhole(String text, int t) {
            return first(text, t, Mode.WHOLE);
        }

        /** The first entry that matches at the start of {@code text}, or {@code null}. */
        public Matcher lookingAt(String text, int t) {
            return first(text, t, Mode.PREFIX);
        }

        /**
         * False when no entry can match {@code text}: it lacks the literals of each. Lets a caller skip work that
         * only matters when some entry could match.
         */
        public boolean mayMatch(String text, int t) {
            return select(text, t);
        }

        /** Every entry's first match in {@code text}, in vocabulary order. */
        public List<Matcher> findAll(String text, int t) {
            return all(text, t, Mode.FIND);
        }

        /** Every entry that matches at the start of {@code text}, in vocabulary order. */
        public List<Matcher> lookingAtAll(String text, int t) {
            return all(text, t, Mode.PREFIX);
        }

        private List<Matcher> all(String text, int t, Mode mode) {
            List<Matcher> out = new ArrayList<>(1);
            if (!select(text, t)) return out;
            String key = null; // the text's key form, made when an entry first needs it
            for (int e = next(0); e >= 0; e = next(e + 1)) {
                if (key == null && needsKey(e, text, mode)) key = Prefilter.key(text);
                Matcher m = hit(e, text, key, mode);
                if (m != null) out.add(m);
            }
            return out;
        }

        private Matcher first(String text, int t, Mode mode) {
            if (!select(text, t)) return null;
            String key = null;
            for (int e = next(0); e >= 0; e = next(e + 1)) {
                if (key == null && needsKey(e, text, mode)) key = Prefilter.key(text);
                Matcher m = hit(e, text, key, mode);
                if (m != null) return m;
            }
            return null;
        }

        /** Marks the entries whose prefilter the text passes; false when there is none. */
        private boolean select(String text, int t) {
            if (base < 0) { // not in the page's lexicon: the entries' own prefilters
                String folded = Prefilter.key(text);
                Arrays.fill(candidates, 0);
                boolean any = false;
                for (int e = 0; e < patterns.size(); e++) {
                    if (filters.get(e).mayFindFolded(folded)) {
                        candidates[e >>> 6] |= 1L << e;
                        any = true;
                    }
                }
                return any;
            }
            // none of the literals this section's entries are looked up by (with no literals, its bit is another
            // section's: past 64 sections, they share)
            boolean found = (scan.mask(t) & bit) != 0 && !literals.isEmpty();
            if (!found && !anyAlways) return false; // the common case, answered without touching the candidates
            System.arraycopy(always, 0, candidates, 0, always.length);
            boolean any = anyAlways;
            if (!found) return any; // only the entries without literals
            int row = scan.row(t);
            int limit = base + literals.size();
            for (int w = base >>> 6, last = (limit - 1) >>> 6; w <= last; w++) { // this section's literals in the text
                long bits = scan.word(row, w);
                if (w == base >>> 6) bits &= -1L << base; // ids below base: other sections'
                if (w == last) bits &= -1L >>> (63 - ((limit - 1) & 63)); // and above the last of this one
                for (; bits != 0; bits &= bits - 1) {
                    for (int e : entriesOf[(w << 6) + Long.numberOfTrailingZeros(bits) - base]) {
                        if ((candidates[e >>> 6] & 1L << e) != 0 || !holds(e, row)) continue;
                        candidates[e >>> 6] |= 1L << e;
                        any = true;
                    }
                }
            }
            return any;
        }

        /** True when the text at {@code row} has a literal for each of entry {@code e}'s requirements after the first. */
        private boolean holds(int e, int row) {
            int[][] reqs = requirements[e];
            for (int r = 1; r < reqs.length; r++) {
                boolean found = false;
                for (int id : reqs[r]) {
                    if (scan.contains(row, base + id)) {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }

        /** The first candidate entry at or after {@code from}, or -1. */
        private int next(int from) {
            for (int w = from >>> 6; w < candidates.length; w++) {
                long bits = candidates[w] & (w == from >>> 6 ? -1L << from : -1L);
                if (bits != 0) return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
            return -1;
        }
    }
}
