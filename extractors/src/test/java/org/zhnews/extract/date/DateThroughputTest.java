package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.extract.money.MoneyExtractor;

/**
 * Prints the throughput of the date extractor alone over a repeated sample, with the money
 * extractor on the same text as a reference (not asserted: the machine is shared); checks only
 * that ten times the text gives ten times the dates.
 */
class DateThroughputTest {

    private static final String SAMPLE = "据报道，公司今年5月21日发布新品，去年11月的营收为1,280亿元，同比增长12.5%。"
            + "到23年12月，已有上百款模型；2024年第二季度出货量创新高，预计明年年初量产。"
            + "上周三，CEO表示iOS 26和Qwen3的适配将在下半年完成，2025-03-03起开放预约。"
            + "近日，民國114年的預算公布，研发耗时3年，过去12个月用户增长2倍。";

    private static long timeNanos(ExtractionContext ctx, Extractor ex, int rounds) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            ex.extract(ctx);
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }

    /** Runs the extractor for about two seconds, so the JIT has compiled it before timing. */
    private static void warmUp(Extractor ex, ExtractionContext ctx) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < until) {
            ex.extract(ctx);
        }
    }

    @Test
    void printsCharsPerSecond() {
        DateExtractor ex = new DateExtractor();
        ExtractionContext small = ExtractionContext.of(SAMPLE.repeat(100), null);
        ExtractionContext large = ExtractionContext.of(SAMPLE.repeat(1000), null);
        warmUp(ex, small);
        long largeNanos = timeNanos(large, ex, 10);
        double charsPerSecond = large.text().length() / (largeNanos / 1e9);
        System.out.printf("DateExtractor alone (best of 10 after 2 s warm-up): %,d chars in %.1f ms = %.1f M chars/s (%d dates)%n",
                large.text().length(), largeNanos / 1e6, charsPerSecond / 1e6, ex.extract(large).size());
        MoneyExtractor money = new MoneyExtractor();
        warmUp(money, small);
        long moneyNanos = timeNanos(large, money, 10);
        System.out.printf("MoneyExtractor on the same text (reference, same run): %.1f M chars/s; dates/money time %.2f%n",
                large.text().length() / (moneyNanos / 1e9) / 1e6, largeNanos / (double) moneyNanos);
        assertEquals(10 * ex.extract(small).size(), ex.extract(large).size());
    }
}
