package org.zhnews.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;

/**
 * The one shared default pipeline analysing the benchmark documents, one call per document, on
 * 1 and on 2 threads (JMH sums the threads' throughput); {@link BenchMain} ({@code threads})
 * prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThreadsBenchmark {

    private List<String> documents;
    private Pipeline pipeline;

    @Setup
    public void setUp() {
        documents = BenchText.documents();
        pipeline = ZhNews.pipeline();
        documents.forEach(pipeline::analyze);
    }

    @Benchmark
    @Threads(1)
    public void oneThread(Blackhole sink) {
        analyzeAll(sink);
    }

    @Benchmark
    @Threads(2)
    public void twoThreads(Blackhole sink) {
        analyzeAll(sink);
    }

    private void analyzeAll(Blackhole sink) {
        for (String document : documents) {
            sink.consume(pipeline.analyze(document));
        }
    }
}
