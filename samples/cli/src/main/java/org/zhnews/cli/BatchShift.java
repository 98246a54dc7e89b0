package org.zhnews.cli;

import org.zhnews.core.StreamBatch;

/**
 * Where a batch of a streamed input starts in the whole input: in its display text, in its
 * original text (UTF-16 units, as {@link StreamBatch#offset()}) and in its list of articles. A
 * batch's offsets plus these are offsets in the whole input. Immutable.
 *
 * @param start         added to {@code start}/{@code end} (display text)
 * @param originalStart added to {@code originalStart}/{@code originalEnd}
 * @param article       added to a mention's {@code article} index
 */
record BatchShift(long start, long originalStart, int article) {

    /** The shift of the first batch: none. */
    static final BatchShift NONE = new BatchShift(0, 0, 0);

    /** The shift of the batch after {@code batch}, which this shift places. */
    BatchShift after(StreamBatch batch) {
        return new BatchShift(start + batch.document().displayText().length(),
                batch.offset() + batch.document().original().length(),
                article + batch.document().articles().size());
    }
}
