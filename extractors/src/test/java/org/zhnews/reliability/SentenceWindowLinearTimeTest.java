package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.LinearTime;
import org.zhnews.testkit.RandomText;

/**
 * The readers that look over the sentence around a name or a cue (context-only companies,
 * models that need their vendor in the sentence, investor slots, {@code 以…计}) stay linear in
 * input size ({@link LinearTime}) when one sentence is as long as the text allows: runs of such
 * names with no end mark, and names followed by a long run of white space, which belongs to
 * their sentence.
 */
class SentenceWindowLinearTimeTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();
    private static final int N = 10_000;

    @Test
    void longSentencesFullOfNamesCostLinearly() {
        List<String> failures = new ArrayList<>();
        for (String token : List.of("苹果", "苹果 ", "Seed ", "R1和", "领投基金", "以美元计", "毛利率：4%")) {
            check("run of " + token.strip(), RandomText.repeat(token, N), RandomText.repeat(token, 10 * N), failures);
        }
        String names = "苹果、字节、Seed、R1由基金领投，".repeat(10);
        check("names then white space", names + " ".repeat(N), names + " ".repeat(10 * N), failures);
        assertTrue(failures.isEmpty(), "super-linear: " + failures);
    }

    private static void check(String what, String small, String large, List<String> failures) {
        String failure = LinearTime.check(what, () -> PIPELINE.analyze(small), () -> PIPELINE.analyze(large));
        if (failure != null) {
            failures.add(failure);
        }
    }
}
