package org.zhnews.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.extract.model.ModelExtractor;
import org.zhnews.normalize.encoding.EncodingNormalizer;
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

    @Param({"baseline:hanlp-segment", "baseline:opencc4j-toSimple", "pipeline:default", "normalizer:encoding",
        "normalizer:pinyin", "normalizer:script", "normalizer:punctuation", "extractor:money", "extractor:metric",
        "extractor:company", "extractor:model"})
    public String component;

    private String text;
    private Function<String, Object> work;

    @Setup
    public void setUp() {
        text = BenchText.load();
        Supplier<Function<String, Object>> factory = components().get(component);
        if (factory == null) {
            throw new IllegalArgumentException("unknown component " + component);
        }
        work = factory.get();
        work.apply(text); // load dictionaries before measuring
    }

    /** Each measured component, built only when asked for (so one fork loads only what it measures). */
    static Map<String, Supplier<Function<String, Object>>> components() {
        return Map.ofEntries(
                Map.entry("baseline:hanlp-segment", () -> HanLP.newSegment()::seg),
                Map.entry("baseline:opencc4j-toSimple", () -> ZhConverterUtil::toSimple),
                Map.entry("pipeline:default", () -> t -> ZhNews.pipeline().analyze(t)),
                Map.entry("normalizer:encoding", () -> new EncodingNormalizer()::normalize),
                Map.entry("normalizer:pinyin", () -> new PinyinAnnotationStripper()::normalize),
                Map.entry("normalizer:script", () -> ScriptNormalizer.builder().build()::normalize),
                Map.entry("normalizer:punctuation", () -> PunctuationNormalizer.defaults()::normalize),
                Map.entry("extractor:money", () -> Pipeline.builder().extractor(new MoneyExtractor()).build()::analyze),
                Map.entry("extractor:metric", () -> Pipeline.builder().extractor(new MetricExtractor()).build()::analyze),
                Map.entry("extractor:company", () -> Pipeline.builder().extractor(CompanyExtractor.standard()).build()::analyze),
                Map.entry("extractor:model", () -> Pipeline.builder().extractor(ModelExtractor.standard()).build()::analyze));
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
