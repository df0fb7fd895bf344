package dev.winnow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every literal of a set of {@link Phrases} in one Aho-Corasick automaton, so that a page's blocks are read once
 * for all of them: {@link #scan} notes which literals each block contains, and each vocabulary then tries only
 * the entries whose {@link Prefilter} those literals satisfy. Without it, every vocabulary searched every block
 * for each of its own literals in turn. Immutable and thread-safe.
 *
 * <p>Matching is on text in {@link Prefilter#key} form (case folded, digits as '0'), character by character, so
 * a literal is found exactly where {@code Prefilter.key(text).indexOf(literal)} finds it.
 */
public final class Lexicon {
    /** A lexicon of no vocabulary: every {@link Phrases} falls back to its own prefilter. */
    public static final Lexicon EMPTY = of(List.of());
    private static final int ROOT = 0;
    /**
     * Bounds that keep states within a char, the transition table within 32 MB, and a scan's bits within 128
     * bytes per text (the built-in vocabularies have about 760 literals).
     */
    private static final int MAX_STATES = Character.MAX_VALUE, MAX_TABLE = 1 << 24, MAX_LITERALS = 1024;
    /** Output states a walk keeps before noting their literals: reading a long text takes no more memory. */
    private static final int BUFFER = 1024;

    private final Map<Phrases, Integer> indexes; // each vocabulary's position in the lexicon
    private final int[] bases; // by position: the vocabulary's first literal id; its ids are consecutive
    private final long[] bitOf; // by literal id: its vocabulary's bit in a text's mask (positions past 63 share
                                // bits), or 0 for a literal no entry is looked up by (see Phrases#isKey)
    private final int literalCount;
    private final char[] classOf; // character -> column of its key form; 0 for characters in no literal
    private final int columns;
    private final char[] next; // state * columns + column -> next state (no failure links at scan time)
    private final int outputFrom; // the first state with output; every state from here on has some
    private final int[] outputIds; // the literal ids ending at each output state, ascending, one state after another
    private final int[] outputStart; // state - outputFrom -> where its ids start in outputIds (one more at the end)
    private final long[] outputBits; // state - outputFrom -> the bits of those literals' vocabularies
    // state - outputFrom -> its literals as at most two words of a row: slot 2o and 2o + 1, each a word's index
    // in the row and its bits (0 for a slot unused); a state whose literals span more words is noted by spills
    private final int[] slotWords;
    private final long[] slotBits;
    private final boolean[] spills;
    private final int initial; // the root state, as renumbered

    private Lexicon(Map<Phrases, Integer> indexes, int[] bases, long[] bitOf, int literalCount, char[] classOf,
                    int columns, char[] next, int outputFrom, int[][] output, int initial) {
        this.indexes = indexes;
        this.bases = bases;
        this.bitOf = bitOf;
        this.literalCount = literalCount;
        this.classOf = classOf;
        this.columns = columns;
        this.next = next;
        this.outputFrom = outputFrom;
        this.outputStart = new int[output.length + 1];
        for (int o = 0; o < output.length; o++) outputStart[o + 1] = outputStart[o] + output[o].length;
        this.outputIds = new int[outputStart[output.length]];
        this.outputBits = new long[output.length];
        this.slotWords = new int[2 * output.length];
        this.slotBits = new long[2 * output.length];
        this.spills = new boolean[output.length];
        for (int o = 0; o < output.length; o++) {
            System.arraycopy(output[o], 0, outputIds, outputStart[o], output[o].length);
            for (int id : output[o]) outputBits[o] |= bitOf[id];
            int slot = 2 * o - 1; // ids ascend: each new word opens the next slot
            for (int id : output[o]) {
                if (slot < 2 * o || slotWords[slot] != id >>> 6) slot++;
                if (slot == 2 * o + 2) {
                    spills[o] = true;
                    break;
                }
                slotWords[slot] = id >>> 6;
                slotBits[slot] |= 1L << id;
            }
            if (spills[o]) slotBits[2 * o] = slotBits[2 * o + 1] = 0; // read from outputIds instead
        }
        this.initial = initial;
    }

    /**
     * The automaton of every literal the vocabularies' prefilters look for. A vocabulary that would make it too
     * large (a user's setting of thousands of phrases) is left out, and reads its literals itself.
     */
    public static Lexicon of(Collection<Phrases> vocabularies) {
        Map<Phrases, Integer> indexes = new IdentityHashMap<>();
        List<Integer> baseList = new ArrayList<>();
        List<Long> bits = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        Set<Character> distinct = new HashSet<>();
        long length = 0;
        for (Phrases p : vocabularies) {
            if (indexes.containsKey(p)) continue;
            Set<Character> more = new HashSet<>(distinct);
            long moreLength = length;
            for (String lit : p.literals()) {
                moreLength += lit.length();
                for (int i = 0; i < lit.length(); i++) more.add(lit.charAt(i));
            }
            // states <= 1 + the literals' length; the table has states x (characters + 1) entries
            if (moreLength >= MAX_STATES || (moreLength + 1) * (more.size() + 1) > MAX_TABLE
                    || literals.size() + p.literals().size() > MAX_LITERALS) continue;
            distinct = more;
            length = moreLength;
            indexes.put(p, baseList.size());
            baseList.add(literals.size());
            // only the literals its entries are looked up by set its bit: a text with none of them needs no look
            for (int k = 0; k < p.literals().size(); k++) bits.add(p.isKey(k) ? bit(indexes.get(p)) : 0L);
            literals.addAll(p.literals());
        }
        int[] bases = baseList.stream().mapToInt(Integer::intValue).toArray();
        long[] bitOf = bits.stream().mapToLong(Long::longValue).toArray();
        char[] classOf = new char[Character.MAX_VALUE + 1];
        int columns = 1;
        for (String lit : literals) {
            for (int i = 0; i < lit.length(); i++) {
                char c = lit.charAt(i);
                if (classOf[c] == 0) classOf[c] = (char) columns++;
            }
        }
        char[] literalClass = classOf.clone();
        for (int c = 0; c <= Character.MAX_VALUE; c++) classOf[c] = literalClass[Prefilter.key((char) c)]; // fold once, here
        // the trie
        List<int[]> rows = new ArrayList<>();
        rows.add(new int[columns]);
        List<List<Integer>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            String lit = literals.get(id);
            int state = ROOT;
            for (int i = 0; i < lit.length(); i++) {
                int col = classOf[lit.charAt(i)];
                if (rows.get(state)[col] == 0) {
                    rows.get(state)[col] = rows.size();
                    rows.add(new int[columns]);
                    ends.add(new ArrayList<>());
                }
                state = rows.get(state)[col];
            }
            ends.get(state).add(id);
        }
        // breadth first: failure links folded into the transitions, outputs merged along them
        int n = rows.size();
        int[] fail = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        int[] root = rows.get(ROOT);
        for (int col = 0; col < columns; col++) if (root[col] != 0) queue[tail++] = root[col];
        while (head < tail) {
            int s = queue[head++];
            ends.get(s).addAll(ends.get(fail[s]));
            int[] row = rows.get(s);
            int[] fallback = rows.get(fail[s]);
            for (int col = 0; col < columns; col++) {
                int t = row[col];
                if (t != 0) {
                    fail[t] = fallback[col];
                    queue[tail++] = t;
                } else {
                    row[col] = fallback[col];
                }
            }
        }
        // renumber: states without output first, so that a scan tests for output with one comparison
        int[] number = new int[n];
        int numbered = 0;
        for (int s = 0; s < n; s++) if (ends.get(s).isEmpty()) number[s] = numbered++;
        int outputFrom = numbered;
        for (int s = 0; s < n; s++) if (!ends.get(s).isEmpty()) number[s] = numbered++;
        if (n > Character.MAX_VALUE) throw new IllegalArgumentException("too many literals for one lexicon: " + n + " states");
        char[] next = new char[n * columns]; // chars: half the memory of ints, and most of it stays in cache
        int[][] output = new int[n - outputFrom][];
        for (int s = 0; s < n; s++) {
            int[] row = rows.get(s);
            for (int col = 0; col < columns; col++) next[number[s] * columns + col] = (char) number[row[col]];
            List<Integer> e = ends.get(s);
            if (!e.isEmpty()) output[number[s] - outputFrom] = e.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
        }
        return new Lexicon(indexes, bases, bitOf, literals.size(), classOf, columns, next, outputFrom, output, number[ROOT]);
    }

    /**
     * The literals each text contains: one read of every character. Each text's literals are kept as a row of
     * bits by literal id, so a vocabulary reads its own range of them in a word or two.
     */
    public Scan scan(List<String> texts) {
        Scan scan = new Scan(this, texts);
        readAll(scan);
        Arrays.fill(scan.read, -1L); // all read, in one pass: the automaton stays in cache
        return scan;
    }

    /**
     * As {@link #scan}, each text read when it is first asked about: a text no one asks about (a block dropped
     * before any vocabulary looks at it) is never read. For pages that drop much before the vocabularies run.
     */
    public Scan scanOnDemand(List<String> texts) {
        return new Scan(this, texts);
    }

    /**
     * Reads every text of {@code scan} with two walks at once, one from the first text forwards and one from the
     * last text backwards, until they meet. Each step of a walk waits for the table load of the step before, so
     * two independent walks take little longer than one: a third less time per character than reading in turn.
     */
    private void readAll(Scan scan) {
        List<String> texts = scan.texts;
        int lo = 0, hi = texts.size() - 1;
        if (hi < 0) return;
        final int buffer = scan.reached.length;
        int[] front = scan.reached, back = hi > 0 ? new int[buffer] : null; // each walk's output states, as in read
        final char[] next = this.next, classOf = this.classOf;
        final int columns = this.columns, outputFrom = this.outputFrom;
        String x = texts.get(lo), y = texts.get(hi);
        int ix = 0, iy = 0, nx = 0, ny = 0, sx = initial, sy = initial;
        long mx = 0, my = 0; // the masks of the output states already noted from the two texts
        boolean frontOwns = true; // which walk is in text lo once the two meet there
        while (lo < hi) {
            if (nx == buffer) { // a buffer full: its states are noted, and it is reused
                mx |= collect(front, nx, scan.hits, lo * scan.words);
                nx = 0;
            }
            if (ny == buffer) {
                my |= collect(back, ny, scan.hits, hi * scan.words);
                ny = 0;
            }
            // each step adds at most one state to each buffer
            int steps = Math.min(Math.min(x.length() - ix, y.length() - iy), buffer - Math.max(nx, ny));
            for (int k = 0; k < steps; k++) {
                sx = next[sx * columns + classOf[x.charAt(ix + k)]];
                sy = next[sy * columns + classOf[y.charAt(iy + k)]];
                front[nx] = sx;
                nx += (outputFrom - 1 - sx) >>> 31;
                back[ny] = sy;
                ny += (outputFrom - 1 - sy) >>> 31;
            }
            ix += steps;
            iy += steps;
            if (ix == x.length()) {
                scan.masks[lo] = mx | collect(front, nx, scan.hits, lo * scan.words);
                lo++; // <= hi: when equal, the back walk is in that text
                x = texts.get(lo);
                ix = nx = 0;
                mx = 0;
                sx = initial;
                frontOwns = false;
            }
            if (iy == y.length() && lo <= hi) {
                scan.masks[hi] = my | collect(back, ny, scan.hits, hi * scan.words);
                hi--; // >= lo - 1 >= 0: when equal to lo, the front walk is in that text
                y = texts.get(hi);
                iy = ny = 0;
                my = 0;
                sy = initial;
                frontOwns = true;
            }
        }
        if (lo == hi) {
            scan.masks[lo] = frontOwns ? mx | read(x, ix, sx, front, nx, scan.hits, lo * scan.words)
                    : my | read(y, iy, sy, back, ny, scan.hits, lo * scan.words);
        }
    }

    /** Reads {@code text} into {@code row} (its bits by literal id, from {@code hits[row]}); returns its mask. */
    private long read(String text, long[] hits, int row, Scan scan) {
        return read(text, 0, initial, scan.reached, 0, hits, row);
    }

    /**
     * Reads {@code text} from {@code from} on, the automaton in {@code state} there and the output states before
     * it in {@code reached[0, count)}; then notes its literals in {@code row} and returns the mask of what it
     * noted. A full buffer is noted and reused, so a long text needs no more memory than a short one.
     */
    private long read(String text, int from, int state, int[] reached, int count, long[] hits, int row) {
        final char[] next = this.next, classOf = this.classOf; // locals: the loop's stores cannot make them reload
        final int columns = this.columns, outputFrom = this.outputFrom;
        long mask = 0;
        for (int i = from, len = text.length(); ; ) {
            int room = reached.length - count; // at most one state a step
            for (int end = len - i <= room ? len : i + room; i < end; i++) {
                // without a branch: outputs come every few chars; charAt: no copy, its checks leave the loop
                state = next[state * columns + classOf[text.charAt(i)]];
                reached[count] = state;
                count += (outputFrom - 1 - state) >>> 31; // kept when state >= outputFrom
            }
            if (i == len) return mask | collect(reached, count, hits, row);
            if (count == reached.length) {
                mask |= collect(reached, count, hits, row);
                count = 0;
            }
        }
    }

    /** Notes in {@code row} the literals of the output states {@code reached[0, count)}; returns their mask. */
    private long collect(int[] reached, int count, long[] hits, int row) {
        final long[] outputBits = this.outputBits;
        final int[] outputIds = this.outputIds, outputStart = this.outputStart; // flat: no array per state to load
        final int[] slotWords = this.slotWords;
        final long[] slotBits = this.slotBits;
        long mask = 0;
        for (int k = 0; k < count; k++) { // a state reached again sets the same bits again
            int o = reached[k] - outputFrom;
            mask |= outputBits[o];
            // without a loop of its own: how many literals a state has is unpredictable
            hits[row + slotWords[2 * o]] |= slotBits[2 * o];
            hits[row + slotWords[2 * o + 1]] |= slotBits[2 * o + 1];
            if (spills[o]) {
                for (int i = outputStart[o], end = outputStart[o + 1]; i < end; i++) {
                    int id = outputIds[i];
                    hits[row + (id >>> 6)] |= 1L << id;
                }
            }
        }
        return mask;
    }

    /** The first literal id of {@code p}, or -1 when {@code p} is not part of this lexicon. */
    int base(Phrases p) {
        Integer i = indexes.get(p);
        return i == null ? -1 : bases[i];
    }

    /** The bit of {@code p} in {@link Scan#mask}: set for a text that holds one of its literals. 0 if not here. */
    long bit(Phrases p) {
        Integer i = indexes.get(p);
        return i == null ? 0 : bit(i);
    }

    private static long bit(int index) {
        return 1L << (index & 63);
    }

    /**
     * One page's literal hits: for text {@code t}, a row of bits by literal id, set for the literals the text
     * contains. Not thread-safe (see {@link #scanOnDemand}): one per page.
     */
    public static final class Scan {
        private final Lexicon lexicon;
        private final List<String> texts;
        private final int words; // longs per text
        private final long[] hits;
        private final long[] masks; // by text: the bits of the vocabularies it has key literals of
        private final long[] read; // by text: a bit set once it is read
        private final int[] reached; // output states of a text being read (the front walk's)

        private Scan(Lexicon lexicon, List<String> texts) {
            this.lexicon = lexicon;
            this.texts = texts;
            this.words = (lexicon.literalCount + 63) >>> 6;
            this.hits = new long[texts.size() * words];
            this.masks = new long[texts.size()];
            this.read = new long[(texts.size() + 63) >>> 6];
            int longest = 0;
            for (String t : texts) longest = Math.max(longest, t.length());
            // a step adds at most one state: short texts (a class name, a page of short lines) need a short buffer
            this.reached = new int[Math.max(1, Math.min(BUFFER, longest))];
        }

        public Lexicon lexicon() {
            return lexicon;
        }

        /** The number of texts scanned. */
        public int size() {
            return masks.length;
        }

        /**
         * Where text {@code t}'s row starts, the text read now if it was not yet: for {@link #word} and
         * {@link #contains}, which take the row so that asking about many literals checks this once.
         */
        int row(int t) {
            if ((read[t >>> 6] & 1L << t) == 0) {
                read[t >>> 6] |= 1L << t;
                masks[t] = lexicon.read(texts.get(t), hits, t * words, this);
            }
            return t * words;
        }

        /** True when the text whose {@link #row} this is contains literal {@code id}. */
        boolean contains(int row, int id) {
            return (hits[row + (id >>> 6)] & 1L << id) != 0;
        }

        /**
         * Text {@code t}'s vocabularies: the {@link Lexicon#bit} of each that has a literal in it that some entry
         * is looked up by ({@link Phrases#isKey}).
         */
        long mask(int t) {
            row(t);
            return masks[t];
        }

        /**
         * The 64 bits, of the text whose {@link #row} this is, for literal ids {@code 64 * w} to {@code 64 * w + 63}:
         * bit {@code id % 64} set when it contains literal {@code id}.
         */
        long word(int row, int w) {
            return hits[row + w];
        }
    }
}
