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
import org.zhnews.ZhNews;

/**
 * The fixed cost of a document: the time of one {@code analyze} call on a one-sentence document
 * (each call takes the next of {@link #SENTENCES}), for the default pipeline and, in the same
 * run, HanLP's standard segmenter on the same sentences. {@link BenchMain}'s {@code sentence}
 * mode prints microseconds per document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OneSentenceBenchmark {

    /** One-sentence news documents written for this benchmark (simplified, traditional, Latin, figures). */
    static final List<String> SENTENCES = List.of(
            "小米集团周二宣布，旗下手机业务第三季度出货量同比增长12%。",
            "台積電今年資本支出預計達新台幣1兆元，創歷史新高。",
            "OpenAI发布GPT-5，称其推理能力大幅提升。",
            "据36氪报道，某AI初创公司完成2亿元A轮融资。");

    /** {@code pipeline} (the default pipeline) or {@code segmenter} (HanLP's standard segmenter). */
    @Param({"pipeline", "segmenter"})
    public String work;

    private Function<String, Object> analyze;
    private int next;

    @Setup
    public void setUp() {
        analyze = work.equals("pipeline") ? ZhNews.pipeline()::analyze : Components.standardSegmenter()::seg;
        SENTENCES.forEach(analyze::apply);
    }

    @Benchmark
    public Object analyzeOneSentence() {
        String s = SENTENCES.get(next);
        next = (next + 1) % SENTENCES.size();
        return analyze.apply(s);
    }
}
