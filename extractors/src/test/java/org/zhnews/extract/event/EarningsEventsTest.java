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

import java.util.List;
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

    @Test
    void figuresInTheSentencesAfterTheReportTakeItsPeriodAndCompany() {
        Document doc = analyze("理想汽车公布截至2025年6月30日的第二季度财务业绩。报告期内，公司总收入为302亿元，同比下降4.5%；"
                + "净利润为11亿元。", "2025-08-28");
        Earnings e = only(doc, Earnings.class);
        assertEquals("理想汽车", e.company().name(), describe(doc));
        assertEquals("2025-Q2", e.period().value(), describe(doc));
        assertMoney("30200000000", "CNY", e.revenue(), doc);
        assertMoney("1100000000", "CNY", e.netIncome(), doc);
        assertFraction("-0.045", e.revenueGrowth(), doc);
    }

    @Test
    void thisQuarterInAReportIsTheReportedQuarterNotThePublications() {
        Document doc = analyze("2025年11月18日，百度公布2025年第三季度财报。本季度百度总营收312亿元，同比下降7%。", "2025-11-18");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q3", e.period().value(), describe(doc));
        assertMoney("31200000000", "CNY", e.revenue(), doc);
    }

    @Test
    void aPublishedReportWithoutFiguresIsAnEvent() {
        Document doc = analyze("据腾讯发布的2024年年报，腾讯2024年研发投入达707亿元。", "2025-04-10");
        Earnings e = only(doc, Earnings.class);
        assertEquals("腾讯", e.company().name());
        assertEquals("2024", e.period().value());
        assertEquals(Optional.empty(), e.revenue());
    }

    @Test
    void aReportWordImpliesItsPeriod() {
        Document doc = analyze("宁德时代昨晚披露三季报，营收1041亿元，同比增长12.9%。", "2025-10-21");
        Earnings e = only(doc, Earnings.class);
        assertEquals("2025-Q3", e.period().value(), describe(doc));
        assertMoney("104100000000", "CNY", e.revenue(), doc);
    }

    @Test
    void figuresPairedWithTheirPeriodsByFenbie() {
        Document doc = analyze("招股书显示，2023年及2024年，比亚迪分别实现营业收入7.1亿元、11.7亿元，"
                + "归母净利润分别为-8.5亿元、-4.5亿元。", "2025-06-10");
        List<Earnings> all = doc.events(Earnings.class);
        assertEquals(2, all.size(), describe(doc));
        assertEquals("2023", all.get(0).period().value());
        assertMoney("710000000", "CNY", all.get(0).revenue(), doc);
        assertMoney("-850000000", "CNY", all.get(0).netIncome(), doc);
        assertEquals("2024", all.get(1).period().value());
        assertMoney("1170000000", "CNY", all.get(1).revenue(), doc);
        assertMoney("-450000000", "CNY", all.get(1).netIncome(), doc);
    }

    @Test
    void aRangeOfYearsPairedByFenbie() {
        Document doc = analyze("2022年至2024年，蔚来营业收入分别为0.46亿元、1.24亿元、4.38亿元。", "2025-07-01");
        List<Earnings> all = doc.events(Earnings.class);
        assertEquals(List.of("2022", "2023", "2024"), all.stream().map(e -> e.period().value()).toList(), describe(doc));
        assertMoney("438000000", "CNY", all.get(2).revenue(), doc);
    }

    @Test
    void monthsFromJanuaryAndYearsEndedOnADay() {
        Document doc = analyze("2025年1-6月，百度实现营业收入15.7亿元。", "2025-08-28");
        assertEquals("2025-H1", only(doc, Earnings.class).period().value(), describe(doc));
        doc = analyze("截至2024年12月31日止年度，商汤科技收入23.8亿元。", "2025-03-28");
        assertEquals("2024", only(doc, Earnings.class).period().value(), describe(doc));
    }

    @Test
    void theFullYearAndTheFiscalHalfTakeTheReportsYear() {
        Document doc = analyze("联想集团公布2025/26财年第二季度业绩，收入205亿美元。上半财年累计收入392亿美元。", "2025-11-20");
        List<Earnings> all = doc.events(Earnings.class);
        assertEquals(List.of("FY2026-Q2", "FY2026-H1"), all.stream().map(e -> e.period().value()).toList(), describe(doc));
        doc = analyze("联发科今天公布第4季及全年财报。\n第4季营收：新台币1500亿元\n全年营收：新台币5900亿元", "2026-02-05");
        all = doc.events(Earnings.class);
        assertEquals(List.of("2025-Q4", "2025"), all.stream().map(e -> e.period().value()).toList(), describe(doc));
        assertMoney("590000000000", "TWD", all.get(1).revenue(), doc);
    }

    @Test
    void aFiscalFirstQuarterWrittenShou() {
        Document doc = analyze("联想集团公布2026财政年首季业绩，营业额5亿7330万令吉。", "2025-10-27");
        assertEquals("FY2026-Q1", only(doc, Earnings.class).period().value(), describe(doc));
    }

    @Test
    void aGrowthBeforeTheAmountAndASignedRate() {
        Document doc = analyze("小米集团今日公布第三季度业绩，收入增长超过20%，达到1131亿元；净利润同比+80.9%至113亿元。", "2025-11-18");
        Earnings e = only(doc, Earnings.class);
        assertMoney("113100000000", "CNY", e.revenue(), doc);
        assertFraction("0.2", e.revenueGrowth(), doc);
        doc = analyze("鴻海公布第三季财报，营收新台币2400亿元（年增率-6.3%）。", "2025-11-10");
        assertFraction("-0.063", only(doc, Earnings.class).revenueGrowth(), doc);
    }

    @Test
    void aGrowthAloneMakesNoReport() {
        none(analyze("阿里巴巴第三季度营收同比增长5%。", "2025-11-25"), Earnings.class);
    }

    @Test
    void aResultsTableGivesOneReportPerRow() {
        Document doc = analyze("晶圆代工厂第三季业绩一览（单位：亿元）\n"
                + "公司\t营收\t同比\t净利润\t市值\n"
                + "中芯国际\t170.4\t+9.9%\t15.2\t5000\n"
                + "华虹半导体\t45.6\t-3.2%\t-1.3\t800\n"
                + "以上数据来自各公司公告。", "2025-11-20");
        List<Earnings> all = doc.events(Earnings.class);
        assertEquals(2, all.size(), describe(doc));
        assertEquals("中芯国际", all.get(0).company().name());
        assertEquals("2025-Q3", all.get(0).period().value());
        assertMoney("17040000000", "CNY", all.get(0).revenue(), doc);
        assertMoney("1520000000", "CNY", all.get(0).netIncome(), doc);
        assertFraction("0.099", all.get(0).revenueGrowth(), doc);
        assertEquals("华虹半导体", all.get(1).company().name());
        assertMoney("-130000000", "CNY", all.get(1).netIncome(), doc);
        assertFraction("-0.032", all.get(1).revenueGrowth(), doc);
    }

    @Test
    void aTableRowNamesACompanyNoListHolds() {
        Document doc = analyze("公司｜第2季营收（亿元）｜年增率｜税后纯益（亿元）\n"
                + "明宇光电｜12.5｜+8.1%｜1.62\n"
                + "合计｜12.5｜+8.1%｜1.62", "2025-08-12");
        Earnings e = only(doc, Earnings.class);
        assertEquals("明宇光电", e.company().name(), describe(doc));
        assertEquals("2025-Q2", e.period().value());
        assertMoney("1250000000", "CNY", e.revenue(), doc);
        assertFraction("0.081", e.revenueGrowth(), doc);
    }

    @Test
    void aTableOfPricesIsNoResultsTable() {
        none(analyze("公司\t股价（元）\t涨幅\n中芯国际\t120.5\t+3.2%\n华虹半导体\t45.1\t-1.1%", "2025-11-20"),
                Earnings.class);
    }

    @Test
    void aForecastOrACommitmentIsNoResult() {
        none(analyze("小米集团执行长表示，今年营收可望突破5000亿元。", "2025-08-12"), Earnings.class);
        none(analyze("交易对方承诺，百度2026年至2028年累计实现净利润不低于3.3亿元。", "2025-11-20"), Earnings.class);
        Earnings e = only(analyze("百度发布2025年第一季度财报，营收325亿元。公司预计第二季度营收将达到340亿元。", "2025-05-20"),
                Earnings.class);
        assertEquals("2025-Q1", e.period().value());
    }
}
