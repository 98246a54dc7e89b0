package org.zhnews.text.sentence;

import java.util.List;

/**
 * One sentence found by {@link SentenceSegmenter}: the range {@code [start, end)} of the
 * segmented text (UTF-16 code units), its end marks, closing quotes and the white space after
 * it included, and its clauses, which cover it in order (at least one).
 *
 * @param start   first code unit
 * @param end     one past the last code unit; greater than {@code start}
 * @param clauses the clauses, contiguous, from {@code start} to {@code end}
 */
public record SentenceSegment(int start, int end, List<ClauseSegment> clauses) {

    /**
     * @param start   first code unit
     * @param end     one past the last code unit
     * @param clauses the clauses; copied
     * @throws IllegalArgumentException if the range is empty or the clauses do not cover it
     */
    public SentenceSegment {
        clauses = List.copyOf(clauses);
        if (start < 0 || end <= start || clauses.isEmpty() || clauses.get(0).start() != start
                || clauses.get(clauses.size() - 1).end() != end) {
            throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ") " + clauses);
        }
        for (int i = 1; i < clauses.size(); i++) {
            if (clauses.get(i).start() != clauses.get(i - 1).end()) {
                throw new IllegalArgumentException("clauses must be contiguous: " + clauses);
            }
        }
    }

    /**
     * Number of code units covered.
     *
     * @return {@code end - start}, at least 1
     */
    public int length() {
        return end - start;
    }
}
