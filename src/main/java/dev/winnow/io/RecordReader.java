package dev.winnow.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads input records one at a time, so that memory does not grow with the input. A record that cannot be read
 * comes back as a failed {@link InputRecord}; the reader then goes on if it can.
 */
public interface RecordReader extends Closeable {
    /** The next record, or {@code null} at the end of the input. */
    InputRecord next() throws IOException;
}
