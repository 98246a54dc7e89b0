package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.RandomText;

/**
 * The core consistency kit over the whole default pipeline (whatever {@link ZhNews#pipeline()}
 * holds): random, clean and adversarial texts and bytes in many charsets. The count comes from
 * {@code -Dzhnews.random.documents} (default 20,000; the nightly run passes 1,000,000), the seed
 * from {@code -Dzhnews.random.seed} (default fixed, so CI is repeatable).
 */
class RandomDocumentsTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();

    @Test
    void randomAndAdversarialDocumentsKeepEveryInvariant() {
        ConsistencyKit kit = ConsistencyKit.random().documents(20_000).seed(20_261_123L).adversarialLength(1_000);
        long start = System.nanoTime();
        int n = kit.check(PIPELINE);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(kit.documentCount(), n);
        System.out.printf("random documents through the default pipeline: %,d in %.1f s%n", n, seconds);
    }

    /** A few documents at the size limit: 10 MB of UTF-8 and of GB18030, 10,000,000 chars of text. */
    @Test
    void tenMegabyteDocuments() {
        RandomText random = new RandomText(new Random(10));
        StringBuilder sb = new StringBuilder(PIPELINE.maxChars() + 4_000);
        while (sb.length() < 5_000_000) {
            sb.append(random.clean(2_000)).append('\n');
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        check(PIPELINE.analyze(Arrays.copyOf(utf8, 10_000_000 - 1), "10mb-utf8")); // cut inside a character
        byte[] gb = RandomText.encode(sb.toString(), "GB18030");
        check(PIPELINE.analyze(Arrays.copyOf(gb, Math.min(gb.length, 10_000_000) - 1), "10mb-gb18030"));
        while (sb.length() < PIPELINE.maxChars()) {
            sb.append(random.adversarial(3_000));
        }
        sb.setLength(PIPELINE.maxChars());
        check(PIPELINE.analyze(sb.toString(), "10m-chars"));
    }

    private static void check(Document doc) {
        long start = System.nanoTime();
        ConsistencyKit.checkDocument(doc);
        System.out.printf("%s: %,d chars, %,d mentions, checked in %.1f s%n", doc.source().orElse(""),
                doc.original().length(), doc.mentions().size(), (System.nanoTime() - start) / 1e9);
    }
}
