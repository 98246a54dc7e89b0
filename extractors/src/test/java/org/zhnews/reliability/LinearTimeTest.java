package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.RandomText;

/**
 * Time stays linear in input size for the whole default pipeline: for normal text and for a
 * long run of each token of {@link RandomText#LONG_RUN_TOKENS}, 10× the input may take at most
 * 20× the time (best of 3 after a warm-up; up to three attempts per pattern on a loaded
 * machine; no absolute wall-clock limit).
 */
class LinearTimeTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();
    private static final int N = 100_000;
    @Test
    void tenTimesTheInputTakesAtMostTwentyTimesTheTime() {
        List<String> failures = new ArrayList<>();
        StringBuilder normal = new StringBuilder();
        RandomText random = new RandomText(new Random(1));
        while (normal.length() < 10 * N) {
            normal.append(random.clean(1_000)).append('\n');
        }
        warmUp(normal.substring(0, N));
        check("normal text", normal.substring(0, N), normal.substring(0, 10 * N), failures);
        for (String token : RandomText.LONG_RUN_TOKENS) {
            check("run of " + token.strip(), RandomText.repeat(token, N), RandomText.repeat(token, 10 * N), failures);
        }
        assertTrue(failures.isEmpty(), "super-linear: " + failures);
    }

    private static void warmUp(String text) {
        for (int i = 0; i < 5; i++) {
            PIPELINE.analyze(text);
        }
        for (String token : RandomText.LONG_RUN_TOKENS) {
            PIPELINE.analyze(RandomText.repeat(token, 10_000));
        }
    }

    /**
     * Times {@code small} and {@code large} alternately, best of 3 each; on a machine shared with
     * other work a burst of load can spoil one attempt, so a pattern gets up to three attempts:
     * a truly super-linear one fails all of them.
     */
    private static void check(String what, String small, String large, List<String> failures) {
        PIPELINE.analyze(small);
        List<String> ratios = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            long t1 = Long.MAX_VALUE;
            long t10 = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                t1 = Math.min(t1, time(small));
                t10 = Math.min(t10, time(large));
            }
            double ratio = (double) t10 / t1;
            System.out.printf("%-22s %,9d chars %7.1f ms; %,10d chars %8.1f ms; ratio %.1f%n", what, small.length(),
                    t1 / 1e6, large.length(), t10 / 1e6, ratio);
            if (ratio <= 20) {
                return;
            }
            ratios.add(String.format("%.1f", ratio));
        }
        failures.add(what + " (10x input took " + String.join("x, ", ratios) + "x the time)");
    }

    private static long time(String text) {
        long start = System.nanoTime();
        PIPELINE.analyze(text);
        return System.nanoTime() - start;
    }
}
