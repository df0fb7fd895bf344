package dev.winnow.internal;

/** Text normalisation and counting, in single passes without regular expressions. */
public final class Text {
    private Text() {}

    /** True for every kind of Unicode white space, including no-break and zero-width spaces. */
    public static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || c >= 9 && c <= 13 || c >= 28 && c <= 31;
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Collapses runs of white space (no-break spaces included) into one ASCII space and trims the ends. */
    public static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            } else if (c != '\u00AD') { // white space or a control; a soft hyphen just goes
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    /**
     * The first run of letters and digits in {@code s}, case-folded as {@link Prefilter#fold} does ("" if none):
     * "— Posted on May 2" gives "posted".
     */
    public static String firstWord(String s) {
        int from = 0, n = s.length();
        while (from < n && !Character.isLetterOrDigit(s.charAt(from))) from++;
        int to = from;
        while (to < n && Character.isLetterOrDigit(s.charAt(to))) to++;
        return Prefilter.fold(s.substring(from, to));
    }

    /**
     * Reads the line of {@code chars} that starts at {@code from}: up to the first '\n' before {@code limit}, or to
     * {@code limit}. Returns {@link #lineEnd where it ends} and {@link #lineWords the number of its words} if
     * {@link #normalise} would leave it unchanged, else -1: one pass over a page read into one array, for the
     * common case of a line already normal.
     */
    public static long line(char[] chars, int from, int limit) {
        int words = 0, previous = 0, bad = 0; // without a branch per character: word starts are unpredictable
        int i = from;
        for (; i < limit; i++) {
            char c = chars[i];
            if (c == '\n') break;
            int kind = KINDS.charAt(c); // one load: a branch for non-ASCII cost a third of the time
            bad |= kind & ABNORMAL | kind & previous & SPACE; // a control, or a second space in a row
            words += kind & ~previous & WORD;
            previous = kind;
        }
        if (i > from && (chars[from] == ' ' || chars[i - 1] == ' ')) bad = 1;
        return (long) i << 32 | (bad != 0 ? -1 : words) & 0xFFFFFFFFL;
    }

    /** Where the line read by {@link #line} ends: the index of its '\n', or the limit. */
    public static int lineEnd(long line) {
        return (int) (line >>> 32);
    }

    /** The number of words of the line read by {@link #line}, or -1 when it is not normal. */
    public static int lineWords(long line) {
        return (int) line;
    }

    /**
     * What {@link #line} reads in a character, as bits: a word character; the ASCII space; abnormal (other
     * white space, a control or a soft hyphen, which {@link #normalise} would change).
     */
    private static final int WORD = 1, SPACE = 2, ABNORMAL = 4;
    /** The kind of every character, by its code: a table of 64 KB that cannot be changed. */
    private static final String KINDS = kinds();

    private static String kinds() {
        StringBuilder b = new StringBuilder(Character.MAX_VALUE + 1);
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            b.append((char) ((c == ' ' ? SPACE : plain(c) ? 0 : ABNORMAL) | (isWordChar(c) ? WORD : 0)));
        }
        return b.toString();
    }

    /**
     * Builds normalised text from pieces, counting its words on the way: {@code toString()} equals
     * {@link #normalise} of the pieces joined, and {@link #words()} equals {@link #words} of that, without a
     * second pass or copy. For a segmenter joining the text nodes of a block. Not thread-safe; reusable after
     * {@link #clear()}.
     */
    public static final class Normaliser {
        private char[] buffer = new char[256];
        private int length;
        private int words;
        private boolean pendingSpace;
        private boolean inWord;

        public Normaliser append(CharSequence piece) {
            String s = piece.toString(); // charAt on a String: its checks leave the loop, and short pieces need no copy
            int n = s.length();
            if (length + 2 * n > buffer.length) buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + 2 * n));
            char[] out = buffer;
            int len = length, count = words;
            boolean pending = pendingSpace, word = inWord;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c <= ' ') { // ASCII white space or a control, often a run of them (markup's indentation)
                    pending = len > 0;
                    do i++; while (i < n && s.charAt(i) <= ' ');
                } else if (c < 127 || plain(c)) {
                    if (pending) {
                        out[len++] = ' ';
                        pending = false;
                        word = false;
                    }
                    if (c < 127) { // a run of printable ASCII, its words counted without a branch
                        int w = word ? WORD : 0;
                        do {
                            out[len++] = c;
                            int k = KINDS.charAt(c) & WORD;
                            count += k & ~w;
                            w = k;
                        } while (++i < n && (c = s.charAt(i)) > ' ' && c < 127);
                        word = w != 0;
                    } else {
                        out[len++] = c;
                        boolean w = isWordChar(c);
                        if (w && !word) count++;
                        word = w;
                        i++;
                    }
                } else { // white space or a control; a soft hyphen just goes
                    if (c != '\u00AD') pending = len > 0;
                    i++;
                }
            }
            length = len;
            words = count;
            pendingSpace = pending;
            inWord = word;
            return this;
        }

        public int length() {
            return length;
        }

        /** The number of words in the text so far, as {@link Text#words} counts them. */
        public int words() {
            return words;
        }

        public void clear() {
            length = 0;
            words = 0;
            pendingSpace = false;
            inWord = false;
        }

        @Override
        public String toString() {
            return new String(buffer, 0, length);
        }
    }

    /** A character of a word, as {@link #words} counts them: a letter, a digit or '_'. */
    private static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' : isLetterOrDigit(c);
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, answered without a Unicode table lookup for the letters of the
     * common scripts (accented Latin, Cyrillic, CJK ideographs, kana, Hangul), which are most non-ASCII text.
     */
    static boolean isLetterOrDigit(char c) {
        if (c >= '\u4E00' && c <= '\u9FEF' || c >= '\u0410' && c <= '\u044F' || c >= '\u3041' && c <= '\u3096'
                || c >= '\u30A1' && c <= '\u30FA' || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7') return true;
        return Character.isLetterOrDigit(c);
    }

    /** A character that {@link #normalise} keeps as it is: not white space, a control or a soft hyphen. */
    private static boolean plain(char c) {
        if (c < 128) return c > ' ' && c < 127;
        if (c == '\u00A0') return false; // the no-break space: common in HTML
        // these ranges hold no white space, control or soft hyphen: most letters of most scripts, CJK included
        if (c > '\u00AD' && c < '\u1680' || c > '\u205F' && c < '\u3000' || c > '\u3000' && c < '\uFEFF') return true;
        if (c >= '\u200C' && c <= '\u2027' || c >= '\u2030' && c <= '\u205E') return true; // dashes, quotes, ellipsis
        if (c > '\u00A0' && c < '\u00AD' || c > '\u1680' && c < '\u180E' || c > '\u180E' && c < '\u2000' || c > '\uFEFF') return true;
        return !(isSpace(c) || c == '\u00AD' || Character.isISOControl(c));
    }

    public static int words(CharSequence s) {
        int n = 0, in = 0;
        for (int i = 0; i < s.length(); i++) { // without a branch per character: word starts are unpredictable
            char c = s.charAt(i);
            int w = KINDS.charAt(c) & WORD;
            n += w & ~in;
            in = w;
        }
        return n;
    }

    /**
     * As {@link #wordEquivalents(CharSequence)} for text whose {@link #words} count is {@code words} (a block's
     * own count): text without ideographs or kana (most text) keeps that count, and only a look at each character
     * is needed to know it. A wrong {@code words} gives a wrong answer for such text.
     */
    public static int wordEquivalents(CharSequence s, int words) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u2E80') return wordEquivalents(s);
        return words;
    }

    /**
     * Counts words for judging length across scripts: like {@link #words}, except that Chinese and Japanese,
     * written without spaces, count one word per two ideographs or kana.
     */
    public static int wordEquivalents(CharSequence s) {
        int n = 0, unspaced = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean w;
            if (c < 128) {
                w = isWordChar(c);
            } else if (isUnspacedScript(c)) {
                unspaced++;
                in = false;
                continue;
            } else {
                w = isLetterOrDigit(c);
            }
            if (w && !in) n++;
            in = w;
        }
        return n + (unspaced + 1) / 2;
    }

    private static boolean isUnspacedScript(char c) {
        if (c < '\u2E80') return false; // below the CJK radicals: no Han or kana, skip the script lookup
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * True when {@code comparisonKey(s)} equals {@code key}, most often known at the first differing letter
     * without building the key: for comparing one text against many.
     */
    public static boolean hasKey(String s, String key) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                lower = c;
            } else if (c >= 'A' && c <= 'Z') {
                lower = (char) (c + 32);
            } else if (c < 128 || !isLetterOrDigit(c)) {
                continue;
            } else if (c == '\u0130' || c == '\u03A3') {
                return comparisonKey(s).equals(key); // 'İ' lowers to two chars, 'Σ' by its place in the word
            } else {
                lower = Character.toLowerCase(c); // as String.toLowerCase(Locale.ROOT) lowers every other char
            }
            if (k == key.length() || key.charAt(k) != lower) return false;
            k++;
        }
        return k == key.length();
    }

    /**
     * The letters and digits of {@code s}, lower-cased: two texts with the same key say the same thing, whatever
     * their spacing, punctuation and case.
     */
    public static String comparisonKey(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') out[n++] = c;
                else if (c >= 'A' && c <= 'Z') out[n++] = (char) (c + 32);
            } else if (Character.isLetterOrDigit(c)) {
                out[n++] = c;
                ascii = false;
            }
        }
        String key = new String(out, 0, n);
        return ascii ? key : key.toLowerCase(java.util.Locale.ROOT);
    }

    /** The last character that is not white space or a closing quote/bracket, or 0. */
    public static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (isSpace(c) || "\"'”’»)]".indexOf(c) >= 0) continue;
            return c;
        }
        return 0;
    }

    /** True when the text ends like a sentence: '.', '!', '?', '…' or '。', once closing quotes and brackets are skipped. */
    public static boolean endsLikeSentence(String s) {
        char c = lastSignificant(s);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }

    /** Share of letters that are upper case, 0 when there are no letters. */
    public static double upperShare(String s) {
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }
}
