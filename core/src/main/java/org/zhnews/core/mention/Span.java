package org.zhnews.core.mention;

import java.util.Objects;

/**
 * Where a mention stands, in both texts of a document.
 *
 * @param text          the surface exactly as it stands in the original input:
 *                      {@code original.substring(originalStart, originalEnd)}
 * @param start         start in the normalized text (UTF-16 code units)
 * @param end           exclusive end in the normalized text
 * @param originalStart start in the original input
 * @param originalEnd   exclusive end in the original input
 */
public record Span(String text, int start, int end, int originalStart, int originalEnd) {

    /**
     * @param text          the original surface
     * @param start         start in the normalized text
     * @param end           exclusive end in the normalized text
     * @param originalStart start in the original input
     * @param originalEnd   exclusive end in the original input
     * @throws IllegalArgumentException if a range is negative or reversed
     * @throws NullPointerException if {@code text} is null
     */
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || originalStart < 0 || originalEnd < originalStart) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") / ["
                    + originalStart + ", " + originalEnd + ")");
        }
        if (text.length() != originalEnd - originalStart) {
            throw new IllegalArgumentException("text length " + text.length()
                    + " does not match original range [" + originalStart + ", " + originalEnd + ")");
        }
    }
}
