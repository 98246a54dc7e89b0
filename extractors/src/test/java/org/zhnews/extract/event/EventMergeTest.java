package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.assertFraction;
import static org.zhnews.extract.event.EventCases.assertMoney;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.names;
import static org.zhnews.extract.event.EventCases.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.Round;

/** One event per fact: the same fact told twice is one event with the roles of both; two facts stay two. */
class EventMergeTest {

    @Test
    void theSameRoundToldTwiceIsOneEventWithTheRolesOfBoth() {
        Document doc = analyze("芯片设计商云岫微电子宣布完成B轮融资，由红杉中国领投。此次B轮融资金额为6亿元，投后估值超过50亿元。",
                "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals("云岫微电子", f.company().name());
        assertEquals(Optional.of(Round.B), f.round());
        assertMoney("600000000", "CNY", f.amount(), doc);
        assertMoney("5000000000", "CNY", f.valuation(), doc);
        assertEquals(List.of("红杉中国"), names(f.lead()));
        assertEquals(0, f.sentence(), "the first telling keeps its trigger");
    }

    @Test
    void theAmountToldInTheNextSentenceJoinsTheRoundAndItsInvestors() {
        Document doc = analyze("宇树科技宣布完成C轮融资，由腾讯、阿里巴巴领投，吉利资本跟投。宇树科技此轮C轮融资金额约7亿元。",
                "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertMoney("700000000", "CNY", f.amount(), doc);
        assertEquals(List.of("腾讯", "阿里巴巴", "吉利资本"), names(f.investors()), describe(doc));
    }

    @Test
    void aStatedTellingLeadsAnEarlierReport() {
        Document doc = analyze("据悉，月之暗面已完成B轮融资。月之暗面今日宣布完成B轮融资，金额3亿美元。", "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertEquals(Modality.STATED, f.modality());
        assertEquals(1, f.sentence());
        assertMoney("300000000", "USD", f.amount(), doc);
    }

    @Test
    void twoRoundsInTwoSentencesStayTwo() {
        Document doc = analyze("宇树科技宣布完成C轮融资，由腾讯领投。宇树科技同时宣布完成C+轮融资，由阿里巴巴领投。", "2025-06-10");
        List<Funding> rounds = doc.events(Funding.class);
        assertEquals(2, rounds.size(), describe(doc));
        assertEquals(Optional.of(Round.C), rounds.get(0).round());
        assertEquals(List.of("腾讯"), names(rounds.get(0).lead()));
        assertEquals(Optional.of(Round.C_PLUS), rounds.get(1).round());
        assertEquals(List.of("阿里巴巴"), names(rounds.get(1).lead()));
    }

    @Test
    void twoRoundsInOneSentenceStayTwo() {
        Document doc = analyze("宇树科技2024年完成B2轮融资，2025年完成C轮融资。", "2025-06-10");
        List<Funding> rounds = doc.events(Funding.class);
        assertEquals(2, rounds.size(), describe(doc));
        assertEquals(Optional.of(Round.B), rounds.get(0).round());
        assertEquals(Optional.of(Round.C), rounds.get(1).round());
    }

    @Test
    void twoTargetsAreTwoAcquisitions() {
        Document doc = analyze("联想集团宣布收购芯片设计商云岫微电子51%股权。此前，联想集团已于2023年收购芯片设计商星环微电子。",
                "2025-06-10");
        List<Acquisition> deals = doc.events(Acquisition.class);
        assertEquals(2, deals.size(), describe(doc));
        assertEquals("云岫微电子", deals.get(0).target().name());
        assertFraction("0.51", deals.get(0).stake(), doc);
        assertEquals("星环微电子", deals.get(1).target().name());
        assertEquals(Optional.empty(), deals.get(1).stake(), "each deal keeps its own stake");
    }

    @Test
    void aModelReleasedAndLaterOpenedIsOneRelease() {
        Document doc = analyze("DeepSeek发布DeepSeek-R1。DeepSeek同时宣布，DeepSeek-R1将以MIT协议开源。", "2025-06-10");
        ModelRelease r = only(doc, ModelRelease.class);
        assertEquals(Optional.of("R1"), r.model().model().version());
        assertEquals(Optional.of(true), r.openSource());
        assertEquals(0, r.sentence());
    }

    @Test
    void anAppointmentToldTwiceIsOne() {
        Document doc = analyze("百度宣布任命陈志远为首席技术官。据悉，陈志远将于下月正式出任首席技术官。", "2025-06-10");
        Personnel p = only(doc, Personnel.class);
        assertEquals("陈志远", p.person().value());
        assertEquals(Modality.STATED, p.modality());
    }

    @Test
    void theSameQuarterToldTwiceIsOneReport() {
        Document doc = analyze("百度发布2025年第一季度财报，营收325亿元。百度第一季度净利润为77亿元。", "2025-06-10");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q1", e.period().value());
        assertMoney("32500000000", "CNY", e.revenue(), doc);
        assertMoney("7700000000", "CNY", e.netIncome(), doc);
    }

    @Test
    void twoQuartersAreTwoReports() {
        Document doc = analyze("腾讯公布第三季度财报，营收1928亿元；腾讯第二季度营收为1845亿元。", "2025-11-14");
        List<Earnings> reports = doc.events(Earnings.class);
        assertEquals(2, reports.size(), describe(doc));
        assertEquals("2025-Q3", reports.get(0).period().value());
        assertMoney("192800000000", "CNY", reports.get(0).revenue(), doc);
        assertEquals("2025-Q2", reports.get(1).period().value());
        assertMoney("184500000000", "CNY", reports.get(1).revenue(), doc);
    }
    @Test
    void thePriceOfTheDealToldInTheNextSentence() {
        Document doc = analyze("联想集团宣布收购芯片设计商云岫微电子。联想集团表示，此次收购作价12亿元。", "2025-06-10");
        Acquisition a = only(doc, Acquisition.class);
        assertMoney("1200000000", "CNY", a.amount(), doc);
    }

    @Test
    void theGrowthToldInTheNextSentenceJoinsTheQuarter() {
        Document doc = analyze("腾讯今日公布第三季度财报，营收1928亿元。腾讯第三季度营收同比增长15%。", "2025-11-14");
        Earnings e = only(doc, Earnings.class);
        assertFraction("0.15", e.revenueGrowth(), doc);
    }
    @Test
    void anInvestorNamedInBothTellingsIsListedOnce() {
        Document doc = analyze("星衡智能宣布完成B轮融资，由红杉中国领投，高瓴资本跟投。此次B轮融资由红杉中国领投，金额6亿元。",
                "2025-06-10");
        Funding f = only(doc, Funding.class);
        assertMoney("600000000", "CNY", f.amount(), doc);
        assertEquals(List.of("红杉中国", "高瓴资本"), names(f.investors()), describe(doc));
        assertEquals(List.of("红杉中国"), names(f.lead()), describe(doc));
    }
}
