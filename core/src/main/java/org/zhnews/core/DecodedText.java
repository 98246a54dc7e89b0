package org.zhnews.core;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * Text decoded from bytes.
 *
 * @param text     the text as decoded, a leading byte-order mark excluded
 * @param charset  the charset used ({@code UTF-8}, {@code GB18030})
 * @param warnings warnings, with ranges in {@code text}
 */
public record DecodedText(String text, Charset charset, List<Warning> warnings) {

    /**
     * @param text     the text as decoded, a leading byte-order mark excluded
     * @param charset  the charset used
     * @param warnings warnings with ranges in {@code text}; copied
     * @throws NullPointerException if an argument is null
     */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        warnings = List.copyOf(warnings);
    }
}
