package org.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.MentionKind;

class LazyPipelineTest {

    @Test
    void makingAHolderBuildsNothing() {
        AtomicInteger builds = new AtomicInteger();
        LazyPipeline lazy = new LazyPipeline(() -> {
            builds.incrementAndGet();
            return Pipeline.builder().build();
        });
        assertEquals(0, builds.get());
        Pipeline first = lazy.get();
        assertSame(first, lazy.get());
        assertEquals(1, builds.get());
    }

    @Test
    void concurrentFirstCallersShareOneBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        LazyPipeline lazy = new LazyPipeline(() -> {
            builds.incrementAndGet();
            return Pipeline.builder().build();
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Pipeline>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            for (Future<Pipeline> f : got) {
                assertSame(got.get(0).get(), f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildIsTriedAgain() {
        AtomicInteger builds = new AtomicInteger();
        LazyPipeline lazy = new LazyPipeline(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("dictionary missing");
            }
            return Pipeline.builder().build();
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, lazy::get);
        assertEquals("dictionary missing", e.getMessage());
        lazy.get();
        assertEquals(2, builds.get());
    }

    @Test
    void theDefaultPipelineIsOneInstanceProducingEveryBuiltInKind() {
        Pipeline p = ZhNews.pipeline();
        assertSame(p, ZhNews.pipeline());
        assertEquals(Set.copyOf(MentionKind.builtIn()),
                p.extractors().stream().flatMap(x -> x.kinds().stream()).collect(Collectors.toSet()));
    }
}
