package org.zhnews.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * One CLUENER2020 record reduced to what the company evaluation needs.
 *
 * @param line  1-based line in the JSONL file
 * @param text  the sentence
 * @param spans every labelled span, in UTF-16 offsets of {@code text}, end exclusive (converted
 *              from CLUENER's inclusive code-point offsets), ordered by start
 */
public record ClueNerRecord(int line, String text, List<LabelledSpan> spans) {

    /** CLUENER's company label. */
    public static final String COMPANY = "company";

    public ClueNerRecord {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    /** The spans labelled {@code company}. */
    public List<LabelledSpan> companies() {
        return spans.stream().filter(s -> s.label().equals(COMPANY)).toList();
    }

    /**
     * A labelled span.
     *
     * @param label   CLUENER label ({@code company}, {@code organization}, ...); for predictions,
     *                the predicted type
     * @param start   start, UTF-16 offset
     * @param end     exclusive end, UTF-16 offset
     * @param surface the entity string as labelled
     */
    public record LabelledSpan(String label, int start, int end, String surface) {
        public LabelledSpan {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(surface, "surface");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        /** Whether the two spans share at least one character. */
        public boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
