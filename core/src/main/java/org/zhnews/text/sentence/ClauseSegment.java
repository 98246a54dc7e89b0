package org.zhnews.text.sentence;

/**
 * One clause of a {@link SentenceSegment}: the range {@code [start, end)} of the segmented
 * text, in UTF-16 code units. Its closing mark and the spaces after it belong to it.
 *
 * @param start first code unit
 * @param end   one past the last code unit; greater than {@code start}
 */
public record ClauseSegment(int start, int end) {

    /**
     * @param start first code unit
     * @param end   one past the last code unit
     * @throws IllegalArgumentException if the range is negative or empty
     */
    public ClauseSegment {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad clause [" + start + ", " + end + ")");
        }
    }
}
