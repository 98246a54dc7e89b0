package org.zhnews;

import java.util.Objects;
import java.util.function.Supplier;
import org.zhnews.core.Pipeline;

/**
 * A pipeline built once, on the first {@link #get()}, and handed to every caller after: lazy,
 * thread-safe (double-checked under a lock of its own, so concurrent first callers wait for
 * one build) and once-only. A build that throws leaves the holder empty, so the next call tries
 * again. Making a holder calls nothing: it is safe in a class initializer.
 */
final class LazyPipeline {

    private final Supplier<Pipeline> build;
    private final Object lock = new Object();
    private volatile Pipeline pipeline;

    /** A holder that calls {@code build} on the first {@link #get()}. */
    LazyPipeline(Supplier<Pipeline> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * The pipeline, built on the first call.
     *
     * @throws RuntimeException whatever the build throws (the next call builds again)
     */
    Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (lock) {
                p = pipeline;
                if (p == null) {
                    p = Objects.requireNonNull(build.get(), "the build returned null");
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
