package org.zhnews.core;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;

/**
 * One step that finds mentions in the normalized text. Extractors never change text; they may
 * read the mentions of the extractors that ran before them.
 *
 * <p>Implementations must be immutable and safe to call from many threads at once, must return
 * the same result for the same input, and must not throw for any input.
 */
public interface Extractor {

    /**
     * A short name for messages and benchmarks.
     *
     * @return the simple class name unless overridden
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * The mention types this extractor produces.
     *
     * @return the mention record types, never empty for an extractor that finds anything
     */
    Set<Class<? extends Mention>> produces();

    /**
     * The mention kinds this extractor produces: by default the built-in kinds of the records
     * in {@link #produces()}. An extractor that emits {@link org.zhnews.core.mention.CustomMention}s
     * names its custom kinds here. {@link Pipeline.Builder#build()} refuses two extractors that
     * produce the same kind unless the builder allows it.
     *
     * @return the kinds, in the order of {@link #produces()} unless overridden
     */
    default Set<MentionKind> kinds() {
        Set<MentionKind> out = new LinkedHashSet<>();
        for (Class<? extends Mention> type : produces()) {
            MentionKind.builtInOf(type).ifPresent(out::add);
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The mention types that must have been produced by earlier extractors;
     * {@link Pipeline.Builder#build()} checks the order once.
     *
     * @return the mention types required, empty by default
     */
    default Set<Class<? extends Mention>> requires() {
        return Set.of();
    }

    /**
     * Finds mentions; spans come from {@link ExtractionContext#span(int, int)}.
     *
     * @param context the document's text, structure and earlier mentions
     * @return the mentions found, with offsets in the analysis text; empty when none
     */
    List<? extends Mention> extract(ExtractionContext context);
}
