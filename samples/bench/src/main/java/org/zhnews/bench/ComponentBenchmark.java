package org.zhnews.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of each component of {@link Components} (the whole default pipeline, each
 * normalizer and extractor alone, the baselines) on the same text ({@link BenchText}). One
 * operation processes the whole text; {@link BenchMain} turns that into chars/s and ratios and
 * fills {@code component} with every registered name unless {@code -p component=...} is given.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComponentBenchmark {

    @Param({})
    public String component;

    private String text;
    private Function<String, Object> work;

    @Setup
    public void setUp() {
        text = BenchText.load();
        work = Components.named(component)
                .orElseThrow(() -> new IllegalArgumentException("unknown component " + component))
                .factory().get();
        work.apply(text); // load dictionaries before measuring
    }

    @Benchmark
    public Object run() {
        return work.apply(text);
    }
}
