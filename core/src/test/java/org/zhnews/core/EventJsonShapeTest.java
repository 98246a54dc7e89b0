package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhnews.testkit.JsonValues.integer;
import static org.zhnews.testkit.JsonValues.object;
import static org.zhnews.testkit.JsonValues.objects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.IpoStatus;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.PersonnelChange;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.event.Round;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * The {@code events} array of the JSON contract (DESIGN.md, "Events in the JSON contract"), written
 * from hand-made events of every kind: kind, trigger text and offsets, sentence, modality, the
 * roles under their contract names, absent roles {@code null}, lists {@code []}.
 */
class EventJsonShapeTest {

    private static final String TEXT = "星衡完成5亿元B轮融资。红杉收购星衡51%股权。星衡在港交所上市。星衡发布Qwen3。"
            + "星衡第三季度营收8亿元，净亏损2亿元，增长38%。张三丰加入星衡。";

    /** Finds Qwen3 as a model. */
    private static final Extractor QWEN = new Extractor() {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(ModelMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            int i = ctx.text().indexOf("Qwen3");
            return i < 0 ? List.of() : List.of(new ModelMention(ctx.span(i, i + 5),
                    new AiModel("Qwen", Optional.of("3"), Optional.empty(), Optional.of("alibaba")), Optional.empty()));
        }
    };

    /** One event of every kind at fixed words of {@link #TEXT}. */
    private static final EventFinder ALL_KINDS = ctx -> {
        String t = ctx.text();
        List<CompanyMention> companies = ctx.mentions(CompanyMention.class);
        CompanyMention xingheng = companies.stream().filter(c -> c.name().equals("星衡")).findFirst().orElseThrow();
        CompanyMention hongshan = companies.stream().filter(c -> c.name().equals("红杉")).findFirst().orElseThrow();
        List<MoneyMention> money = ctx.mentions(MoneyMention.class);
        ModelMention qwen = ctx.mentions(ModelMention.class).get(0);
        int funding = t.indexOf("融资");
        int buy = t.indexOf("收购");
        int stake = t.indexOf("51%");
        int ipo = t.indexOf("上市");
        int release = t.indexOf("发布");
        int revenue = t.indexOf("营收");
        int quarter = t.indexOf("第三季度");
        int growth = t.indexOf("38%");
        int join = t.indexOf("加入");
        return List.of(
                new Funding(ctx.span(funding, funding + 2), ctx.sentenceAt(funding).index(), Modality.STATED, xingheng,
                        Optional.of(Round.B), Optional.of(money.get(0)), Optional.empty(), List.of(), List.of()),
                new Acquisition(ctx.span(buy, buy + 2), ctx.sentenceAt(buy).index(), Modality.PLANNED,
                        Optional.of(hongshan), xingheng, Optional.empty(),
                        Optional.of(new Ratio(new BigDecimal("0.510"), ctx.span(stake, stake + 3)))),
                new Ipo(ctx.span(ipo, ipo + 2), ctx.sentenceAt(ipo).index(), Modality.REPORTED, xingheng,
                        Optional.of("HKEX"), Optional.empty(), Optional.of(IpoStatus.LISTED)),
                new ModelRelease(ctx.span(release, release + 2), ctx.sentenceAt(release).index(), Modality.RUMOURED,
                        qwen, Optional.of(xingheng), Optional.of(true)),
                new Earnings(ctx.span(revenue, revenue + 2), ctx.sentenceAt(revenue).index(), Modality.STATED,
                        xingheng, new TextRole("2025-Q3", ctx.span(quarter, quarter + 4)), Optional.of(money.get(1)),
                        Optional.of(money.get(2)), true,
                        Optional.of(new Ratio(new BigDecimal("0.38"), ctx.span(growth, growth + 3))), Optional.empty()),
                new Personnel(ctx.span(join, join + 2), ctx.sentenceAt(join).index(), Modality.STATED,
                        new TextRole("张三丰", ctx.span(join - 3, join)),
                        companies.stream().filter(c -> c.start() == join + 2).findFirst(), Optional.empty(),
                        PersonnelChange.JOIN));
    };

    private static Pipeline.Builder pipeline() {
        return Pipeline.builder()
                .extractor(new ToyEvents.CompanyNames("星衡", "红杉"))
                .extractor(new ToyEvents.YuanExtractor())
                .extractor(QWEN)
                .events(ALL_KINDS);
    }

    private static List<Map<String, Object>> events(Document doc) {
        return objects(object(doc.toJson()), "events");
    }

    @Test
    void everyEventCarriesItsKindTriggerSentenceAndModality() {
        Document doc = pipeline().build().analyze(TEXT);
        List<Map<String, Object>> json = events(doc);
        assertEquals(List.of("funding", "acquisition", "ipo", "model_release", "earnings", "personnel"),
                json.stream().map(e -> e.get("kind")).toList());
        assertEquals(List.of("stated", "planned", "reported", "rumoured", "stated", "stated"),
                json.stream().map(e -> e.get("modality")).toList());
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> e = json.get(i);
            Event event = doc.events().get(i);
            assertEquals(List.of("kind", "text", "start", "end", "originalStart", "originalEnd", "sentence",
                    "modality"), List.copyOf(e.keySet()).subList(0, 8), "the common fields come first, in order");
            assertEquals(event.trigger().text(), e.get("text"));
            assertEquals(event.trigger().start(), integer(e, "start"));
            assertEquals(event.trigger().end(), integer(e, "end"));
            assertEquals(event.trigger().originalStart(), integer(e, "originalStart"));
            assertEquals(event.trigger().originalEnd(), integer(e, "originalEnd"));
            assertEquals(event.sentence(), integer(e, "sentence"));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), json.stream().map(e -> integer(e, "sentence")).toList());
    }

    @Test
    void personnelIsWrittenExactly() {
        Document doc = pipeline().build().analyze(TEXT);
        int join = TEXT.indexOf("加入");
        int company = join + 2;
        String expected = "{\"kind\":\"personnel\",\"text\":\"加入\",\"start\":" + join + ",\"end\":" + (join + 2)
                + ",\"originalStart\":" + join + ",\"originalEnd\":" + (join + 2) + ",\"sentence\":5,"
                + "\"modality\":\"stated\",\"person\":\"张三丰\",\"personSpan\":{\"text\":\"张三丰\",\"start\":"
                + (join - 3) + ",\"end\":" + join + ",\"originalStart\":" + (join - 3) + ",\"originalEnd\":" + join
                + "},\"company\":{\"id\":\"open:星衡\",\"name\":\"星衡\",\"text\":\"星衡\",\"start\":" + company
                + ",\"end\":" + (company + 2) + ",\"originalStart\":" + company + ",\"originalEnd\":" + (company + 2)
                + "},\"role\":null,\"change\":\"join\"}";
        assertTrue(doc.toJson().contains(expected), doc.toJson());
    }

    @Test
    void rolesHaveTheirContractNamesAndAbsentOnesAreNull() {
        List<Map<String, Object>> json = events(pipeline().build().analyze(TEXT));

        Map<String, Object> funding = json.get(0);
        assertEquals("星衡", object(funding, "company").get("name"));
        assertEquals("open:星衡", object(funding, "company").get("id"));
        assertEquals("b", funding.get("round"));
        Map<String, Object> amount = object(funding, "amount");
        assertEquals(new BigDecimal("500000000"), amount.get("amount"));
        assertEquals("CNY", amount.get("currency"));
        assertEquals("exact", amount.get("qualifier"));
        assertEquals("5亿元", amount.get("text"));
        assertTrue(funding.containsKey("valuation"));
        assertNull(funding.get("valuation"));
        assertEquals(List.of(), funding.get("investors"));
        assertEquals(List.of(), funding.get("lead"));

        Map<String, Object> acquisition = json.get(1);
        assertEquals("红杉", object(acquisition, "acquirer").get("name"));
        assertEquals("星衡", object(acquisition, "target").get("name"));
        assertTrue(acquisition.containsKey("amount"));
        assertNull(acquisition.get("amount"));
        assertEquals(new BigDecimal("0.51"), acquisition.get("stake"), "a fraction is a plain number, zeros stripped");

        Map<String, Object> ipo = json.get(2);
        assertEquals("星衡", object(ipo, "company").get("name"));
        assertEquals("HKEX", ipo.get("exchange"));
        assertEquals("listed", ipo.get("status"));
        assertNull(ipo.get("amount"));

        Map<String, Object> release = json.get(3);
        Map<String, Object> model = object(release, "model");
        assertEquals("Qwen", model.get("family"));
        assertEquals("3", model.get("version"));
        assertEquals("alibaba", model.get("vendor"));
        assertEquals("Qwen3", model.get("text"));
        assertEquals(TEXT.indexOf("Qwen3"), integer(model, "originalStart"));
        assertEquals("星衡", object(release, "vendor").get("name"));
        assertEquals(Boolean.TRUE, release.get("open_source"));

        Map<String, Object> earnings = json.get(4);
        assertEquals("2025-Q3", earnings.get("period"));
        assertEquals("第三季度", object(earnings, "periodSpan").get("text"));
        assertEquals(new BigDecimal("800000000"), object(earnings, "revenue").get("amount"));
        assertEquals(new BigDecimal("-200000000"), object(earnings, "net_income").get("amount"), "a loss is negative");
        assertEquals("2亿元", object(earnings, "net_income").get("text"));
        assertEquals(new BigDecimal("0.38"), earnings.get("revenue_growth"));
        assertTrue(earnings.containsKey("net_income_growth"));
        assertNull(earnings.get("net_income_growth"));

        Map<String, Object> person = json.get(5);
        assertNull(person.get("role"));
        assertFalse(person.containsKey("roleSpan"), "no place for a role the text does not fill");
    }

    @Test
    void emptyOptionalRolesOfEveryKindAreNull() {
        EventFinder bare = ctx -> {
            CompanyMention c = ctx.mentions(CompanyMention.class).get(0);
            ModelMention m = ctx.mentions(ModelMention.class).get(0);
            Span t = ctx.span(0, 2);
            TextRole period = new TextRole("2025", ctx.span(0, 2));
            return List.of(
                    new Funding(t, 0, Modality.STATED, c, Optional.empty(), Optional.empty(), Optional.empty(),
                            List.of(), List.of()),
                    new Acquisition(t, 0, Modality.STATED, Optional.empty(), c, Optional.empty(), Optional.empty()),
                    new Ipo(t, 0, Modality.STATED, c, Optional.empty(), Optional.empty(), Optional.empty()),
                    new ModelRelease(t, 0, Modality.STATED, m, Optional.empty(), Optional.empty()),
                    new Earnings(t, 0, Modality.STATED, c, period, Optional.empty(), Optional.empty(), false,
                            Optional.empty(), Optional.empty()),
                    new Personnel(t, 0, Modality.STATED, new TextRole("张三丰", t), Optional.empty(), Optional.empty(),
                            PersonnelChange.LEAVE));
        };
        List<Map<String, Object>> json = events(pipeline().events(bare).build().analyze(TEXT));
        Map<String, List<String>> nulls = Map.of(
                "funding", List.of("round", "amount", "valuation"),
                "acquisition", List.of("acquirer", "amount", "stake"),
                "ipo", List.of("exchange", "amount", "status"),
                "model_release", List.of("vendor", "open_source"),
                "earnings", List.of("revenue", "net_income", "revenue_growth", "net_income_growth"),
                "personnel", List.of("company", "role"));
        assertEquals(6, json.size());
        for (Map<String, Object> e : json) {
            for (String role : nulls.get((String) e.get("kind"))) {
                assertTrue(e.containsKey(role), role + " left out of " + e);
                assertNull(e.get(role), role + " of " + e);
            }
        }
        assertEquals(List.of(), json.get(0).get("investors"));
        assertEquals(List.of(), json.get(0).get("lead"));
        assertEquals("leave", json.get(5).get("change"));
        assertEquals("2025", json.get(4).get("period"));
    }

    @Test
    void aWholeCompanyIsOneAndAClosedModelIsFalse() {
        EventFinder whole = ctx -> {
            CompanyMention c = ctx.mentions(CompanyMention.class).get(0);
            ModelMention m = ctx.mentions(ModelMention.class).get(0);
            Span t = ctx.span(0, 2);
            return List.of(
                    new Acquisition(t, 0, Modality.STATED, Optional.empty(), c, Optional.empty(),
                            Optional.of(new Ratio(new BigDecimal("1.00"), t))),
                    new ModelRelease(t, 0, Modality.STATED, m, Optional.empty(), Optional.of(false)));
        };
        List<Map<String, Object>> json = events(pipeline().events(whole).build().analyze(TEXT));
        assertEquals(new BigDecimal("1"), json.get(0).get("stake"));
        assertTrue(pipeline().events(whole).build().analyze(TEXT).toJson().contains("\"stake\":1}"));
        assertEquals(Boolean.FALSE, json.get(1).get("open_source"));
    }

    @Test
    void withADisplayProjectionStartAndEndCountInTheDisplayText() {
        // ㋈ shows as 9月 in the display text: one char more before every event
        String text = "㋈" + TEXT;
        Document plain = pipeline().build().analyze(text);
        Document shown = pipeline().display(new ToyComponents.ExpandMonthSigns()).build().analyze(text);
        assertEquals(plain.events(), shown.events(), "events do not depend on the display");
        List<Map<String, Object>> a = events(plain);
        List<Map<String, Object>> b = events(shown);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(integer(a.get(i), "start") + 1, integer(b.get(i), "start"));
            assertEquals(integer(a.get(i), "originalStart"), integer(b.get(i), "originalStart"));
            Map<String, Object> company = object(b.get(i), b.get(i).containsKey("company") ? "company" : "target");
            if (company != null) {
                assertEquals("星衡", shown.displayText().substring(integer(company, "start"), integer(company, "end")));
            }
        }
    }
}
