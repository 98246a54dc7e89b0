package org.zhnews.core.event;

import java.util.List;
import org.zhnews.core.ExtractionContext;

/**
 * The step that reads events once every extractor has run: it sees the document's sentences and
 * all its mentions through the {@link ExtractionContext}, and returns events whose roles are
 * mentions of that context and whose spans come from {@link ExtractionContext#span(int, int)}.
 *
 * <p>Implementations must be immutable, safe to call from many threads at once, deterministic,
 * and must not throw for any input (the pipeline turns a throw into a {@code component_failed}
 * warning and a document without events).
 */
public interface EventFinder {

    /**
     * A short name for messages and benchmarks.
     *
     * @return the simple class name unless overridden
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Reads the events of one document.
     *
     * @param context the document's texts, sentences and mentions
     * @return the events, in the order of their triggers; empty when there are none
     */
    List<Event> find(ExtractionContext context);
}
