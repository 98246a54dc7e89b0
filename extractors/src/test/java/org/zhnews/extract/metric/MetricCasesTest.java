package org.zhnews.extract.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;

/** The rows of {@code metric-cases.tsv} through the default pipeline. */
class MetricCasesTest {

    static List<String[]> cases() {
        return Lexicon.resource(MetricCasesTest.class, "metric-cases.tsv", Columns.of("input", "expected")).stream()
                .map(r -> new String[] {r.get(0), r.get(1)}).toList();
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }

    static String describe(List<MetricMention> ms) {
        return ms.stream().map(x -> x.text() + "=" + plain(x.value()) + " " + x.unit().jsonName() + " "
                + x.measure().orElse("-") + " " + x.qualifier().jsonName()
                + (x.min().isPresent() || x.max().isPresent() ? "[" + plain(x.min()) + "," + plain(x.max()) + "]" : ""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheMetrics(String input, String expected) {
        Document doc = ZhNews.pipeline().analyze(input);
        ConsistencyKit.checkDocument(doc);
        assertEquals(expected.trim(), describe(doc.metrics()), input);
    }

    @Test
    void coversAtLeast150Cases() {
        List<String[]> rows = cases();
        assertTrue(rows.size() >= 150, "only " + rows.size() + " metric cases");
        long negatives = rows.stream().filter(r -> r[1].isBlank()).count();
        assertTrue(negatives >= 15, "only " + negatives + " negative metric cases");
    }
}
