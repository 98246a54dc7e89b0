package org.zhnews.core;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.offset.TextRange;

/**
 * Something a caller should know about a document: input that was repaired, guessed or could
 * not be read. Warnings never stop an analysis.
 *
 * @param code    a stable, lower-case code ({@code malformed_input}, {@code low_confidence_charset})
 * @param message a human-readable explanation
 * @param range   the range concerned; on a {@link Document} it is in the original input
 */
public record Warning(String code, String message, Optional<TextRange> range) {

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
    }

    /** A warning about the whole document. */
    public static Warning of(String code, String message) {
        return new Warning(code, message, Optional.empty());
    }

    /** A warning about the range {@code [start, end)}. */
    public static Warning at(String code, String message, int start, int end) {
        return new Warning(code, message, Optional.of(new TextRange(start, end)));
    }
}
