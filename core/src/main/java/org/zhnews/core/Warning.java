package org.zhnews.core;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.offset.TextRange;

/**
 * Something a caller should know about a document: input that was repaired, guessed or could
 * not be read. Warnings never stop an analysis. Immutable.
 *
 * @param code    what the warning is about; the JSON writes its {@link WarningCode#jsonName()}
 * @param message a human-readable explanation
 * @param range   the range concerned; on a {@link Document} it is in the original input
 */
public record Warning(WarningCode code, String message, Optional<TextRange> range) {

    /**
     * @param code    what the warning is about
     * @param message a human-readable explanation
     * @param range   the range concerned, or empty for the whole document
     * @throws NullPointerException if an argument is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
    }

    /**
     * A warning about the whole document.
     *
     * @param code    what the warning is about
     * @param message a human-readable explanation
     * @return a warning without range
     */
    public static Warning of(WarningCode code, String message) {
        return new Warning(code, message, Optional.empty());
    }

    /**
     * A warning about the range {@code [start, end)}.
     *
     * @param code    what the warning is about
     * @param message a human-readable explanation
     * @param start   first char concerned
     * @param end     one past the last char concerned
     * @return a warning with that range
     * @throws IllegalArgumentException if the range is not valid ({@link TextRange})
     */
    public static Warning at(WarningCode code, String message, int start, int end) {
        return new Warning(code, message, Optional.of(new TextRange(start, end)));
    }

    /**
     * This warning about {@code range} instead (the same code and message).
     *
     * @param range the new range
     * @return a new warning; this one is unchanged
     */
    public Warning withRange(TextRange range) {
        return new Warning(code, message, Optional.of(range));
    }
}
