package org.zhnews.text.match;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary hit of {@link DictionaryMatcher}: {@code [start, end)} in the matched text and
 * the values stored under the surface found there (more than one when several entries share a
 * folded surface). Immutable.
 *
 * <p>Internal: public only for the knowledge base and the company and model extractors; not part
 * of the API, may change without notice.
 *
 * @param <V> the value type of the dictionary
 */
public record Match<V>(int start, int end, List<V> values) {

    /**
     * Checks the range ({@code 0 <= start < end}); throws {@link IllegalArgumentException}
     * otherwise.
     *
     * @param start  first char of the hit
     * @param end    one past its last char
     * @param values the values stored under the surface; copied
     * @throws NullPointerException if {@code values} or a value is null
     */
    public Match {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /**
     * Length in chars.
     *
     * @return {@code end - start}, at least 1
     */
    public int length() {
        return end - start;
    }

    /**
     * The index of the first hit of {@code sorted} (ordered by start) that starts at or after
     * {@code pos}; {@code sorted.size()} when none does. Logarithmic time.
     *
     * @param sorted hits ordered by start
     * @param pos    an offset
     * @return an index from 0 to {@code sorted.size()}
     */
    public static int firstAtOrAfter(List<? extends Match<?>> sorted, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the two hits share at least one char.
     *
     * @param other another hit of the same text
     * @return {@code true} if the ranges intersect
     */
    public boolean overlaps(Match<?> other) {
        return start < other.end && other.start < end;
    }
}
