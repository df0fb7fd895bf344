package dev.winnow.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Stream helpers: transparent gzip and bounded reads. */
final class Streams {
    private Streams() {}

    /** {@code in} buffered, and decompressed when it starts with the gzip magic number. */
    static InputStream maybeGunzip(InputStream in) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream bis ? bis : new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int b0 = b.read(), b1 = b.read();
        b.reset();
        if (b0 == 0x1F && b1 == 0x8B) return new BufferedInputStream(new GZIPInputStream(b, 1 << 16), 1 << 16);
        return b;
    }

    /** Up to {@code max} bytes; the caller learns of more through {@code in.read()}. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
    }
}
