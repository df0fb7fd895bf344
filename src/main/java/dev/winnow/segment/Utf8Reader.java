package dev.winnow.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A page's UTF-8 bytes as characters for jsoup's parser: the characters jsoup's own stream decoding gives (the
 * JDK's decoder, malformed input replaced), at less cost. JDK 17's decoder copies ASCII with a vector intrinsic
 * only up to the first other byte of each call, then goes byte by byte to the end of its buffer: on a page with
 * a curly quote near its top, through most of the page. Here each ASCII run is found eight bytes at a time and
 * copied with the JDK's intrinsics, and well-formed multi-byte sequences are decoded in line. From the first
 * malformed or cut-off sequence on, the JDK's decoder reads the rest: UTF-8 starts afresh at every sequence, so it
 * decodes that rest exactly as it would have within the whole page. Not thread-safe: one per parse.
 *
 * <p>Plain text is decoded with it too ({@link #decodeWellFormed}), where a malformed sequence means the text is
 * not UTF-8 at all.
 */
final class Utf8Reader extends Reader {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** From this length on an ASCII run is copied through a Latin-1 string: two intrinsics beat a loop. */
    private static final int BULK = 32;

    private final byte[] bytes;
    private final int end;
    private int pos;
    /** The low surrogate of a supplementary character whose high one filled the last read. */
    private char low;
    /** The JDK's decoder over the rest of the page, once a malformed sequence was met. */
    private Reader rest;

    Utf8Reader(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes == null");
        this.end = bytes.length;
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, c.length);
        if (rest != null) return rest.read(c, off, len);
        if (len == 0) return 0;
        final byte[] b = bytes;
        int o = off, limit = off + len, p = pos;
        if (low != 0) {
            c[o++] = low;
            low = 0;
        }
        while (o < limit && p < end) {
            int run = asciiRunEnd(b, p, Math.min(end, p + (limit - o)));
            int n = run - p;
            if (n >= BULK) {
                new String(b, p, n, StandardCharsets.ISO_8859_1).getChars(0, n, c, o);
            } else {
                for (int i = 0; i < n; i++) c[o + i] = (char) b[p + i];
            }
            o += n;
            p = run;
            if (o == limit || p == end) break;
            int cp = codePoint(b, p, end);
            if (cp < 0) {
                pos = p;
                rest = new InputStreamReader(new ByteArrayInputStream(b, p, end - p), StandardCharsets.UTF_8);
                return o > off ? o - off : rest.read(c, off, len);
            }
            p += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // well-formed: the shortest form
            if (cp < 0x10000) {
                c[o++] = (char) cp;
            } else {
                c[o++] = Character.highSurrogate(cp);
                if (o < limit) c[o++] = Character.lowSurrogate(cp);
                else low = Character.lowSurrogate(cp);
            }
        }
        pos = p;
        return o == off ? -1 : o - off;
    }

    /**
     * Decodes {@code bytes}, well-formed UTF-8, into {@code chars}, which must hold as many characters as there are
     * bytes; returns the number of characters, or -1 when a sequence is malformed or cut off.
     */
    static int decodeWellFormed(byte[] bytes, char[] chars) {
        if (chars.length < bytes.length) throw new IllegalArgumentException(chars.length + " chars for " + bytes.length + " bytes");
        Utf8Reader reader = new Utf8Reader(bytes);
        try {
            int n = reader.read(chars, 0, chars.length); // all of it at once, unless it stops at a malformed sequence
            return reader.rest != null ? -1 : Math.max(n, 0);
        } catch (IOException e) { // the JDK's decoder over bytes in memory: not thrown
            throw new UncheckedIOException(e);
        }
    }

    /** Where the run of ASCII bytes from {@code p} ends, at the latest at {@code max}. */
    private static int asciiRunEnd(byte[] b, int p, int max) {
        while (p + 8 <= max && ((long) LONGS.get(b, p) & HIGH_BITS) == 0) p += 8;
        while (p < max && b[p] >= 0) p++;
        return p;
    }

    /**
     * The code point of the multi-byte sequence at {@code p}, or -1 when it is malformed or cut off by the end:
     * a bad lead or continuation byte, an overlong form, a surrogate, or a value past U+10FFFF.
     */
    private static int codePoint(byte[] b, int p, int end) {
        int x = b[p] & 0xFF;
        if (x >= 0xC2 && x <= 0xDF) {
            return p + 1 < end && isContinuation(b[p + 1]) ? (x & 0x1F) << 6 | b[p + 1] & 0x3F : -1;
        }
        if (x >= 0xE0 && x <= 0xEF) {
            if (p + 2 >= end) return -1;
            int y = b[p + 1] & 0xFF;
            boolean second = x == 0xE0 ? y >= 0xA0 && y <= 0xBF : x == 0xED ? y >= 0x80 && y <= 0x9F : isContinuation(b[p + 1]);
            return second && isContinuation(b[p + 2]) ? (x & 0x0F) << 12 | (y & 0x3F) << 6 | b[p + 2] & 0x3F : -1;
        }
        if (x >= 0xF0 && x <= 0xF4) {
            if (p + 3 >= end) return -1;
            int y = b[p + 1] & 0xFF;
            boolean second = x == 0xF0 ? y >= 0x90 && y <= 0xBF : x == 0xF4 ? y >= 0x80 && y <= 0x8F : isContinuation(b[p + 1]);
            return second && isContinuation(b[p + 2]) && isContinuation(b[p + 3])
                    ? (x & 0x07) << 18 | (y & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F : -1;
        }
        return -1; // a continuation byte without a lead, C0, C1, F5-FF
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    @Override
    public void close() {
        // nothing held: the bytes are the caller's
    }
}
