package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Pipeline;

class PipelineHolderTest {

    @Test
    void buildsOnceOnFirstUseWhateverTheNumberOfThreads() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        PipelineHolder holder = new PipelineHolder(() -> {
            calls.incrementAndGet();
            return Pipeline.builder().build();
        });
        assertEquals(0, holder.builds());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Pipeline>> got = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                got.add(pool.submit(holder::get));
            }
            Pipeline first = got.get(0).get();
            for (Future<Pipeline> f : got) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, holder.builds());
        assertEquals(1, calls.get());
    }

    @Test
    void aFactoryReturningNullIsAnError() {
        PipelineHolder holder = new PipelineHolder(() -> null);
        assertThrows(NullPointerException.class, holder::get);
        assertEquals(0, holder.builds());
    }
}
