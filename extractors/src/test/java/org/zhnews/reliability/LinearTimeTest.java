package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.LinearTime;
import org.zhnews.testkit.RandomText;

/**
 * Work stays linear in input size for the whole default pipeline: for normal text and for a
 * long run of each token of {@link RandomText#LONG_RUN_TOKENS} (checked by {@link LinearTime}).
 */
class LinearTimeTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();
    private static final int N = 100_000;

    @Test
    void tenTimesTheInputCostsAtMostLinearlyMore() {
        List<String> failures = new ArrayList<>();
        StringBuilder normal = new StringBuilder();
        RandomText random = new RandomText(new Random(1));
        while (normal.length() < 10 * N) {
            normal.append(random.clean(1_000)).append('\n');
        }
        check("normal text", normal.substring(0, N), normal.substring(0, 10 * N), failures);
        for (String token : RandomText.LONG_RUN_TOKENS) {
            String label = "run of " + token.replace("\n", "\\n").replace("\u200B", "\\u200B").strip();
            check(label, RandomText.repeat(token, N), RandomText.repeat(token, 10 * N), failures);
        }
        assertTrue(failures.isEmpty(), "super-linear: " + failures);
    }

    private static void check(String what, String small, String large, List<String> failures) {
        String failure = LinearTime.check(what, () -> PIPELINE.analyze(small), () -> PIPELINE.analyze(large));
        if (failure != null) {
            failures.add(failure);
        }
    }
}
