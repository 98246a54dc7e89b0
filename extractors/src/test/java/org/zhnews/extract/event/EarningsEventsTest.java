package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhnews.extract.event.EventCases.analyze;
import static org.zhnews.extract.event.EventCases.assertFraction;
import static org.zhnews.extract.event.EventCases.assertMoney;
import static org.zhnews.extract.event.EventCases.describe;
import static org.zhnews.extract.event.EventCases.none;
import static org.zhnews.extract.event.EventCases.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.event.Earnings;

/** Earnings: whose results, for which period (resolved with the article's date), revenue, income, growth. */
class EarningsEventsTest {

    @Test
    void aQuarterResolvedWithThePublicationDate() {
        Document doc = analyze("腾讯今日公布第三季度财报，营收1928亿元，同比增长15%；净利润630亿元，同比增长19%。",
                "2025-11-14");
        Earnings e = only(doc, Earnings.class);
        assertEquals("腾讯", e.company().name());
        assertEquals("2025-Q3", e.period().value());
        assertEquals("第三季度", e.period().span().text());
        assertMoney("192800000000", "CNY", e.revenue(), doc);
        assertMoney("63000000000", "CNY", e.netIncome(), doc);
        assertFalse(e.netLoss());
        assertFraction("0.15", e.revenueGrowth(), doc);
        assertFraction("0.19", e.netIncomeGrowth(), doc);
    }

    @Test
    void lastYearsFourthQuarterPublishedInMarch() {
        Document doc = analyze("小米集团公布，去年第四季度营收1090亿元，同比增长48.8%。", "2025-03-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("小米", e.company().name());
        assertEquals("2024-Q4", e.period().value());
        assertMoney("109000000000", "CNY", e.revenue(), doc);
        assertFraction("0.488", e.revenueGrowth(), doc);
    }

    @Test
    void theDatelineGivesTheYearWhenNoDateIsPassed() {
        Document doc = analyze("新华社北京2025年3月26日电 小米集团今日公布，去年第四季度营收1090亿元，同比增长48.8%。");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2024-Q4", e.period().value(), describe(doc));
        assertMoney("109000000000", "CNY", e.revenue(), doc);
    }

    @Test
    void aTaiwanQuarterWithAHeaderDateInNewTaiwanDollars() {
        Document doc = analyze("（記者王小明／台北報導）2025年8月12日\n"
                + "鴻海今日公布第二季財報，營收新台幣1.79兆元，年增16%，稅後純益新台幣441億元。");
        Earnings e = only(doc, Earnings.class);
        assertEquals("鸿海", e.company().name());
        assertEquals("2025-Q2", e.period().value(), describe(doc));
        assertEquals("第二季", e.period().span().text());
        assertMoney("1790000000000", "TWD", e.revenue(), doc);
        assertMoney("44100000000", "TWD", e.netIncome(), doc);
        assertFraction("0.16", e.revenueGrowth(), doc);
        assertEquals(1, e.sentence(), "the header line is sentence 0");
    }

    @Test
    void aFiscalQuarterKeepsItsFiscalYear() {
        Document doc = analyze("英伟达公布2026财年第三季度财报，营收570亿美元，同比增长62%。", "2025-11-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("英伟达", e.company().name());
        assertEquals("FY2026-Q3", e.period().value());
        assertMoney("57000000000", "USD", e.revenue(), doc);
        assertFraction("0.62", e.revenueGrowth(), doc);
    }

    @Test
    void aFiscalHalf() {
        Document doc = analyze("小米集团公布2026财年上半年业绩，营收3000亿元。", "2025-11-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("FY2026-H1", e.period().value());
        assertEquals("2026财年上半年", e.period().span().text());
        assertMoney("300000000000", "CNY", e.revenue(), doc);
    }

    @Test
    void theFirstSixMonthsInHongKongWording() {
        Document doc = analyze("商汤科技公布，首六个月收入24亿元，按年增长36%。", "2025-08-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("商汤科技", e.company().name());
        assertEquals("2025-H1", e.period().value());
        assertMoney("2400000000", "CNY", e.revenue(), doc);
        assertFraction("0.36", e.revenueGrowth(), doc);
    }

    @Test
    void aFirstHalf() {
        Document doc = analyze("比亚迪上半年营收3712亿元，同比增长23%，净利润155亿元，同比增长14%。", "2025-08-30");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-H1", e.period().value());
        assertMoney("371200000000", "CNY", e.revenue(), doc);
        assertMoney("15500000000", "CNY", e.netIncome(), doc);
        assertFraction("0.23", e.revenueGrowth(), doc);
        assertFraction("0.14", e.netIncomeGrowth(), doc);
    }

    @Test
    void aNetLossIsMarked() {
        Document doc = analyze("蔚来发布2025年第二季度财报，营收190亿元，净亏损50亿元。", "2025-08-28");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q2", e.period().value());
        assertMoney("19000000000", "CNY", e.revenue(), doc);
        assertMoney("5000000000", "CNY", e.netIncome(), doc);
        assertTrue(e.netLoss());
    }

    @Test
    void aYearWrittenOut() {
        Document doc = analyze("2024年，宇树科技的营收超过10亿元。", "2025-06-10");
        Earnings e = only(doc, Earnings.class);
        assertEquals("宇树科技", e.company().name());
        assertEquals("2024", e.period().value());
        assertMoney("1000000000", "CNY", e.revenue(), doc);
    }

    @Test
    void aSharePriceMoveIsNoEarnings() {
        none(analyze("受消息影响，蔚来股价今日下跌8%，市值蒸发约50亿元。", "2025-08-28"), Earnings.class);
        none(analyze("受财报利好影响，腾讯股价周四大涨6%，收报520港元。", "2025-11-14"), Earnings.class);
        none(analyze("小米集团的股价今年以来上涨了120%，市值突破1万亿港元。", "2025-06-10"), Earnings.class);
    }

    @Test
    void aSharePriceMoveAfterTheResultsAddsNothing() {
        Document doc = analyze("百度发布2025年第一季度财报，营收325亿元。同日，百度股价下跌2%。", "2025-06-10");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q1", e.period().value());
        assertMoney("32500000000", "CNY", e.revenue(), doc);
        assertEquals(Optional.empty(), e.revenueGrowth(), describe(doc));
        assertEquals(Optional.empty(), e.netIncomeGrowth(), describe(doc));
    }

    @Test
    void anAnalystsForecastIsNoReport() {
        none(analyze("分析师预计，阿里巴巴下季度营收将增长8%。", "2025-05-15"), Earnings.class);
    }
    @Test
    void aDeclineIsNegativeGrowth() {
        Document doc = analyze("百度发布2025年上半年业绩，总营收达650亿元，同比下降3%。", "2025-08-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-H1", e.period().value());
        assertFraction("-0.03", e.revenueGrowth(), doc);
    }
    @Test
    void aQuarterWithoutDuAfterAYear() {
        Document doc = analyze("台積電公布2025年第四季財報，合併營收新台幣8,600億元，年增20.5%，稅後純益新台幣4,100億元。",
                "2026-02-10");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q4", e.period().value(), describe(doc));
        assertMoney("860000000000", "TWD", e.revenue(), doc);
    }
    @Test
    void interimResultsAreTheFirstHalf() {
        Document doc = analyze("小米集团公布2025年中期业绩：营收2272亿元，经调整净利润208亿元，同比增长75%。", "2025-08-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-H1", e.period().value(), describe(doc));
    }
    @Test
    void lastQuarterResolvedWithThePublicationDate() {
        Document doc = analyze("小米集团上季度营收1200亿元。", "2026-01-15");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q4", e.period().value(), describe(doc));
        assertMoney("120000000000", "CNY", e.revenue(), doc);
    }
    @Test
    void sixMonthsEndedJuneInHongKongWording() {
        Document doc = analyze("商汤科技公布截至2025年6月30日止六个月的中期业绩，收入24亿元，按年增长36%，亏损净额17亿元。",
                "2025-08-20");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-H1", e.period().value(), describe(doc));
        assertMoney("2400000000", "CNY", e.revenue(), doc);
        assertFraction("0.36", e.revenueGrowth(), doc);
        assertMoney("1700000000", "CNY", e.netIncome(), doc);
        assertTrue(e.netLoss(), describe(doc));
    }
}
