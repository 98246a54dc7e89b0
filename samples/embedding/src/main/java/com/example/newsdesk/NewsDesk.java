package com.example.newsdesk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelFamily;

/**
 * The news desk's analysis service: turns stories into {@link Digest}s with one shared zhnews
 * {@link Pipeline}, the standard one plus the desk's own company (云帆数智) and model (帆语).
 *
 * <p>Thread-safe: {@link #digest} may be called from any thread; {@link #digestAll} spreads a
 * batch over the desk's own thread pool. Close the desk to stop the pool.
 */
public final class NewsDesk implements AutoCloseable {

    private final Pipeline pipeline;
    private final ExecutorService pool;

    /** A desk with the house pipeline and {@code threads} worker threads. */
    public NewsDesk(int threads) {
        this(housePipeline(), threads);
    }

    /** A desk with the given pipeline and {@code threads} worker threads. */
    public NewsDesk(Pipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** The pipeline the desk shares between its threads. */
    public Pipeline pipeline() {
        return pipeline;
    }

    // tag::embedding[]
    /** The standard knowledge base plus our own company and model; build once, share everywhere. */
    public static Pipeline housePipeline() {
        KnowledgeBase kb = KnowledgeBase.builder().withStandard()
                .company(CompanyEntry.builder("yunfan").name("云帆数智").traditional("雲帆數智")
                        .english("Yunfan Intelligence").alias("云帆科技").build())
                .model(ModelFamily.builder("fanyu").family("FanYu").chinese("帆语").vendor("yunfan").build())
                .build();
        return ZhNews.builder(kb).build();                   // every default component; immutable, thread-safe
    }

    /** Analyses one story: companies and models named, money per currency. */
    public Digest digest(Story story) {
        Document doc = pipeline.analyze(story.text(), story.id());
        Set<String> companies = new LinkedHashSet<>();
        for (CompanyMention c : doc.companies()) {
            c.id().ifPresent(companies::add);                // unlinked companies have no id
        }
        Set<String> models = new LinkedHashSet<>();
        for (ModelMention m : doc.models()) {
            AiModel model = m.model();
            models.add(model.family() + model.version().map(v -> " " + v).orElse("")
                    + model.variant().map(v -> " " + v).orElse(""));
        }
        TreeMap<String, BigDecimal> money = new TreeMap<>();
        for (MoneyMention m : doc.money()) {
            if (m.amount().isPresent() && m.equivalentOf().isEmpty()) {  // skip "(约合人民币...)"
                money.merge(m.currency(), m.amount().get(), BigDecimal::add);
            }
        }
        return new Digest(story.id(), new ArrayList<>(companies), new ArrayList<>(models), money,
                doc.warnings().size());
    }
    // end::embedding[]

    /**
     * Analyses a batch on the desk's threads; the digests are in the order of the stories.
     *
     * @throws java.util.concurrent.RejectedExecutionException if the desk is closed
     * @throws IllegalStateException if the calling thread is interrupted while waiting
     */
    public List<Digest> digestAll(List<Story> stories) {
        List<Future<Digest>> futures = new ArrayList<>(stories.size());
        for (Story s : stories) {
            futures.add(pool.submit(() -> digest(s)));
        }
        List<Digest> out = new ArrayList<>(stories.size());
        try {
            for (Future<Digest> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while digesting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** Stops the desk's threads (stories being digested finish first). */
    @Override
    public void close() {
        pool.shutdown();
    }
}
