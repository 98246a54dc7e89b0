package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhnews.testkit.JsonValues;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
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
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;

/** The event scorer on small hand-made documents, each checked against counts worked out by hand. */
class EventScorerTest {

    private static final Span TRIGGER = span("完成融资");

    // a funding of 星衡智能 (company gold "星衡智能 北京星衡智能科技有限公司", surface 星衡) led by
    // 红杉中国, followed by 高榕资本; 云帆数据's rumoured round is optional
    private static final String FUNDING_GOLD = """
            {"region":"CN","companies":[
              {"surface":"北京星衡智能科技有限公司","canonical":"星衡智能 北京星衡智能科技有限公司"},
              {"surface":"星衡","canonical":"星衡智能 北京星衡智能科技有限公司"},
              {"surface":"红杉中国","canonical":"红杉中国 HongShan"},
              {"surface":"高榕资本","canonical":"高榕资本 Gaorong Ventures"},
              {"surface":"某基金","canonical":"某基金","optional":true},
              {"surface":"云帆数据","canonical":"云帆数据"}],
             "events":[
              {"kind":"funding","evidence":"完成B轮融资","company":"星衡智能 北京星衡智能科技有限公司",
               "round":"b","amount":{"amount":300000000,"currency":"CNY"},"valuation":null,
               "investors":["红杉中国 HongShan","高榕资本 Gaorong Ventures","某基金"],"lead":["红杉中国 HongShan"]},
              {"kind":"funding","evidence":"洽谈融资","company":"云帆数据","round":"unknown","amount":null,
               "valuation":null,"investors":null,"lead":null,"optional":true}]}""";

    @Test
    void aPerfectPredictionScoresOne() throws IOException {
        EventResult r = EventScorer.score(EventPrediction.of(List.of(funding("北京星衡智能科技有限公司", Round.B,
                cny("3亿元", "300000000"), List.of(company("红杉中国"), company("高榕资本")), 1))), gold(FUNDING_GOLD));
        EventScore s = r.kind("funding");
        assertEquals(new EventScore(1, 1, 1, 4, 4), s);
        assertEquals(1.0, s.f1());
        assertEquals(1.0, s.roleAccuracy().getAsDouble());
        assertEquals(List.of(), r.missed());
        assertEquals(List.of(), r.extra());
        assertEquals(new EventScore(0, 0, 0, 0, 0), r.kind("ipo"));
    }

    @Test
    void nothingPredictedFindsNothing() throws IOException {
        EventResult r = EventScorer.score(List.of(), gold(FUNDING_GOLD));
        assertEquals(new EventScore(0, 0, 1, 0, 0), r.total());
        assertEquals(0.0, r.total().precision());
        assertEquals(0.0, r.total().recall());
        assertEquals(0.0, r.total().f1());
        assertTrue(r.total().roleAccuracy().isEmpty());
        assertEquals(List.of("funding:星衡智能 北京星衡智能科技有限公司"), r.missed());

        EventResult none = EventScorer.score(List.of(), gold("{\"events\":[]}"));
        assertEquals(1.0, none.total().precision());
        assertEquals(1.0, none.total().recall());
    }

    @Test
    void wrongRolesCountAgainstRoleAccuracyAndAWrongKeyIsAMissAndAnExtra() throws IOException {
        // the right company with round a, 3亿美元 and only one follower: found, 1 of 4 roles right (lead)
        Funding wrongRoles = funding("星衡智能", Round.A, money("3亿美元", "300000000", "USD"),
                List.of(company("红杉中国")), 1);
        EventResult r = EventScorer.score(EventPrediction.of(List.of(wrongRoles)), gold(FUNDING_GOLD));
        assertEquals(new EventScore(1, 1, 1, 1, 4), r.kind("funding"));
        assertEquals(0.25, r.kind("funding").roleAccuracy().getAsDouble());
        assertEquals(3, r.wrong().size(), r.wrong()::toString);

        // an investor taken for the company: the gold event is missed, the prediction is an extra
        Funding investorAsCompany = funding("红杉中国", Round.B, cny("3亿元", "300000000"), List.of(), 0);
        EventResult x = EventScorer.score(EventPrediction.of(List.of(investorAsCompany)), gold(FUNDING_GOLD));
        assertEquals(new EventScore(0, 1, 1, 0, 0), x.kind("funding"));
        assertEquals(List.of("funding:红杉中国"), x.extra());
        assertEquals(0.0, x.kind("funding").f1());
    }

    @Test
    void anOptionalGoldEventAbsorbsOnePrediction() throws IOException {
        Funding rumour = funding("云帆数据", Round.UNKNOWN, null, List.of(), 0);
        EventResult once = EventScorer.score(EventPrediction.of(List.of(rumour)), gold(FUNDING_GOLD));
        assertEquals(new EventScore(0, 0, 1, 0, 0), once.kind("funding"));
        assertEquals(1, once.absorbed());
        assertEquals(List.of(), once.extra());

        // told twice but one fact in the gold: the second prediction is an extra
        EventResult twice = EventScorer.score(EventPrediction.of(List.of(rumour, rumour)), gold(FUNDING_GOLD));
        assertEquals(new EventScore(0, 1, 1, 0, 0), twice.kind("funding"));
        assertEquals(1, twice.absorbed());
    }

    @Test
    void theEntityGoldSurfacesWidenCompanyMatching() throws IOException {
        Funding shortName = funding("星衡", Round.B, cny("3亿元", "300000000"),
                List.of(company("红杉中国"), company("高榕资本")), 1);
        assertEquals(1, EventScorer.score(EventPrediction.of(List.of(shortName)), gold(FUNDING_GOLD))
                .kind("funding").found());
        // the same gold without its entity list: 星衡 is neither a word of the canonical nor a surface
        String bare = FUNDING_GOLD.replaceFirst("\"companies\":\\[[^\\]]*\\],", "");
        assertFalse(bare.contains("\"surface\""));
        EventResult r = EventScorer.score(EventPrediction.of(List.of(shortName)), gold(bare));
        assertEquals(new EventScore(0, 1, 1, 0, 0), r.kind("funding"));
    }

    @Test
    void companyTokensFollowTheScript() {
        assertEquals(java.util.Set.of("智谱zhipuai", "智谱", "zhipuai", "zhipu", "清华系", "zp"),
                EventCompanies.goldTokens("智谱 Zhipu AI (清华系)", java.util.Set.of("ZP")));
        // a bare generic word is no token of its own, but the name as a whole is
        assertFalse(EventCompanies.goldTokens("Shunwei Capital", java.util.Set.of()).contains("capital"));
        assertTrue(EventCompanies.goldTokens("Shunwei Capital", java.util.Set.of()).contains("shunweicapital"));
        // the event script's generic words are fewer than score.py's: robotics counts as a name here
        assertTrue(EventCompanies.goldTokens("优必选 UBTech Robotics", java.util.Set.of()).contains("robotics"));
        assertEquals(java.util.Set.of("open:星衡智能", "星衡智能", "open:"), EventCompanies.of(company("星衡智能")).names());
    }

    @Test
    void moneyComparesCurrencyAndSixSignificantDigitsAndRanges() {
        Map<String, Object> gold = Map.of("amount", new BigDecimal("1234567000"), "currency", "CNY");
        assertTrue(EventValues.money(new EventValues.Money(new BigDecimal("1234570000"), null, null, "cny"), gold));
        assertFalse(EventValues.money(new EventValues.Money(new BigDecimal("1234580000"), null, null, "CNY"), gold));
        assertFalse(EventValues.money(new EventValues.Money(new BigDecimal("1234567000"), null, null, "HKD"), gold));
        BigDecimal a = new BigDecimal("1234567000");
        assertTrue(EventValues.money(new EventValues.Money(null, a, a, "CNY"), gold));
        Map<String, Object> range = Map.of("min", new BigDecimal("1E8"), "max", new BigDecimal("2E8"),
                "currency", "USD");
        assertTrue(EventValues.money(new EventValues.Money(null, new BigDecimal("100000000"),
                new BigDecimal("200000000"), "USD"), range));
        assertFalse(EventValues.money(new EventValues.Money(new BigDecimal("100000000"), null, null, "USD"), range));
    }

    @Test
    void fractionsListsAndLabelsNormalise() {
        assertTrue(EventValues.fraction(new BigDecimal("0.56"), new BigDecimal("0.56")));
        assertTrue(EventValues.fraction(new BigDecimal("56"), new BigDecimal("0.56")));
        assertFalse(EventValues.fraction(new BigDecimal("0.57"), new BigDecimal("0.56")));
        assertFalse(EventValues.fraction(new BigDecimal("1"), Boolean.TRUE));
        assertEquals("pre-a", EventValues.normRound("Pre-A轮"));
        assertEquals("b+", EventValues.normRound("Series B＋"));
        assertEquals("HKEX", EventValues.normExchange("香港联合交易所"));
        assertEquals("STAR", EventValues.normExchange("科创板"));
        assertEquals("BURSA MALAYSIA", EventValues.normExchange("Bursa Malaysia"));
        assertTrue(EventValues.label(" Listed", "listed"));
        assertTrue(EventValues.post("首席技术官", "集团首席技术官"));
        assertTrue(EventValues.post("CTO兼联合创始人", "cto"));
        assertFalse(EventValues.post(null, "CTO"));
        assertEquals("FY2026Q2", EventValues.normPeriod("fy2026-q2"));
        assertEquals(EventValues.normPeriod(new BigDecimal("2025")), EventValues.normPeriod("2025"));
        assertEquals("kaifulee", EventValues.normPerson("Kai-Fu Lee"));
        assertEquals("李明", EventValues.normPerson("李明（Ming Li）"));
    }

    @Test
    void everyKindIsReadFromItsRecord() throws IOException {
        String json = """
                {"companies":[{"surface":"腾讯","canonical":"腾讯 Tencent"}],"events":[
                 {"kind":"acquisition","target":"云帆数据","acquirer":"腾讯 Tencent","amount":null,"stake":0.51},
                 {"kind":"ipo","company":"云帆数据","exchange":"HKEX","amount":null,"status":"filed"},
                 {"kind":"model_release","model":{"family":"混元 Hunyuan","version":"T1"},"vendor":"腾讯 Tencent",
                  "open_source":true},
                 {"kind":"earnings","company":"腾讯 Tencent","period":"2025-Q3",
                  "revenue":{"amount":192900000000,"currency":"CNY"},
                  "net_income":{"amount":-5000000,"currency":"CNY"},"revenue_growth":0.15,"net_income_growth":null},
                 {"kind":"personnel","person":"李明","company":"腾讯 Tencent","role":"CTO","change":"join"}]}""";
        CompanyMention tencent = new CompanyMention(span("腾讯"), "腾讯", Optional.of(new Company("tencent", "腾讯",
                Optional.of("騰訊"), Optional.of("Tencent"), List.of(), List.of(), Optional.empty())));
        List<Event> events = List.of(
                new Acquisition(TRIGGER, 0, Modality.STATED, Optional.of(tencent), company("云帆数据"), Optional.empty(),
                        Optional.of(new Ratio(new BigDecimal("0.51"), span("51%")))),
                new Ipo(TRIGGER, 0, Modality.STATED, company("云帆数据"), Optional.of("HKEX"), Optional.empty(),
                        Optional.of(IpoStatus.FILED)),
                new ModelRelease(TRIGGER, 0, Modality.STATED, new ModelMention(span("Hunyuan-T1"),
                        new AiModel("Hunyuan", Optional.of("T1"), Optional.empty(), Optional.empty()), Optional.empty()),
                        Optional.of(tencent), Optional.of(true)),
                new Earnings(TRIGGER, 0, Modality.STATED, tencent, new TextRole("2025-Q3", span("第三季度")),
                        Optional.of(cny("1929亿元", "192900000000")), Optional.of(cny("500万元", "5000000")), true,
                        Optional.of(new Ratio(new BigDecimal("15"), span("15%"))), Optional.empty()),
                new Personnel(TRIGGER, 0, Modality.STATED, new TextRole("李明", span("李明")), Optional.of(tencent),
                        Optional.of(new TextRole("首席技术官CTO", span("首席技术官CTO"))), PersonnelChange.JOIN));
        EventResult r = EventScorer.score(EventPrediction.of(events), gold(json));
        assertEquals(new EventScore(5, 5, 5, 12, 12), r.total(), r.wrong()::toString);

        // the loss written positive, the wrong period and the wrong person: two misses, two extras
        List<Event> worse = List.of(
                new Earnings(TRIGGER, 0, Modality.STATED, tencent, new TextRole("2025-Q2", span("第二季度")),
                        Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty()),
                new Personnel(TRIGGER, 0, Modality.STATED, new TextRole("李", span("李")), Optional.of(tencent),
                        Optional.empty(), PersonnelChange.JOIN));
        EventResult w = EventScorer.score(EventPrediction.of(worse), gold(json));
        assertEquals(new EventScore(0, 2, 5, 0, 0), w.total());
    }

    @Test
    void pairingPrefersMoreMatchesThenMoreAgreeingRoles() throws IOException {
        // two rounds of one company in the gold; the first prediction agrees with the second round
        String json = """
                {"events":[
                 {"kind":"funding","company":"云帆数据","round":"a","amount":null,"investors":null,"lead":null},
                 {"kind":"funding","company":"云帆数据","round":"b","amount":null,"investors":null,"lead":null}]}""";
        List<Event> preds = List.of(funding("云帆数据", Round.B, null, List.of(), 0),
                funding("云帆数据", Round.A, null, List.of(), 0));
        EventResult r = EventScorer.score(EventPrediction.of(preds), gold(json));
        assertEquals(new EventScore(2, 2, 2, 2, 2), r.kind("funding"));
        // one prediction that fits neither round: still found once, role wrong; nothing left over
        EventResult one = EventScorer.score(EventPrediction.of(List.of(funding("云帆数据", Round.C, null, List.of(), 0))),
                gold(json));
        assertEquals(new EventScore(1, 1, 2, 0, 1), one.kind("funding"));
    }

    @Test
    void pairingFindsTheMostEventsBeforeTheBestRoles() throws IOException {
        // "Yunfan" names both gold companies and agrees with the first one's round; 云帆数据 names
        // only the first: the best pair by roles would leave 云帆数据 unpaired, two pairs win
        String json = """
                {"events":[
                 {"kind":"funding","company":"云帆数据 Yunfan","round":"a","amount":null},
                 {"kind":"funding","company":"云帆科技 Yunfan Tech","round":"b","amount":null}]}""";
        List<Event> preds = List.of(funding("Yunfan", Round.A, null, List.of(), 0),
                funding("云帆数据", Round.B, null, List.of(), 0));
        EventResult r = EventScorer.score(EventPrediction.of(preds), gold(json));
        assertEquals(new EventScore(2, 2, 2, 0, 2), r.kind("funding"));
        assertEquals(Map.of(0, 1, 1, 0), EventScorer.pair(EventPrediction.of(preds), gold(json).events(),
                EventCompanies.NONE));
    }

    // ---------- fixtures ----------

    private static EventGold gold(String json) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> g = (Map<String, Object>) JsonValues.parse(json);
        return EventGoldReader.of("t", g, g.get("companies"));
    }

    private static Funding funding(String company, Round round, MoneyMention amount, List<CompanyMention> investors,
                                   int leads) {
        return new Funding(TRIGGER, 0, Modality.STATED, company(company), Optional.ofNullable(round),
                Optional.ofNullable(amount), Optional.empty(), investors, investors.subList(0, leads));
    }

    private static CompanyMention company(String text) {
        return new CompanyMention(span(text), text, Optional.empty());
    }

    private static MoneyMention cny(String text, String amount) {
        return money(text, amount, "CNY");
    }

    private static MoneyMention money(String text, String amount, String currency) {
        return new MoneyMention(span(text), Optional.of(new BigDecimal(amount)), currency, Qualifier.EXACT,
                Optional.empty(), Optional.empty());
    }

    private static Span span(String text) {
        return new Span(text, 0, text.length(), 0, text.length());
    }
}
