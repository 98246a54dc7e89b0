package org.zhnews.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;

/**
 * What {@link Pipeline.Builder#build()} checks of the extractors, once: each finds the mention
 * types it requires produced by an extractor before it, and no two produce the same
 * {@link MentionKind} unless the builder allows that kind to be shared. Stateless.
 */
final class ExtractorChecks {

    private ExtractorChecks() {
    }

    /**
     * @param allowAll whether every kind may be produced by several extractors
     * @param allowed  the kinds that may be
     * @throws IllegalStateException naming the extractors concerned when a check fails
     */
    static void check(List<Extractor> extractors, boolean allowAll, Set<MentionKind> allowed) {
        Set<Class<? extends Mention>> produced = new HashSet<>();
        Map<MentionKind, Extractor> producer = new HashMap<>();
        for (Extractor x : extractors) {
            for (Class<? extends Mention> required : x.requires()) {
                if (!produced.contains(required)) {
                    throw new IllegalStateException(x.name() + " requires " + required.getSimpleName()
                            + " mentions, but no extractor before it produces them");
                }
            }
            produced.addAll(x.produces());
            for (MentionKind kind : x.kinds()) {
                Extractor earlier = producer.putIfAbsent(kind, x);
                if (earlier != null && !allowAll && !allowed.contains(kind)) {
                    throw new IllegalStateException(earlier.name() + " and " + x.name() + " both produce "
                            + kind + " mentions: replace or remove one (Pipeline.Builder.replace, remove), "
                            + "or let them share the kind (allowSharedKind, allowSharedKinds)");
                }
            }
        }
    }
}
