package org.zhnews.core;

/**
 * One step that rewrites text (script, punctuation, annotations...) and records every edit it
 * makes, so that offsets in its output map back to its input.
 *
 * <p>Implementations must be immutable and safe to call from many threads at once, must return
 * the same result for the same input, and must not throw for any input: report problems as
 * warnings. The returned map must lead from the whole input to the returned text.
 */
public interface Normalizer {

    /**
     * A short name for messages and benchmarks.
     *
     * @return the simple class name unless overridden
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Rewrites {@code text}.
     *
     * @param text the input, the whole text of a document or the previous normalizer's output
     * @return the new text with its map from {@code text} and any warnings
     */
    Normalization normalize(String text);
}
