package org.zhnews.bench;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of each component of {@link Components} (the whole default pipeline, each
 * normalizer and extractor alone, the baselines) on the same documents
 * ({@link BenchText#documents()}), per document: one operation processes every document, each by
 * its own call, as a user analyses news articles. {@link BenchMain} turns that into chars/s and
 * ratios and fills {@code component} with every registered name unless {@code -p component=...}
 * is given. The warmup (10 x 3 s) lets the JIT finish compiling the pipeline's code, which takes
 * about 20 s on a 2-core machine; shorter runs measure partly interpreted code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComponentBenchmark {

    @Param({})
    public String component;

    private List<String> documents;
    private Function<String, Object> work;

    @Setup
    public void setUp() {
        documents = BenchText.documents();
        work = Components.named(component)
                .orElseThrow(() -> new IllegalArgumentException("unknown component " + component))
                .factory().get();
        documents.forEach(work::apply); // load dictionaries before measuring
    }

    @Benchmark
    public void run(Blackhole sink) {
        for (String document : documents) {
            sink.consume(work.apply(document));
        }
    }
}
