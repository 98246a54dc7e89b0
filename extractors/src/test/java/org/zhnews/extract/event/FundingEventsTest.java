package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.assertMoney;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.names;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.Round;

/** Funding rounds: who raised, which round, how much, at what valuation, from whom, led by whom. */
class FundingEventsTest {

    @Test
    void aSeriesBWithALeadAndTwoFollowers() {
        Document doc = analyze("具身智能初创公司星衡智能宣布完成5亿元B轮融资，由红杉中国领投，高瓴资本、经纬创投跟投。",
                "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("星衡智能", f.company().name());
        assertEquals(Optional.of(Round.B), f.round());
        assertMoney("500000000", "CNY", f.amount(), doc);
        assertEquals(List.of("红杉中国", "高瓴资本", "经纬创投"), names(f.investors()), describe(doc));
        assertEquals(List.of("红杉中国"), names(f.lead()), describe(doc));
        assertEquals(Optional.empty(), f.valuation());
        assertEquals(Modality.STATED, f.modality());
        assertTrue(doc.mentions().contains(f.company()), "roles are the document's own mentions");
    }

    @Test
    void aValuationAndAnOldShareholderFollowingOn() {
        Document doc = analyze("芯片设计公司云岫微电子完成超过10亿元C轮融资，本轮由国投创业领投，老股东启明创投继续追投，"
                + "投后估值达80亿元。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("云岫微电子", f.company().name());
        assertEquals(Optional.of(Round.C), f.round());
        assertMoney("1000000000", "CNY", f.amount(), doc);
        assertMoney("8000000000", "CNY", f.valuation(), doc);
        assertEquals(List.of("国投创业", "启明创投"), names(f.investors()), describe(doc));
        assertEquals(List.of("国投创业"), names(f.lead()), describe(doc));
    }

    @Test
    void aRoundNamedWithoutItsLetterIsUnknown() {
        Document doc = analyze("智谱宣布完成新一轮融资，金额超过10亿元。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("智谱", f.company().name());
        assertEquals(Optional.of(Round.UNKNOWN), f.round());
        assertMoney("1000000000", "CNY", f.amount(), doc);
    }

    @Test
    void participantsWithoutALeadAreInvestorsOnly() {
        Document doc = analyze("月之暗面完成10亿美元融资，阿里巴巴、腾讯参投。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("月之暗面", f.company().name());
        assertEquals(Optional.empty(), f.round());
        assertMoney("1000000000", "USD", f.amount(), doc);
        assertEquals(List.of("阿里巴巴", "腾讯"), names(f.investors()), describe(doc));
        assertEquals(List.of(), f.lead());
    }

    @Test
    void twoLeadsAndAFollowerInOneList() {
        Document doc = analyze("宇树科技宣布完成C轮融资，由腾讯、阿里巴巴领投，吉利资本跟投。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("宇树科技", f.company().name());
        assertEquals(List.of("腾讯", "阿里巴巴", "吉利资本"), names(f.investors()), describe(doc));
        assertEquals(List.of("腾讯", "阿里巴巴"), names(f.lead()), describe(doc));
    }

    @Test
    void aTaiwanRoundInTraditionalScriptInUsDollars() {
        Document doc = analyze("台灣AI新創公司鼎晟智能宣布完成3,000萬美元A輪融資，由中華開發資本領投。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("鼎晟智能", f.company().name());
        assertEquals("鼎晟智能", f.company().text(), "the surface as written");
        assertEquals(Optional.of(Round.A), f.round());
        assertMoney("30000000", "USD", f.amount(), doc);
        assertEquals(List.of("中华开发资本"), names(f.lead()), describe(doc));
        assertEquals("中華開發資本", f.lead().get(0).text());
    }

    @Test
    void aHongKongRoundInHongKongDollars() {
        Document doc = analyze("香港人工智能初創公司靈析科技宣布完成1.2億港元B輪融資，由維港投資領投。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("灵析科技", f.company().name());
        assertEquals(Optional.of(Round.B), f.round());
        assertMoney("120000000", "HKD", f.amount(), doc);
        assertEquals(List.of("维港投资"), names(f.lead()), describe(doc));
    }

    @Test
    void anAngelRoundWithASoleInvestor() {
        Document doc = analyze("机器人公司星衡智能获得红杉中国独家投资的5000万元天使轮融资。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("星衡智能", f.company().name());
        assertEquals(Optional.of(Round.ANGEL), f.round());
        assertMoney("50000000", "CNY", f.amount(), doc);
        assertEquals(List.of("红杉中国"), names(f.investors()), describe(doc));
        assertEquals(List.of("红杉中国"), names(f.lead()), describe(doc));
    }

    @Test
    void aStrategicInvestmentIsAStrategicRound() {
        Document doc = analyze("海辰储能获得国新基金10亿元战略投资。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("海辰储能", f.company().name());
        assertEquals(Optional.of(Round.STRATEGIC), f.round());
        assertMoney("1000000000", "CNY", f.amount(), doc);
    }

    @Test
    void aPastRoundToldAfterTheNewOneIsItsOwnEventWithItsOwnAmount() {
        Document doc = analyze("机器人公司灵犀动力今日宣布完成2亿元A轮融资。此前，灵犀动力曾于2023年完成5000万元天使轮融资。",
                "2025-06-10");
        List<Funding> rounds = doc.events(Funding.class);
        assertEquals(2, rounds.size(), describe(doc));
        assertEquals(Optional.of(Round.A), rounds.get(0).round());
        assertMoney("200000000", "CNY", rounds.get(0).amount(), doc);
        assertEquals(0, rounds.get(0).sentence());
        assertEquals(Optional.of(Round.ANGEL), rounds.get(1).round());
        assertMoney("50000000", "CNY", rounds.get(1).amount(), doc);
        assertEquals(1, rounds.get(1).sentence());
    }

    @Test
    void aProductPriceAloneIsNoFunding() {
        Document doc = analyze("小米发布新款手机，售价3999元。", "2025-06-10");
        none(doc, Funding.class);
        assertTrue(doc.events().isEmpty(), describe(doc));
    }

    @Test
    void leasingAndMarginFinanceAreNoRounds() {
        none(analyze("该公司通过融资租赁方式购入两台光刻机。", "2025-06-10"), Funding.class);
        none(analyze("截至昨日收盘，两市融资余额为1.8万亿元，较前一日增加35亿元。", "2025-06-10"), Funding.class);
    }
    @Test
    void aProductPriceInTheSameSentenceIsNotTheAmountRaised() {
        Document doc = analyze("宇树科技完成C轮融资后推出的新款人形机器人售价9.9万元。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals(Optional.of(Round.C), f.round());
        assertEquals(Optional.empty(), f.amount(), describe(doc));
    }
    @Test
    void anInvestmentReceivedIsAFundingRound() {
        Document doc = analyze("智谱宣布获得杭州城投产业基金10亿元投资。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("智谱", f.company().name());
        assertMoney("1000000000", "CNY", f.amount(), doc);
        assertEquals(List.of("杭州城投产业基金"), names(f.investors()), describe(doc));
    }
    @Test
    void aLeadWordAloneMakesNoEventWithAnEmptyTrigger() {
        Document doc = analyze("本轮领投5亿元腾讯。", "2025-06-10");
        doc.events().forEach(e -> assertTrue(e.trigger().end() > e.trigger().start(), describe(doc)));
    }

    @Test
    void theQuotedCompanyWhoseRoundAnInvestorJoins() {
        Document doc = analyze("港投公司同日宣布参与仓储机器人公司「迅搬科技」的2,000万美元Pre-B轮融资，该轮由红杉中国领投。",
                "2025-10-14");
        Funding f = only(doc, Funding.class);
        assertEquals("迅搬科技", f.company().name(), describe(doc));
        assertEquals(List.of("港投公司", "红杉中国"), names(f.investors()), describe(doc));
    }

    @Test
    void theCompanyAfterHuoBeforeAnInvestmentIsTheInvestor() {
        Document doc = analyze("宇树科技去年曾获红杉中国5000万元的A轮投资。", "2025-09-08");
        Funding f = only(doc, Funding.class);
        assertEquals("宇树科技", f.company().name(), describe(doc));
        assertEquals(List.of("红杉中国"), names(f.investors()), describe(doc));
    }

    @Test
    void theCompanyAfterXiangBeforeAnInjectionIsFunded() {
        Document doc = analyze("国库控股今日宣布，向本地芯片设计公司芯岚半导体（Xinlan Semi）注资1亿令吉。", "2025-09-08");
        Funding f = only(doc, Funding.class);
        assertEquals("芯岚半导体", f.company().name(), describe(doc));
        assertEquals(List.of("国库控股"), names(f.investors()), describe(doc));
    }

    @Test
    void financingCostsAndAListOfShareholdersAreNoRound() {
        none(analyze("港云数码中期亏损扩大，主要由于折旧及融资成本上升。", "2025-11-26"), Funding.class);
        none(analyze("截至招股书签署日，红杉中国、高瓴资本等机构位列股东名单。", "2025-11-14"), Funding.class);
    }

    @Test
    void theQuotedCompanyOfADailyListIsFunded() {
        Document doc = analyze("【投融资日报】\n1.「元起生物」完成数千万元种子轮融资，由奇绩创坛领投，英诺天使基金跟投。", "2026-01-08");
        Funding f = only(doc, Funding.class);
        assertEquals("元起生物", f.company().name(), describe(doc));
        assertEquals(List.of("奇绩创坛"), names(f.lead()), describe(doc));
    }
}
