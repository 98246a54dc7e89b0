package org.zhnews.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.zhnews.core.Pipeline;
import org.zhnews.core.json.DocumentJson;

/**
 * Replays one seed's documents in several threads at once through one shared pipeline and
 * checks that every thread gets, for every document, exactly the JSON one thread got alone:
 * a component that keeps per-document state in a field, or shares a mutable buffer, shows up
 * here as a difference. The threads start together (a latch) and walk the documents in
 * different orders, so they really overlap.
 */
final class ThreadedReplay {

    private ThreadedReplay() {
    }

    /**
     * Runs {@code inputs} through {@code pipeline} on one thread, then on {@code threads} threads
     * at once.
     *
     * @throws AssertionError naming the first document whose output differed
     */
    static void check(Pipeline pipeline, List<String> inputs, int threads) {
        List<String> expected = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            expected.add(json(pipeline, input));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * inputs.size() / threads;
                results.add(pool.submit(replay(pipeline, inputs, expected, offset, start)));
            }
            start.countDown();
            for (Future<String> f : results) {
                String failure = f.get();
                if (failure != null) {
                    throw new AssertionError(failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's walk over the documents, starting at {@code offset}; a failure message or null. */
    private static Callable<String> replay(Pipeline pipeline, List<String> inputs, List<String> expected,
                                           int offset, CountDownLatch start) {
        return () -> {
            start.await();
            for (int k = 0; k < inputs.size(); k++) {
                int i = (offset + k) % inputs.size();
                String got = json(pipeline, inputs.get(i));
                if (!got.equals(expected.get(i))) {
                    return "document #" + i + " gave another output on a thread than alone: "
                            + Escapes.java(inputs.get(i)) + "\nalone:  " + expected.get(i) + "\nthread: " + got;
                }
            }
            return null;
        };
    }

    private static String json(Pipeline pipeline, String input) {
        return DocumentJson.toJson(pipeline.analyze(input), true);
    }
}
