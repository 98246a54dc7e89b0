package org.zhnews.core.offset;

/**
 * A range of UTF-16 code units, {@code start} inclusive, {@code end} exclusive.
 *
 * @param start first code unit
 * @param end   one past the last code unit; never less than {@code start}
 */
public record TextRange(int start, int end) {

    /**
     * @param start first code unit
     * @param end   one past the last code unit
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /**
     * Number of code units covered.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * True when no code unit is covered.
     *
     * @return {@code true} when {@code start == end}
     */
    public boolean isEmpty() {
        return start == end;
    }
}
