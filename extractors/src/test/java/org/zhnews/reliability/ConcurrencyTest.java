package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.json.DocumentJson;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.RandomText;

/**
 * Invariant 3 under load: {@value #THREADS} threads × {@value #DOCUMENTS} short documents each
 * through one shared default pipeline give, document for document, the JSON (text included) a
 * single thread gives; the pipeline and the standard knowledge base exist once.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int DOCUMENTS = 10_000;

    @Test
    void sixteenThreadsGiveWhatOneThreadGives() throws Exception {
        List<Object> inputs = inputs();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Set<Pipeline> pipelines = ConcurrentHashMap.newKeySet();
            Set<KnowledgeBase> bases = ConcurrentHashMap.newKeySet();
            CountDownLatch ready = new CountDownLatch(THREADS);
            List<Future<?>> first = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                first.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    pipelines.add(ZhNews.pipeline()); // first use may race: still one instance
                    bases.add(KnowledgeBase.standard());
                    return null;
                }));
            }
            for (Future<?> f : first) {
                f.get();
            }
            assertEquals(1, pipelines.size(), "the default pipeline was built more than once");
            assertEquals(1, bases.size(), "the standard knowledge base was built more than once");
            Pipeline pipeline = pipelines.iterator().next();
            assertSame(ZhNews.pipeline(), pipeline);
            assertSame(KnowledgeBase.standard(), bases.iterator().next());

            List<String> expected = new ArrayList<>(inputs.size());
            for (Object in : inputs) {
                Document doc = analyze(pipeline, in);
                ConsistencyKit.checkDocument(doc);
                expected.add(DocumentJson.toJson(doc, true));
            }
            AtomicLong analysed = new AtomicLong();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                int shift = t * (DOCUMENTS / THREADS);
                results.add(pool.submit(() -> {
                    go.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < DOCUMENTS; i++) {
                        int k = (i + shift) % DOCUMENTS; // every thread in its own order
                        String got = DocumentJson.toJson(analyze(pipeline, inputs.get(k)), true);
                        analysed.incrementAndGet();
                        if (!got.equals(expected.get(k))) {
                            mismatches.add("#" + k + ": " + got + "\n  expected " + expected.get(k));
                        }
                    }
                    return mismatches;
                }));
            }
            go.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : results) {
                mismatches.addAll(f.get());
            }
            System.out.printf("concurrency: %d threads x %,d documents = %,d analyses in %.1f s%n", THREADS, DOCUMENTS,
                    analysed.get(), (System.nanoTime() - start) / 1e9);
            assertEquals(List.of(), mismatches.subList(0, Math.min(5, mismatches.size())),
                    mismatches.size() + " documents differ from the single-thread run");
            assertEquals((long) THREADS * DOCUMENTS, analysed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Short texts (random, clean, adversarial) and byte inputs, fixed by a seed. */
    private static List<Object> inputs() {
        RandomText random = new RandomText(new Random(16));
        List<Object> out = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            out.add(switch (i % 5) {
                case 0 -> random.next(120);
                case 1, 2 -> random.clean(160);
                case 3 -> random.adversarial(120);
                default -> random.nextBytes(160);
            });
        }
        return out;
    }

    private static Document analyze(Pipeline pipeline, Object input) {
        return input instanceof String s ? pipeline.analyze(s) : pipeline.analyze((byte[]) input);
    }
}
