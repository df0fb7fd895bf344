package dev.winnow;

/**
 * Thrown for a configuration mistake (an unknown cleaner, an empty vocabulary, a bad pattern) or an input that
 * cannot be read at all. Malformed HTML never throws: it gets a best-effort result.
 *
 * @since 0.1
 */
public class WinnowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WinnowException(String message) {
        super(message);
    }

    public WinnowException(String message, Throwable cause) {
        super(message, cause);
    }
}
