package org.zhnews.spark;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;

/**
 * Builds a {@link Pipeline} once, on first use, and hands the same one to every caller after:
 * the Spark job reads {@link #DEFAULT} inside its tasks, so each executor JVM builds one
 * pipeline (loading dictionaries once), not one per record or per partition. Thread-safe; the
 * pipeline it holds is immutable and shared by all task threads of the JVM.
 */
public final class PipelineHolder implements Supplier<Pipeline> {

    /** The default pipeline of {@link ZhNews}, one per JVM. */
    public static final PipelineHolder DEFAULT = new PipelineHolder(ZhNews::pipeline);

    private final Supplier<Pipeline> factory;
    private final AtomicInteger builds = new AtomicInteger();
    private volatile Pipeline pipeline;

    /** A holder that calls {@code factory} once, on the first {@link #get()}. */
    public PipelineHolder(Supplier<Pipeline> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The pipeline, built on the first call. */
    @Override
    public Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = Objects.requireNonNull(factory.get(), "factory returned null");
                    builds.incrementAndGet();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** How many times this holder built a pipeline: 0 before first use, then 1. */
    public int builds() {
        return builds.get();
    }
}
