package dev.winnow.io;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on standard error: a bar redrawn in place on a terminal, otherwise one line every few
 * seconds. Nothing is shown for runs shorter than the first interval. Called from one thread only.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private long records, failed, bytes;
    private boolean shown;

    /**
     * @param terminal draw a bar with carriage returns (stderr is a terminal) instead of lines
     * @param interval seconds between lines (a bar is redrawn every quarter second)
     */
    public Progress(PrintWriter err, boolean terminal, double interval) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = (long) ((terminal ? 0.25 : interval) * 1e9);
    }

    /** Counts one record written. */
    public void record(long size, boolean failedRecord) {
        records++;
        bytes += size;
        if (failedRecord) failed++;
        long now = System.nanoTime();
        if (now - last >= intervalNanos && now - start >= 2_000_000_000L) {
            last = now;
            show(now, false);
        }
    }

    /** Ends the bar's line (when one was drawn). */
    public void finish() {
        if (shown) show(System.nanoTime(), true);
    }

    private void show(long now, boolean done) {
        shown = true;
        double s = (now - start) / 1e9;
        String stats = String.format(Locale.ROOT, "%,d records, %,d failed, %.0f docs/s, %.1f MB/s, %.0f s",
                records, failed, records / s, bytes / 1e6 / s, s);
        if (terminal) {
            int width = 30, pos = (int) (records / 50 % (2 * width));
            int at = pos < width ? pos : 2 * width - pos;
            String bar = done ? "=".repeat(width) : " ".repeat(Math.max(0, at)) + "###" + " ".repeat(Math.max(0, width - at));
            err.print("\rwinnow [" + bar.substring(0, width) + "] " + stats + (done ? "\n" : ""));
        } else {
            err.println("winnow: " + stats);
        }
        err.flush();
    }
}
