package org.zhnews.core;

import java.util.Objects;

/**
 * One batch of {@link Pipeline#analyzeStream}: where it starts in the stream, in chars, and its
 * document, whose offsets count from that start. Immutable.
 *
 * @param offset   where the batch starts in the stream, in UTF-16 code units
 * @param document the batch's document
 */
public record StreamBatch(long offset, Document document) {

    /**
     * @param offset   where the batch starts in the stream, in UTF-16 code units
     * @param document the batch's document
     * @throws NullPointerException if {@code document} is null
     */
    public StreamBatch {
        Objects.requireNonNull(document, "document must not be null");
    }
}
