package dev.winnow;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-document limits. A page over a limit never costs an {@code OutOfMemoryError}, a {@code StackOverflowError}
 * or a hang: it gets a best-effort result with a warning, or (deadline passed before any block was judged) a
 * {@link WinnowException}.
 *
 * <ul>
 *   <li>{@code maxInputBytes}: longer input is cut to this size before parsing (warning);</li>
 *   <li>{@code maxDepth}: deeper HTML elements are flattened into their ancestor at this depth by the parser;</li>
 *   <li>{@code maxNodes}: segmentation stops after this many DOM nodes (warning), the rest of the page is ignored;</li>
 *   <li>{@code deadline}: wall-clock time for one page; checked during segmentation and between cleaners. The
 *       cleaners not yet run are skipped (warning); if it passes before segmentation ends, the page fails.</li>
 * </ul>
 *
 * <pre>
 * Winnow w = Winnow.news().withLimits(Limits.DEFAULT.withDeadline(Duration.ofSeconds(2)));
 * </pre>
 *
 * @since 0.1
 */
public record Limits(long maxInputBytes, int maxDepth, int maxNodes, Duration deadline) {
    /** The largest input one page can have: the largest Java array, less headroom for reading one byte more. */
    public static final long MAX_INPUT_BYTES = Integer.MAX_VALUE - 64;
    /** The longest deadline: larger values are clamped, so deadline arithmetic never overflows. */
    public static final Duration MAX_DEADLINE = Duration.ofDays(365);

    /** 8 MiB, depth 512, 1,000,000 nodes, 10 seconds. */
    public static final Limits DEFAULT = new Limits(8L << 20, 512, 1_000_000, Duration.ofSeconds(10));
    /** No practical limit (for trusted input). */
    public static final Limits NONE = new Limits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofDays(365));

    /** Values above {@link #MAX_INPUT_BYTES} and {@link #MAX_DEADLINE} are clamped to them. */
    public Limits {
        Objects.requireNonNull(deadline, "deadline == null");
        if (maxInputBytes <= 0 || maxDepth <= 0 || maxNodes <= 0 || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + ", " + maxDepth + ", "
                    + maxNodes + ", " + deadline);
        }
        maxInputBytes = Math.min(maxInputBytes, MAX_INPUT_BYTES);
        if (deadline.compareTo(MAX_DEADLINE) > 0) deadline = MAX_DEADLINE;
    }

    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxDepth, maxNodes, deadline);
    }

    public Limits withMaxDepth(int depth) {
        return new Limits(maxInputBytes, depth, maxNodes, deadline);
    }

    public Limits withMaxNodes(int nodes) {
        return new Limits(maxInputBytes, maxDepth, nodes, deadline);
    }

    public Limits withDeadline(Duration d) {
        return new Limits(maxInputBytes, maxDepth, maxNodes, d);
    }
}
