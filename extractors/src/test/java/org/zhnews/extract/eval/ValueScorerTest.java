package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;

/** Money and metric scoring follows score.py, read from a gold file written here. */
class ValueScorerTest {

    @TempDir
    Path dir;

    private NewsGold gold(String money, String metrics) throws IOException {
        Path file = dir.resolve("900.json");
        Files.writeString(file, "{\"region\":\"HK\",\"style\":\"earnings\",\"companies\":[],\"models\":[],"
                + "\"money\":[" + money + "],\"metrics\":[" + metrics + "]}", StandardCharsets.UTF_8);
        return NewsGoldReader.read(file);
    }

    private static MoneyMention money(String text, String amount, String currency) {
        return new MoneyMention(new Span(text, 0, text.length(), 0, text.length()),
                Optional.ofNullable(amount).map(BigDecimal::new), currency, Qualifier.EXACT, Optional.empty(),
                Optional.empty());
    }

    private static MetricMention metric(String text, String value, MetricUnit unit) {
        return new MetricMention(new Span(text, 0, text.length(), 0, text.length()),
                Optional.of(new BigDecimal(value)), unit, Optional.empty(), Qualifier.EXACT, Optional.empty(),
                Optional.empty());
    }

    @Test
    void moneyMatchesByCurrencyAndAmountToSixDigits() throws IOException {
        NewsGold g = gold("{\"surface\":\"2350亿港元\",\"amount\":235000000000,\"currency\":\"hkd\"},"
                + "{\"surface\":\"3亿元\",\"amount\":300000000,\"currency\":\"CNY\"}", "");
        assertEquals("HK", g.region());
        EntityScore s = ValueScorer.money(List.of(money("2350亿港元", "2.35E+11", "HKD"),
                money("3亿元", "300000000", "HKD")), g.money());
        assertEquals(1, s.tpPred());
        assertEquals(2, s.nPred());
        assertEquals(2, s.nGold());
        assertEquals(1, s.misses().size());
        assertEquals(1, s.extras().size());
    }

    @Test
    void optionalFiguresAbsorbOnlyWhatRequiredOnesDoNotHold() throws IOException {
        NewsGold g = gold("{\"surface\":\"数亿元\",\"amount\":null,\"currency\":\"CNY\",\"optional\":true},"
                + "{\"surface\":\"5亿元\",\"amount\":500000000,\"currency\":\"CNY\",\"optional\":true}", "");
        EntityScore s = ValueScorer.money(List.of(money("数亿元", "100000000", "CNY"), money("5亿元", "500000000", "CNY")),
                g.money());
        assertEquals(0, s.nPred());
        assertEquals(1.0, s.f1());

        NewsGold restated = gold("", "{\"surface\":\"3970亿\",\"value\":397000000000,\"unit\":\"parameters\"},"
                + "{\"surface\":\"397B\",\"value\":397000000000,\"unit\":\"parameters\",\"optional\":true}");
        EntityScore both = ValueScorer.metrics(List.of(metric("397B", "397000000000", MetricUnit.PARAMETERS),
                metric("3970亿", "397000000000", MetricUnit.PARAMETERS)), restated.metrics());
        // as in score.py: the optional restatement absorbs nothing once a required figure has its key
        assertEquals(1, both.tpPred());
        assertEquals(2, both.nPred());
    }

    @Test
    void percentGoldIsAFractionAndSignsAreIgnored() throws IOException {
        NewsGold g = gold("", "{\"surface\":\"下降12%\",\"value\":-0.12,\"unit\":\"percent\"},"
                + "{\"surface\":\"0.9个百分点\",\"value\":-0.009,\"unit\":\"percent\"},"
                + "{\"surface\":\"12万台至12.5万台\",\"value\":{\"min\":120000,\"max\":125000},\"unit\":\"count\"}");
        EntityScore s = ValueScorer.metrics(List.of(metric("12%", "12", MetricUnit.PERCENT),
                metric("0.9个百分点", "0.9", MetricUnit.PERCENTAGE_POINT), metric("12万台", "120000", MetricUnit.COUNT),
                metric("12", "12", MetricUnit.COUNT)), g.metrics());
        assertEquals(3, s.tpGold());
        assertEquals(3, s.nGold());
        assertEquals(List.of("12 [number|12]"), s.extras());
    }
}
