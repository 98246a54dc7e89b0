package org.zhnews.extract.money;

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
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;

/** The rows of {@code money-cases.tsv} through the default pipeline. */
class MoneyCasesTest {

    static List<String[]> cases() {
        return Lexicon.resource(MoneyCasesTest.class, "money-cases.tsv", Columns.of("input", "expected")).stream()
                .map(r -> new String[] {r.get(0), r.get(1)}).toList();
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }

    static String describe(List<MoneyMention> ms) {
        return ms.stream().map(x -> x.text() + "=" + plain(x.amount()) + " " + x.currency() + " " + x.qualifier().jsonName()
                + (x.min().isPresent() || x.max().isPresent() ? "[" + plain(x.min()) + "," + plain(x.max()) + "]" : "")
                + (x.equivalentOf().isPresent() ? " eq@" + x.equivalentOf().getAsInt() : ""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheAmounts(String input, String expected) {
        Document doc = ZhNews.pipeline().analyze(input);
        ConsistencyKit.checkDocument(doc);
        assertEquals(expected.trim(), describe(doc.money()), input);
    }

    @Test
    void coversAtLeast150Cases() {
        List<String[]> rows = cases();
        assertTrue(rows.size() >= 150, "only " + rows.size() + " money cases");
        long negatives = rows.stream().filter(r -> r[1].isBlank()).count();
        assertTrue(negatives >= 15, "only " + negatives + " negative money cases");
    }
}
