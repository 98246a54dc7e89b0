package org.zhnews.core;

import java.util.List;
import java.util.Set;
import org.zhnews.core.mention.Mention;

/**
 * One step that finds mentions in the normalized text. Extractors never change text; they may
 * read the mentions of the extractors that ran before them.
 *
 * <p>Implementations must be immutable and safe to call from many threads at once, must return
 * the same result for the same input, and must not throw for any input.
 */
public interface Extractor {

    /** A short name for messages and benchmarks. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The mention types this extractor produces. */
    Set<Class<? extends Mention>> produces();

    /**
     * The mention types that must have been produced by earlier extractors;
     * {@link Pipeline.Builder#build()} checks the order once.
     */
    default Set<Class<? extends Mention>> requires() {
        return Set.of();
    }

    /** Finds mentions; spans come from {@link ExtractionContext#span(int, int)}. */
    List<? extends Mention> extract(ExtractionContext context);
}
