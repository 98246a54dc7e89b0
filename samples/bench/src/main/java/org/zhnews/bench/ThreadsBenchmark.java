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
 * prints the ratio. Each fork first analyses the documents on one thread for 30 s, then warms up
 * for 10 x 3 s: the JIT compiles the pipeline's code for 20 to 40 s on a 2-core machine, and
 * without that the two-thread fork measures the compiler's threads competing with the workers for
 * the cores (0.9x in a 6 s warmup, still rising during the measurement after 30 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThreadsBenchmark {

    /** Single-threaded warmup before JMH's own: the time the JIT takes to compile the pipeline. */
    private static final long JIT_WARMUP_NANOS = 30_000_000_000L;

    private List<String> documents;
    private Pipeline pipeline;

    @Setup
    public void setUp() {
        documents = BenchText.documents();
        pipeline = ZhNews.pipeline();
        // the JIT compiles on a free core first, as in a service that has run a while
        long until = System.nanoTime() + JIT_WARMUP_NANOS;
        while (System.nanoTime() < until) {
            documents.forEach(pipeline::analyze);
        }
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
