package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.DateMention;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;

/** The rows of {@code date-cases.tsv} through the default pipeline plus {@link DateExtractor}. */
class DateCasesTest {

    static final Pipeline PIPELINE = ZhNews.pipeline();

    static List<String[]> cases() {
        return Lexicon.resource(DateCasesTest.class, "date-cases.tsv", Columns.of("input", "published", "expected"))
                .stream().map(r -> new String[] {r.get(0), r.get(1), r.get(2)}).toList();
    }

    /** {@code surface=value granularity[ rel][ modifier]}, joined by " | ", or "-". */
    static String describe(List<DateMention> dates) {
        if (dates.isEmpty()) {
            return "-";
        }
        return dates.stream().map(d -> d.text() + "=" + d.value().map(Object::toString).orElse("?") + " "
                + d.granularity().jsonName() + (d.relative() ? " rel" : "") + d.modifier().map(m -> " " + m).orElse(""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0} @{1}")
    @MethodSource("cases")
    void readsTheDates(String input, String published, String expected) {
        Input in = Input.text(input);
        if (!published.trim().equals("-")) {
            in = in.withPublished(LocalDate.parse(published.trim()));
        }
        Document doc = PIPELINE.analyze(in);
        ConsistencyKit.checkDocument(doc);
        assertEquals(expected.trim(), describe(doc.dates()), input);
    }

    @Test
    void coversAtLeast150CasesWithNegatives() {
        List<String[]> rows = cases();
        assertTrue(rows.size() >= 150, "only " + rows.size() + " date cases");
        long negatives = rows.stream().filter(r -> r[2].trim().equals("-")).count();
        assertTrue(negatives >= 40, "only " + negatives + " negative date cases");
    }
}
