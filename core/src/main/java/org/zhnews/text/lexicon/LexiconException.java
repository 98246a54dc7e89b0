package org.zhnews.text.lexicon;

/**
 * A lexicon resource is missing, unreadable or malformed. The message starts with the resource
 * or file name, followed by {@code :line} when one line is at fault ({@code cues.tsv:12: 2
 * columns, at least 3 expected}). Unchecked: a bundled lexicon that fails is a packaging error,
 * a user's file that fails is an invalid argument (hence the superclass).
 */
public final class LexiconException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * An error with its full message ({@code source[:line]: what}).
     *
     * @param message the message
     */
    public LexiconException(String message) {
        super(message);
    }

    /**
     * An error caused by {@code cause} (an I/O failure).
     *
     * @param message the message
     * @param cause   the failure
     */
    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
