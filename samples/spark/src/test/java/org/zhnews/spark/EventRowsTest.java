package org.zhnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.mention.MoneyMention;

/** Event rows and the funding rule of {@link MoneyAttribution}, on invented texts. */
class EventRowsTest {

    private static final String FUNDING = "镜界科技宣布完成2亿美元B轮融资，由高瓴创投领投，美团龙珠跟投。";

    @Test
    void aFundingRoundBecomesOneFlatRowWithAnExactAmount() {
        Document doc = ZhNews.pipeline().analyze(FUNDING, "a.txt");
        List<EventRow> rows = EventRows.of(doc, "a.txt");
        assertEquals(1, rows.size(), rows.toString());
        EventRow r = rows.get(0);
        assertEquals("funding", r.kind());
        assertEquals("stated", r.modality());
        assertEquals(0, r.article());
        assertEquals("镜界科技", r.company());
        assertEquals("b", r.round());
        assertEquals(0, new BigDecimal("200000000").compareTo(r.amount()));
        assertEquals("USD", r.currency());
        assertEquals("高瓴创投,美团龙珠", r.investors());
        assertEquals("高瓴创投", r.lead());
        assertNull(r.target());
        assertNull(r.person());
        assertEquals(FUNDING.substring(r.originalStart(), r.originalEnd()), r.text());
        assertEquals(SparkTables.EVENTS.fields().length, SparkTables.row(r).length());
    }

    @Test
    void withFundingEventsOnlyTheAmountRaisedBelongsToTheCompany() {
        Document doc = ZhNews.pipeline().analyze(FUNDING + "阿里巴巴股价当日上涨，报90美元。", "a.txt");
        Map<Integer, String> owners = MoneyAttribution.of(doc);
        MoneyMention raised = doc.events(org.zhnews.core.event.Funding.class).get(0).amount().orElseThrow();
        assertEquals(Map.of(raised.start(), doc.events(org.zhnews.core.event.Funding.class).get(0).company().id().orElseThrow()), owners,
                "the share price is no longer given to the nearest company");
    }

    @Test
    void withoutEventsTheNearestCompanyRuleStays() {
        Document doc = ZhNews.pipeline().analyze("阿里巴巴宣布未来三年投入3800亿元建设云计算基础设施。", "b.txt");
        assertEquals(List.of(), doc.events(), doc.events().toString());
        assertEquals(List.of("alibaba"), List.copyOf(MoneyAttribution.of(doc).values()));
    }
}
