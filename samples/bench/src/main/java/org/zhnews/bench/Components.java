package org.zhnews.bench;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.date.DateExtractor;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.extract.model.ModelExtractor;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.extract.structure.ArticleStructureAnalyzer;
import org.zhnews.normalize.encoding.EncodingNormalizer;
import org.zhnews.normalize.pinyin.PinyinAnnotationStripper;
import org.zhnews.normalize.punctuation.PunctuationNormalizer;
import org.zhnews.normalize.script.ScriptNormalizer;

/**
 * Every component {@link ComponentBenchmark} measures, in report order. Adding one to the
 * benchmark is one line here: a name ({@code kind:what}) and how to build the work it does on
 * a text. Each is built only in the fork that measures it, so a fork loads only what it measures.
 */
final class Components {

    /** The baseline every ratio is taken against. */
    static final String BASELINE = "baseline:hanlp-segment";

    /** One measured component: its name and a factory for the function that processes a text. */
    record Component(String name, Supplier<Function<String, Object>> factory) {
    }

    static final List<Component> ALL = List.of(
            new Component(BASELINE, () -> standardSegmenter()::seg),
            new Component("baseline:hanlp-segment-ner", () -> recognisingSegmenter()::seg),
            new Component("baseline:opencc4j-toSimple", () -> ZhConverterUtil::toSimple),
            new Component("pipeline:default", () -> ZhNews.pipeline()::analyze),
            new Component("pipeline:without-events", () -> ZhNews.builder().events(null).build()::analyze),
            new Component("normalizer:encoding", () -> new EncodingNormalizer()::normalize),
            new Component("normalizer:pinyin", () -> new PinyinAnnotationStripper()::normalize),
            new Component("normalizer:script", () -> ScriptNormalizer.builder().build()::normalize),
            new Component("normalizer:punctuation", () -> PunctuationNormalizer.defaults()::normalize),
            new Component("extractor:money", () -> alone(new MoneyExtractor())),
            new Component("extractor:metric", () -> alone(new MetricExtractor())),
            new Component("extractor:company", () -> alone(CompanyExtractor.standard())),
            new Component("extractor:company-known-only", () -> alone(CompanyExtractor.builder()
                    .openCompanies(false).build())),
            new Component("extractor:model", () -> alone(ModelExtractor.standard())),
            new Component("extractor:date", () -> alone(new DateExtractor())),
            new Component("structure:articles", () -> text -> ArticleStructureAnalyzer.standard()
                    .analyze(StructureInput.of(text))));

    private Components() {
    }

    static Optional<Component> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static String[] names() {
        return ALL.stream().map(Component::name).toArray(String[]::new);
    }

    /** An extractor alone: a pipeline with no normalizer and this one extractor. */
    private static Function<String, Object> alone(org.zhnews.core.Extractor extractor) {
        return Pipeline.builder().extractor(extractor).build()::analyze;
    }

    /**
     * HanLP's standard (Viterbi) segmenter with every recogniser off: its default config
     * recognises Chinese and transliterated person names, which the 1.71 M chars/s
     * figure excludes.
     */
    static Segment standardSegmenter() {
        return HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);
    }

    /** The same segmenter with person, place and organisation recognition (for reference). */
    static Segment recognisingSegmenter() {
        return HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }
}
