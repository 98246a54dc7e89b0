package org.zhnews;

import java.util.Objects;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.date.DateExtractor;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.extract.model.ModelExtractor;
import org.zhnews.extract.structure.ArticleStructureAnalyzer;
import org.zhnews.normalize.encoding.ChineseCharsetDetector;
import org.zhnews.normalize.encoding.EncodingNormalizer;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.normalize.pinyin.PinyinAnnotationStripper;
import org.zhnews.normalize.punctuation.PunctuationNormalizer;
import org.zhnews.normalize.script.ScriptNormalizer;

/**
 * The one-line entry point: {@code ZhNews.analyze(text)} runs the default pipeline (every
 * normalizer and extractor zhnews ships) on a text.
 *
 * <p>The default pipeline is built once, on first use, and shared: it is immutable and safe to
 * call from any number of threads. Derive a custom pipeline from {@link #builder()}.
 */
public final class ZhNews {

    private ZhNews() {
    }

    /** The default pipeline, built on first use. */
    public static Pipeline pipeline() {
        return DefaultPipeline.INSTANCE;
    }

    /**
     * A builder preloaded with the default components, to add, remove or reconfigure some
     * (for example {@code ZhNews.builder().extractor(myExtractor).maxChars(1_000_000).build()}).
     */
    public static Pipeline.Builder builder() {
        return DefaultPipeline.INSTANCE.toBuilder();
    }

    /**
     * A builder with the default components, whose company and model extractors use
     * {@code knowledgeBase} (for example the standard one plus your own entries:
     * {@code KnowledgeBase.builder().withStandard().company(..).build()}). Builds new component
     * instances: build the pipeline once and share it.
     */
    public static Pipeline.Builder builder(KnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase must not be null");
        return defaults(CompanyExtractor.builder().knowledgeBase(knowledgeBase).build(),
                ModelExtractor.builder().knowledgeBase(knowledgeBase).build());
    }

    /** Every normalizer and extractor zhnews ships, in order, with the given entity extractors. */
    private static Pipeline.Builder defaults(CompanyExtractor companies, ModelExtractor models) {
        return Pipeline.builder()
                .decoder(new ChineseCharsetDetector())
                .normalizer(new EncodingNormalizer())
                .normalizer(new PinyinAnnotationStripper())
                .normalizer(ScriptNormalizer.builder().build())
                .normalizer(PunctuationNormalizer.defaults())
                .structure(ArticleStructureAnalyzer.standard())
                .extractor(new MoneyExtractor())
                .extractor(new MetricExtractor())
                .extractor(companies)
                .extractor(models)
                .extractor(new DateExtractor());
    }

    /**
     * Analyses a text with the default pipeline.
     *
     * @throws NullPointerException                     if {@code text} is null
     * @throws org.zhnews.core.InputTooLargeException   if it exceeds the default size limit
     */
    public static Document analyze(String text) {
        return pipeline().analyze(text);
    }

    /**
     * Analyses bytes of any charset with the default pipeline.
     *
     * @throws NullPointerException                     if {@code bytes} is null
     * @throws org.zhnews.core.InputTooLargeException   if they exceed the default size limit
     */
    public static Document analyze(byte[] bytes) {
        return pipeline().analyze(bytes);
    }

    /** Holds the default pipeline; the JVM builds it once, on first access, thread-safely. */
    private static final class DefaultPipeline {
        static final Pipeline INSTANCE = defaults(CompanyExtractor.standard(), ModelExtractor.standard()).build();
    }
}
