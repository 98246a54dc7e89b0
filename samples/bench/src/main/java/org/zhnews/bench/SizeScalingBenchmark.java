package org.zhnews.bench;

import java.util.concurrent.TimeUnit;
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
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;

/**
 * The default pipeline on one document of 1 K to 10 M characters (the benchmark text repeated
 * and cut), to show throughput stays flat with document size. One operation analyses the
 * document; {@link BenchMain} ({@code scaling}) prints chars/s per size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SizeScalingBenchmark {

    /** Document size in chars; 10,000,000 is the default pipeline's limit. */
    @Param({"1000", "10000", "100000", "1000000", "10000000"})
    public int chars;

    private String document;
    private Pipeline pipeline;

    @Setup
    public void setUp() {
        document = BenchText.ofLength(chars);
        pipeline = ZhNews.pipeline();
        pipeline.analyze(document);
    }

    @Benchmark
    public Object analyze() {
        return pipeline.analyze(document);
    }
}
