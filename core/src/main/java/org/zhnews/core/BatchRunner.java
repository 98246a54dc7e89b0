package org.zhnews.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs one analysis per text of a collection, one after the other or on an {@link Executor},
 * and gives the documents in input order. Behind {@link Pipeline#analyzeAll}; stateless.
 */
final class BatchRunner {

    private final Function<String, Document> analysis;

    /** @param analysis the analysis of one text, safe to call from several threads at once */
    BatchRunner(Function<String, Document> analysis) {
        this.analysis = analysis;
    }

    /** Analyses the texts in turn on the calling thread. */
    List<Document> inOrder(Collection<String> texts) {
        Objects.requireNonNull(texts, "texts must not be null");
        List<Document> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(analysis.apply(t));
        }
        return out;
    }

    /**
     * Analyses the texts on {@code executor}; the result is in input order. An exception of one
     * analysis is rethrown after all have finished.
     */
    List<Document> on(Collection<String> texts, Executor executor) {
        Objects.requireNonNull(texts, "texts must not be null");
        Objects.requireNonNull(executor, "executor must not be null");
        List<CompletableFuture<Document>> futures = new ArrayList<>(texts.size());
        for (String t : texts) {
            Objects.requireNonNull(t, "texts must not contain null");
            futures.add(CompletableFuture.supplyAsync(() -> analysis.apply(t), executor));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null).join();
        List<Document> out = new ArrayList<>(futures.size());
        for (CompletableFuture<Document> f : futures) {
            out.add(f.join());
        }
        return out;
    }
}
