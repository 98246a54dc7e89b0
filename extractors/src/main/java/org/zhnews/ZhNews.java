package org.zhnews;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.zhnews.core.Document;
import org.zhnews.core.Extractor;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.Pipeline;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.date.DateExtractor;
import org.zhnews.extract.event.EventExtractor;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.lexicon.Arbiter;
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
 * <p>The default pipeline is built once, on first use (not when this class is loaded), and
 * shared: it is immutable and safe to call from any number of threads. Derive a custom pipeline
 * from {@link #builder()}.
 */
public final class ZhNews {

    /** The default pipeline, built on first use; making the holder does nothing else. */
    private static final LazyPipeline DEFAULT = new LazyPipeline(ZhNews::buildDefault);

    private ZhNews() {
    }

    /**
     * The default pipeline, built on first use.
     *
     * @return the shared default pipeline
     */
    public static Pipeline pipeline() {
        return DEFAULT.get();
    }

    /**
     * A builder preloaded with the default components, to add, remove or reconfigure some
     * (for example {@code ZhNews.builder().extractor(myExtractor).maxChars(1_000_000).build()}).
     *
     * @return a new builder; changing it does not change the default pipeline
     */
    public static Pipeline.Builder builder() {
        return DEFAULT.get().toBuilder();
    }

    /**
     * A builder with the default components, whose company and model extractors use
     * {@code knowledgeBase} (for example the standard one plus your own entries:
     * {@code KnowledgeBase.builder().withStandard().company(..).build()}) and share one arbiter
     * over it, so a document gets one dictionary pass. Builds new component
     * instances: build the pipeline once and share it.
     *
     * @param knowledgeBase the companies and models the extractors link to
     * @return a new builder
     * @throws NullPointerException if {@code knowledgeBase} is null
     */
    public static Pipeline.Builder builder(KnowledgeBase knowledgeBase) {
        Objects.requireNonNull(knowledgeBase, "knowledgeBase must not be null");
        return withDefaultsAfter(defaultsUpToEntities(), entityExtractors(Arbiter.of(knowledgeBase)));
    }

    /**
     * The company and model extractors, reading the decisions of one arbiter (one dictionary pass
     * per document), then the event step over the same knowledge base.
     */
    private static List<Object> entityExtractors(Arbiter arbiter) {
        return List.of(CompanyExtractor.builder().arbiter(arbiter).build(),
                ModelExtractor.builder().arbiter(arbiter).build(),
                EventExtractor.builder().knowledgeBase(arbiter.knowledgeBase()).build());
    }

    /** The default decoder, normalizers, structure step and number extractors, in order. */
    private static Pipeline.Builder defaultsUpToEntities() {
        return Pipeline.builder()
                .decoder(new ChineseCharsetDetector())
                .normalizer(new EncodingNormalizer())
                .normalizer(new PinyinAnnotationStripper())
                .normalizer(ScriptNormalizer.builder().build())
                .normalizer(PunctuationNormalizer.defaults())
                .structure(ArticleStructureAnalyzer.standard())
                .extractor(new MoneyExtractor())
                .extractor(new MetricExtractor());
    }

    /** Adds the entity extractors (company, then model), the extractors that read them and the event step. */
    private static Pipeline.Builder withDefaultsAfter(Pipeline.Builder head, List<Object> entities) {
        for (Object component : entities) {
            if (component instanceof Extractor x) {
                head.extractor(x);
            }
        }
        head.extractor(new DateExtractor());
        for (Object component : entities) {
            if (component instanceof EventFinder events) {
                head.events(events);
            }
        }
        return head;
    }

    /**
     * Analyses a text with the default pipeline.
     *
     * @param text the text
     * @return the document
     * @throws NullPointerException                     if {@code text} is null
     * @throws org.zhnews.core.InputTooLargeException   if it exceeds the default size limit
     */
    public static Document analyze(String text) {
        return pipeline().analyze(text);
    }

    /**
     * Analyses bytes of any charset with the default pipeline.
     *
     * @param bytes the bytes; the charset is detected
     * @return the document
     * @throws NullPointerException                     if {@code bytes} is null
     * @throws org.zhnews.core.InputTooLargeException   if they exceed the default size limit
     */
    public static Document analyze(byte[] bytes) {
        return pipeline().analyze(bytes);
    }

    /**
     * Builds the default pipeline (for {@link LazyPipeline}), in the pipeline's order. The
     * knowledge base (companies and models, the largest load) is offered to the common
     * fork-join pool meanwhile, so a machine with two cores loads it while this thread loads the
     * normalizers; when no pool thread has taken it by the time the normalizers are built, this
     * thread loads it. Starts no thread of its own.
     */
    private static Pipeline buildDefault() {
        FutureTask<List<Object>> entities = new FutureTask<>(
                () -> entityExtractors(Arbiter.standard()));
        ForkJoinPool.commonPool().execute(entities);
        Pipeline.Builder head = defaultsUpToEntities();
        entities.run();
        return withDefaultsAfter(head, await(entities)).build();
    }

    /** The task's result; its exception is rethrown as is, an interrupt is kept for the caller. */
    private static <T> T await(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
