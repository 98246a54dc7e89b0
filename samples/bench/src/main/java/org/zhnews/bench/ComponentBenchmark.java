package org.zhnews.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.Map;
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
import org.zhnews.core.Pipeline;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.normalize.punctuation.PunctuationNormalizer;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.pinyin.PinyinAnnotationStripper;

/**
 * Throughput of each component and of the whole default pipeline on the same text, with the
 * baselines (HanLP's standard segmenter, OpenCC4j's character conversion) in the same run.
 * One operation processes the whole text; {@link BenchMain} turns that into chars/s and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComponentBenchmark {

    @Param({"baseline:hanlp-segment", "baseline:opencc4j-toSimple", "pipeline:default", "normalizer:pinyin",
        "normalizer:script", "normalizer:punctuation", "extractor:money", "extractor:metric"})
    public String component;

    private String text;
    private Function<String, Object> work;

    @Setup
    public void setUp() {
        text = BenchText.load();
        work = components().get(component);
        if (work == null) {
            throw new IllegalArgumentException("unknown component " + component);
        }
        work.apply(text); // load dictionaries before measuring
    }

    static Map<String, Function<String, Object>> components() {
        Segment segment = HanLP.newSegment();
        PinyinAnnotationStripper pinyin = new PinyinAnnotationStripper();
        ScriptNormalizer script = ScriptNormalizer.builder().build();
        PunctuationNormalizer punctuation = PunctuationNormalizer.defaults();
        Pipeline money = Pipeline.builder().extractor(new MoneyExtractor()).build();
        Pipeline metric = Pipeline.builder().extractor(new MetricExtractor()).build();
        return Map.of(
                "baseline:hanlp-segment", segment::seg,
                "baseline:opencc4j-toSimple", ZhConverterUtil::toSimple,
                "pipeline:default", t -> ZhNews.pipeline().analyze(t),
                "normalizer:pinyin", pinyin::normalize,
                "normalizer:script", script::normalize,
                "normalizer:punctuation", punctuation::normalize,
                "extractor:money", money::analyze,
                "extractor:metric", metric::analyze);
    }

    @Benchmark
    public Object run() {
        return work.apply(text);
    }

    /** Characters per operation, for turning ops/s into chars/s. */
    static int textLength() {
        return BenchText.load().length();
    }
}
