package dev.winnow.io;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Cleans records on {@code threads} threads and hands the results to a sink in input order. The calling thread
 * reads and writes; at most {@code window} records and {@code byteBudget} input bytes are in flight (always at
 * least one record), so memory stays flat however long the input. A record whose work runs past
 * {@code hardTimeout} gets the error result at once and its thread is abandoned (its slot is freed), so one
 * pathological page can neither hang the run nor block the output.
 *
 * @param <R> the result of one record (e.g. a serialised JSON line)
 */
public final class Pipeline<R> implements AutoCloseable {
    private final int threads;
    private final int window;
    private final long byteBudget;
    private final Duration hardTimeout;
    private final ExecutorService pool;
    private final Semaphore running;

    /** Receives each result in input order. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(InputRecord record, R result) throws IOException;
    }

    public Pipeline(int threads, int window, long byteBudget, Duration hardTimeout) {
        if (threads < 1 || window < 1) throw new IllegalArgumentException("threads and window must be positive");
        this.threads = threads;
        this.window = window;
        this.byteBudget = byteBudget;
        this.hardTimeout = hardTimeout;
        this.running = new Semaphore(threads);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "winnow-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    private final class Task {
        final InputRecord record;
        final AtomicLong started = new AtomicLong();
        final AtomicBoolean released = new AtomicBoolean();
        Future<R> future;

        Task(InputRecord record) {
            this.record = record;
        }

        void release() {
            if (released.compareAndSet(false, true)) running.release();
        }
    }

    /**
     * Runs every record of {@code reader} through {@code work}; a record that throws or times out gets
     * {@code onError(record, throwable)} instead. Returns the number of records.
     */
    public long run(RecordReader reader, Function<InputRecord, R> work, BiFunction<InputRecord, Throwable, R> onError,
                    Sink<R> sink) throws IOException, InterruptedException {
        ArrayDeque<Task> inFlight = new ArrayDeque<>();
        long bytesInFlight = 0, count = 0;
        for (InputRecord rec; (rec = reader.next()) != null; ) {
            count++;
            while (!inFlight.isEmpty() && (inFlight.size() >= window || bytesInFlight + rec.size() > byteBudget)) {
                bytesInFlight -= drainOne(inFlight, onError, sink);
            }
            if (rec.page() == null) {
                // nothing to clean: it still waits for its turn in the output
                Task t = new Task(rec);
                t.released.set(true);
                t.future = java.util.concurrent.CompletableFuture.completedFuture(onError.apply(rec, null));
                inFlight.add(t);
                continue;
            }
            while (!running.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                if (!inFlight.isEmpty()) bytesInFlight -= drainOne(inFlight, onError, sink);
            }
            Task t = new Task(rec);
            t.future = pool.submit(() -> {
                t.started.set(System.nanoTime());
                try {
                    return work.apply(t.record);
                } finally {
                    t.release();
                }
            });
            inFlight.add(t);
            bytesInFlight += rec.size();
        }
        while (!inFlight.isEmpty()) drainOne(inFlight, onError, sink);
        return count;
    }

    /** Waits for the oldest record and hands its result on; returns its size. */
    private long drainOne(ArrayDeque<Task> inFlight, BiFunction<InputRecord, Throwable, R> onError, Sink<R> sink)
            throws IOException, InterruptedException {
        Task t = inFlight.poll();
        R result;
        while (true) {
            try {
                result = t.future.get(100, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                long started = t.started.get();
                if (started != 0 && System.nanoTime() - started > hardTimeout.toNanos()) {
                    t.future.cancel(true);
                    t.release();
                    result = onError.apply(t.record, new TimeoutException("no result after " + hardTimeout.toMillis() + " ms"));
                    break;
                }
            } catch (ExecutionException e) {
                result = onError.apply(t.record, e.getCause());
                break;
            } catch (CancellationException e) {
                result = onError.apply(t.record, e);
                break;
            }
        }
        sink.accept(t.record, result);
        return t.record.page() == null ? 0 : t.record.size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
