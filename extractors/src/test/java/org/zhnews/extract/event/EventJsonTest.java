package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhnews.testkit.JsonValues.integer;
import static org.zhnews.testkit.JsonValues.object;
import static org.zhnews.testkit.JsonValues.objects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.script.ScriptTarget;

/**
 * The {@code events} array of the JSON contract as the default pipeline writes it (DESIGN.md,
 * "Events in the JSON contract"): kind, trigger text and offsets, sentence, modality, and the
 * roles of the kind under their contract names, absent roles {@code null}, lists {@code []}.
 */
class EventJsonTest {

    private static final Set<String> COMMON = Set.of("kind", "text", "start", "end", "originalStart", "originalEnd",
            "sentence", "modality");
    private static final Map<String, Set<String>> ROLES = Map.of(
            "funding", Set.of("company", "round", "amount", "valuation", "investors", "lead"),
            "acquisition", Set.of("acquirer", "target", "amount", "stake"),
            "ipo", Set.of("company", "exchange", "amount", "status"),
            "model_release", Set.of("model", "vendor", "open_source"),
            "earnings", Set.of("company", "period", "periodSpan", "revenue", "net_income", "revenue_growth",
                    "net_income_growth"),
            "personnel", Set.of("person", "personSpan", "company", "role", "roleSpan", "change"));

    /** One passage with an event of every kind. */
    private static final String ALL_KINDS = "具身智能初创公司星衡智能宣布完成5亿元B轮融资，由红杉中国领投，高瓴资本、经纬创投跟投。"
            + "芯片设计商云岫微电子被收购。"
            + "智谱已向港交所递交招股书。"
            + "月之暗面发布Kimi K2模型。"
            + "蔚来发布2025年第二季度财报，营收190亿元，净亏损50亿元。"
            + "百度宣布任命陈志远为首席技术官。";

    private static List<Map<String, Object>> events(Document doc) {
        return objects(object(doc.toJson()), "events");
    }

    private static Document allKinds() {
        return ZhNews.pipeline().analyze(Input.text(ALL_KINDS).withPublished(LocalDate.of(2025, 8, 28)));
    }

    @Test
    void everyKindHasExactlyTheFieldsOfTheContract() {
        List<Map<String, Object>> events = events(allKinds());
        assertEquals(List.of("funding", "acquisition", "ipo", "model_release", "earnings", "personnel"),
                events.stream().map(e -> e.get("kind")).toList());
        for (Map<String, Object> e : events) {
            Set<String> roles = ROLES.get((String) e.get("kind"));
            for (String key : e.keySet()) {
                assertTrue(COMMON.contains(key) || roles.contains(key), "unexpected field " + key + " in " + e);
            }
            for (String key : COMMON) {
                assertTrue(e.containsKey(key), key + " missing in " + e);
            }
            for (String role : roles) {
                assertTrue(e.containsKey(role) || role.endsWith("Span"), role + " missing in " + e);
            }
        }
    }

    @Test
    void aFundingEvent() {
        Map<String, Object> f = events(allKinds()).get(0);
        assertEquals("funding", f.get("kind"));
        assertEquals("stated", f.get("modality"));
        assertEquals(0, integer(f, "sentence"));
        Map<String, Object> company = object(f, "company");
        assertEquals("星衡智能", company.get("name"));
        assertEquals("星衡智能", company.get("text"));
        assertEquals("b", f.get("round"));
        Map<String, Object> amount = object(f, "amount");
        assertEquals(0, new BigDecimal("500000000").compareTo((BigDecimal) amount.get("amount")));
        assertEquals("CNY", amount.get("currency"));
        assertEquals("5亿元", amount.get("text"));
        assertTrue(f.containsKey("valuation"));
        assertNull(f.get("valuation"));
        assertEquals(List.of("红杉中国", "高瓴资本", "经纬创投"),
                objects(f, "investors").stream().map(i -> i.get("name")).toList());
        assertEquals(List.of("红杉中国"), objects(f, "lead").stream().map(i -> i.get("name")).toList());
        assertEquals("hongshan", objects(f, "lead").get(0).get("id"));
    }

    @Test
    void absentRolesAreNullAndEmptyListsAreEmpty() {
        Document doc = ZhNews.pipeline().analyze("智谱宣布完成新一轮融资。芯片设计商云岫微电子被收购。");
        List<Map<String, Object>> events = events(doc);
        Map<String, Object> funding = events.get(0);
        assertEquals("unknown", funding.get("round"));
        assertNull(funding.get("amount"));
        assertNull(funding.get("valuation"));
        assertEquals(List.of(), funding.get("investors"));
        assertEquals(List.of(), funding.get("lead"));
        Map<String, Object> acquisition = events.get(1);
        assertEquals("acquisition", acquisition.get("kind"));
        assertTrue(acquisition.containsKey("acquirer"));
        assertNull(acquisition.get("acquirer"));
        assertNull(acquisition.get("amount"));
        assertNull(acquisition.get("stake"));
        assertEquals("云岫微电子", object(acquisition, "target").get("name"));
    }

    @Test
    void aNetLossIsNegativeAndThePeriodIsAString() {
        Map<String, Object> e = events(allKinds()).get(4);
        assertEquals("earnings", e.get("kind"));
        assertEquals("2025-Q2", e.get("period"));
        assertEquals("2025年第二季度", object(e, "periodSpan").get("text"));
        assertEquals(0, new BigDecimal("-5000000000").compareTo((BigDecimal) object(e, "net_income").get("amount")));
        assertEquals(0, new BigDecimal("19000000000").compareTo((BigDecimal) object(e, "revenue").get("amount")));
        assertNull(e.get("revenue_growth"));
    }

    @Test
    void fractionsArePlainNumbers() {
        Document doc = ZhNews.pipeline().analyze("联想集团宣布以12亿元收购芯片设计商云岫微电子51%股权。");
        Map<String, Object> e = events(doc).get(0);
        assertEquals(new BigDecimal("0.51"), e.get("stake"));
        assertEquals("联想", object(e, "acquirer").get("name"));
    }

    @Test
    void ipoModelAndPersonnelRoles() {
        List<Map<String, Object>> events = events(allKinds());
        Map<String, Object> ipo = events.get(2);
        assertEquals("HKEX", ipo.get("exchange"));
        assertEquals("filed", ipo.get("status"));
        assertNull(ipo.get("amount"));
        Map<String, Object> release = events.get(3);
        assertEquals("Kimi", object(release, "model").get("family"));
        assertEquals("K2", object(release, "model").get("version"));
        assertEquals("Kimi K2", object(release, "model").get("text"));
        assertEquals("月之暗面", object(release, "vendor").get("name"));
        assertTrue(release.containsKey("open_source"));
        assertNull(release.get("open_source"));
        Map<String, Object> person = events.get(5);
        assertEquals("陈志远", person.get("person"));
        assertEquals("陈志远", object(person, "personSpan").get("text"));
        assertEquals("首席技术官", person.get("role"));
        assertEquals("appoint", person.get("change"));
        assertEquals("百度", object(person, "company").get("name"));
    }

    @Test
    void everyTextInAnEventIsTheOriginalAtItsOffsets() {
        String text = "（記者王小明／台北報導）2025年8月12日\n"
                + "鴻海今日公布第二季財報，營收新台幣1.79兆元，年增16%，稅後純益新台幣441億元。\n"
                + "鴻海宣布，由張志明接任董事長。香港人工智能初創公司靈析科技宣布完成1.2億港元B輪融資，由維港投資領投。";
        Document doc = ZhNews.pipeline().analyze(text);
        List<Map<String, Object>> events = events(doc);
        assertEquals(3, events.size(), doc.toJson());
        int checked = 0;
        for (Map<String, Object> e : events) {
            checked += checkTexts(e, doc.original());
        }
        assertTrue(checked >= 12, "texts checked: " + checked);
        assertEquals("张志明", events.get(1).get("person"));
        assertEquals("張志明", object(events.get(1), "personSpan").get("text"));
    }

    @Test
    void aDisplayProjectionMovesTheDisplayOffsetsOnly() {
        String text = "香港人工智能初創公司靈析科技宣布完成1.2億港元B輪融資，由維港投資領投。";
        Pipeline taiwan = ZhNews.builder()
                .display(ScriptNormalizer.builder().target(ScriptTarget.TRADITIONAL_TAIWAN).build()).build();
        Document shown = taiwan.analyze(text);
        Document plain = ZhNews.pipeline().analyze(text);
        assertEquals(plain.events(), shown.events(), "the events do not depend on the display");
        Map<String, Object> company = object(events(shown).get(0), "company");
        assertEquals("靈析科技", company.get("text"));
        assertEquals("靈析科技", shown.displayText().substring(integer(company, "start"), integer(company, "end")));
        assertEquals("灵析科技", plain.text().substring(integer(company, "start"), integer(company, "end")));
    }

    /** Checks every object with a text and original offsets inside {@code value}; returns how many. */
    @SuppressWarnings("unchecked")
    private static int checkTexts(Object value, String original) {
        int n = 0;
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> o = (Map<String, Object>) map;
            if (o.containsKey("originalStart") && o.get("text") instanceof String surface) {
                assertEquals(surface, original.substring(integer(o, "originalStart"), integer(o, "originalEnd")),
                        "original at the offsets of " + o);
                n++;
            }
            for (Object v : o.values()) {
                n += checkTexts(v, original);
            }
        } else if (value instanceof List<?> list) {
            for (Object v : list) {
                n += checkTexts(v, original);
            }
        }
        return n;
    }
}
