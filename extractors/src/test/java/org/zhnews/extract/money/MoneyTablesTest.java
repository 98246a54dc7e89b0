package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.LinearTime;

/** Units a table states once for the bare figures of its cells; every table written for this test. */
class MoneyTablesTest {

    private static final MoneyExtractor MONEY = new MoneyExtractor();

    private static String money(String text) {
        List<MoneyMention> ms = MONEY.extract(ExtractionContext.of(text));
        return ms.stream().map(m -> m.text() + "=" + m.amount().map(BigDecimal::toPlainString).orElse("") + " " + m.currency())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void aDeclarationAboveTheTableScalesItsBareCells() {
        String text = """
                某某电子前三季主要财务数据（单位：新台币百万元）
                项目\t本季\t上季\t季增率
                营收\t3,215\t2,980\t7.9%
                税后净利\t-41.5\t120\t—
                """;
        assertEquals("3,215=3215000000 TWD | 2,980=2980000000 TWD | -41.5=-41500000 TWD | 120=120000000 TWD",
                money(text));
    }

    @Test
    void aBareYuanInTheUnitTakesTheRegionsCurrency() {
        String text = "吉隆坡讯 某科技股季度业绩如下。\n单位：百万元\n营业额　88.2　　76.4\n";
        assertEquals("88.2=88200000 MYR | 76.4=76400000 MYR", money(text));
        assertEquals("88.2=88200000 CNY | 76.4=76400000 CNY", money("季度业绩如下。\n单位：百万元\n营业额　88.2　　76.4\n"));
    }

    @Test
    void labelledCellsInBarRowsTakeTheDeclaredUnit() {
        String text = "某某科技披露半年报，主要数据如下（单位：万元）：\n"
                + "营业收入｜本期12,345.60｜同比增长8.20%｜上年同期11,410.00\n"
                + "净利润｜本期1,050.25｜同比下降3.10%｜上年同期1,083.83\n"
                + "研发人员｜本期人数320｜同比增长12\n";
        assertEquals("12,345.60=123456000 CNY | 11,410.00=114100000 CNY | 1,050.25=10502500 CNY"
                + " | 1,083.83=10838300 CNY", money(text));
        // a labelled cell whose label is a rate keeps the unit off; no declaration, no amount
        assertEquals("", money("营业收入｜本期12,345.60｜同比增长8\n"));
        assertEquals("", money("（单位：万元）\n营业收入｜同比增长8｜环比增长3\n"));
    }

    @Test
    void rowAndColumnLabelsNameTheirOwnUnits() {
        String rows = "指标|2025年三季度|2024年三季度\n营业收入（亿元）|56.7|48.1\n毛利率（%）|31.2|29.8\n";
        assertEquals("56.7=5670000000 CNY | 48.1=4810000000 CNY", money(rows));
        String columns = "公司　营收（亿美元）　同比（%）\n甲公司　12.5　8.1\n乙公司　7.25　-3.4\n";
        assertEquals("12.5=1250000000 USD | 7.25=725000000 USD", money(columns));
        assertEquals("18.64=1864000000 CNY", money("净利润（亿元）：18.64\n"));
    }

    @Test
    void ratesPerShareFiguresAndOtherUnitsKeepTheDeclarationOff() {
        String text = """
                （单位：亿元）
                项目　本期　上年同期
                营业收入　15.2　12.9
                毛利率　22.5　21.0
                每股收益　0.35　0.28
                员工人数（人）　3200　2900
                """;
        assertEquals("15.2=1520000000 CNY | 12.9=1290000000 CNY", money(text));
    }

    @Test
    void changesInPercentUnderAMixedDeclarationAreNoAmounts() {
        String text = "表：前三季度主要指标（单位：亿元，%）\n指标　绝对额　同比增长\n社会消费品零售总额　3,650.2　4.8\n网上零售额　1,102.7　7.9\n";
        assertEquals("3,650.2=365020000000 CNY | 1,102.7=110270000000 CNY", money(text));
    }

    @Test
    void aTitleEndingInABracketedUnitDeclaresIt() {
        String text = "星島日報消息，某公司公佈中期業績。\n簡明收益表（百萬港元）\n收益　1,250　1,130\n經營溢利　310　275\n";
        assertEquals("1,250=1250000000 HKD | 1,130=1130000000 HKD | 310=310000000 HKD | 275=275000000 HKD", money(text));
        // a header row ending in a label unit names its column only
        assertEquals("56=5600000000 CNY", money("公司　员工数　营收（亿元）\n甲公司　1200　56\n"));
    }

    @Test
    void theUnitWordsAreNoAmountAndYearHeadersNoFigures() {
        String text = "单位：百万元\n项目　2025　2024\n收入　640　590\n";
        assertEquals("640=640000000 CNY | 590=590000000 CNY", money(text));
    }

    @Test
    void proseEndsTheTableAndPlainLinesAreNoRows() {
        String text = "（单位：万元）\n收入　500　420\n来源：公司公告\n另一张表\n收入　300　200\n股价 12 13\n";
        assertEquals("500=5000000 CNY | 420=4200000 CNY", money(text));
        assertEquals("", money("今年员工　120　人，去年　95　人。\n"));
    }

    @Test
    void aCurrencyDeclaredBesideTheUnitAndPricesPerUnit() {
        String text = """
                星島日報消息，某公司公布季度報告。
                單位：元　幣種：人民幣
                項目　本期　上年同期
                營業收入　8,120,500.35　7,004,210.10
                每股盈利（元/股）　0.21　0.18
                """;
        assertEquals("8,120,500.35=8120500.35 CNY | 7,004,210.10=7004210.1 CNY | 0.21=0.21 CNY | 0.18=0.18 CNY",
                money(text));
    }

    @Test
    void aSignedChangeInACellIsAnAmountToo() {
        assertEquals("3.10=3.1 SGD | 0.05=0.05 SGD | 1.02=1.02 SGD | -0.03=-0.03 SGD",
                money("新加坡讯 本地银行股表现（单位：新元）\n甲银行　3.10　+0.05\n乙银行　1.02　-0.03\n"));
    }

    @Test
    void figuresWithTheirOwnWordsAreLeftToTheUsualRules() {
        String text = "（单位：亿元）\n营收　13.5亿元　+21%\n";
        assertEquals("13.5亿元=1350000000 CNY", money(text));
    }

    @Test
    void timeStaysLinearInTheNumberOfRows() {
        String table = "（单位：万元）\n项目　本期（万元）　同比（%）\n";
        String row = "收入（万元）　512.3　12.5\n毛利率　33.1　1.2\n";
        Pipeline p = Pipeline.builder().extractor(new MoneyExtractor()).extractor(new MetricExtractor()).build();
        assertEquals(20_000, p.analyze(table + row.repeat(20_000)).money().size());
        assertNull(LinearTime.check("money in tables", () -> p.analyze(table + row.repeat(2_000)),
                () -> p.analyze(table + row.repeat(20_000))));
        ConsistencyKit.checkPipeline(p, table + row.repeat(50));
    }
}
