package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.extract.metric.MetricExtractor;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.LinearTime;

class MoneyExtractorTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(new MoneyExtractor()).build();

    /** "surface=amount CODE qualifier[min,max]" per mention, joined by " | ". */
    static String describe(List<MoneyMention> mentions) {
        return mentions.stream().map(x -> x.text() + "=" + x.amount().map(BigDecimal::toPlainString).orElse("")
                + " " + x.currency() + " " + x.qualifier().jsonName()
                + (x.min().isPresent() || x.max().isPresent()
                        ? "[" + x.min().map(BigDecimal::toPlainString).orElse("") + ","
                        + x.max().map(BigDecimal::toPlainString).orElse("") + "]" : ""))
                .collect(Collectors.joining(" | "));
    }

    private static String money(String text) {
        Document doc = ConsistencyKit.checkPipeline(PIPELINE, text);
        return describe(doc.mentions().stream().filter(MoneyMention.class::isInstance)
                .map(MoneyMention.class::cast).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "公司去年投资540亿美元建设数据中心#540亿美元=54000000000 USD exact",
        "融资316亿和211亿美元#316亿=31600000000 USD exact | 211亿美元=21100000000 USD exact",
        "营收约合人民币3922亿元#人民币3922亿元=392200000000 CNY approximate",
        "它的售价为130美元#130美元=130 USD exact",
        "苹果推出iPhone 16，售价799美元起#799美元=799 USD exact",
        "iOS 26将于2025年发布#",
        "3亿用户在使用#",
        "公司市值超过千亿美元#千亿美元=100000000000 USD at_least",
        "去年营收近亿元，单笔订单超万元，客单价不到百元#亿元=100000000 CNY approximate | 万元=10000 CNY at_least | 百元=100 CNY less_than",
        "万达集团与百度合作，投资额为3亿元#3亿元=300000000 CNY exact",
        "回购接近700億美元#700億美元=70000000000 USD approximate",
        "投資高達 500 億美元#500 億美元=50000000000 USD exact",
        "AWS每年获得数十亿美元的合同#数十亿美元= USD approximate[1000000000,10000000000]",
        "收入100多亿美元，利润500亿美元左右#100多亿美元=10000000000 USD more_than[10000000000,20000000000] | 500亿美元=50000000000 USD approximate",
        "腾讯年报显示营收706.9億元，利润突破767億元#706.9億元=70690000000 CNY exact | 767億元=76700000000 CNY at_least",
        "票价新台币3000元#新台币3000元=3000 TWD exact",
        "该公司去年营收1200亿元，以新台幣計#1200亿元=120000000000 TWD exact",
        "售价US$999，港版HK$7,999，台版NT$29,900#US$999=999 USD exact | HK$7,999=7999 HKD exact | NT$29,900=29900 TWD exact",
        "定价¥199，欧洲€229，英国£199#¥199=199 CNY exact | €229=229 EUR exact | £199=199 GBP exact",
        "估值RMB100亿，或USD 15亿#RMB100亿=10000000000 CNY exact | USD 15亿=1500000000 USD exact",
        "3至5亿元的融资#3至5亿元= CNY exact[300000000,500000000]",
        "不到10万元#10万元=100000 CNY less_than",
        "不超过500万美元#500万美元=5000000 USD at_most",
        "最近100元的东西#100元=100 CNY exact",
        "进入元宇宙的3元#3元=3 CNY exact",
        "$1.5 billion deal#$1.5 billion=1500000000 USD exact",
        "30B参数#",
        "售价 130 USD#130 USD=130 USD exact",
        "这家初创公司完成了8000万元的A轮融资#8000万元=80000000 CNY exact",
        "对方报价2.5亿港元#2.5亿港元=250000000 HKD exact",
        "他们在东京花了300万日元#300万日元=3000000 JPY exact",
        "这款耳机定价1299元#1299元=1299 CNY exact",
        "合同金额为4500万欧元#4500万欧元=45000000 EUR exact",
        "球员转会费8000万英镑#8000万英镑=80000000 GBP exact",
        "三星投入了10万亿韩元#10万亿韩元=10000000000000 KRW exact",
        "这次并购价值约合62亿新加坡元#62亿新加坡元=6200000000 SGD approximate",
        "当地售价3999台币#3999台币=3999 TWD exact",
        "公司计划融资30亿美金#30亿美金=3000000000 USD exact",
        "该基金规模达1.2万亿元#1.2万亿元=1200000000000 CNY exact",
        "营收约为人民币800亿元#人民币800亿元=80000000000 CNY approximate",
        "该款手机售价人民币5999元#人民币5999元=5999 CNY exact",
        "估值超100亿美元#100亿美元=10000000000 USD at_least",
        "营收逾30亿港币#30亿港币=3000000000 HKD at_least",
        "利润不足1000万元#1000万元=10000000 CNY less_than",
        "预算在500万元以内#500万元=5000000 CNY at_most",
        "投入200亿元以上#200亿元=20000000000 CNY at_least",
        "成本在3000万美元以下#3000万美元=30000000 USD less_than",
        "投资将近50亿美元#50亿美元=5000000000 USD approximate",
        "市值一度突破3万亿美元#3万亿美元=3000000000000 USD at_least",
        "至少20亿元#20亿元=2000000000 CNY at_least",
        "融资1亿美元左右#1亿美元=100000000 USD approximate",
        "广告收入高达300亿美元#300亿美元=30000000000 USD exact",
        "订单多达5000万美元#5000万美元=50000000 USD exact",
        "净利润3亿多元#3亿多元=300000000 CNY more_than[300000000,400000000]",
        "融资5000余万元#5000余万元=50000000 CNY more_than[50000000,60000000]",
        "营收1000多万美元#1000多万美元=10000000 USD more_than[10000000,20000000]",
        "公司获得几亿元投资#几亿元= CNY approximate[100000000,1000000000]",
        "上千万元的奖金#上千万元=10000000 CNY at_least[10000000,]",
        "数百万美元的罚款#数百万美元= USD approximate[1000000,10000000]",
        "投资3-5亿美元#3-5亿美元= USD exact[300000000,500000000]",
        "融资5000万至1亿元#5000万至1亿元= CNY exact[50000000,100000000]",
        "融资1亿到2亿美元#1亿到2亿美元= USD exact[100000000,200000000]",
        "收入20亿、30亿和50亿美元#20亿=2000000000 USD exact | 30亿=3000000000 USD exact | 50亿美元=5000000000 USD exact",
        "分别为5亿与8亿元#5亿=500000000 CNY exact | 8亿元=800000000 CNY exact",
        "30亿元和40亿元#30亿元=3000000000 CNY exact | 40亿元=4000000000 CNY exact",
        "100亿或200亿美元#100亿=10000000000 USD exact | 200亿美元=20000000000 USD exact",
        "计划投资30亿，另外再投资50亿美元#50亿美元=5000000000 USD exact",
        "2024年营收100亿美元#100亿美元=10000000000 USD exact",
        "11月24日发布，售价199元#199元=199 CNY exact",
        "iPhone 16售价5999元#5999元=5999 CNY exact",
        "最新版本iOS 26#",
        "总计3亿次下载#",
        "价格为¥88#¥88=88 CNY exact",
        "价格为￥88.5#￥88.5=88.5 CNY exact",
        "海外版$9.99#$9.99=9.99 USD exact",
        "US$ 12亿#US$ 12亿=1200000000 USD exact",
        "HK$30億#HK$30億=3000000000 HKD exact",
        "NT$1,200#NT$1,200=1200 TWD exact",
        "€5 million#€5 million=5000000 EUR exact",
        "£3 billion#£3 billion=3000000000 GBP exact",
        "€ 100#€ 100=100 EUR exact",
        "售价￥1,299元#￥1,299元=1299 CNY exact",
        "融资RMB 3000万#RMB 3000万=30000000 CNY exact",
        "交易额USD1.2亿#USD1.2亿=120000000 USD exact",
        "估值CNY500亿#CNY500亿=50000000000 CNY exact",
        "年费 99 USD#99 USD=99 USD exact",
        "成本 20 EUR#20 EUR=20 EUR exact",
        "30亿元人民币#30亿元人民币=3000000000 CNY exact",
        "5亿人民币#5亿人民币=500000000 CNY exact",
        "2亿美元的投资，约合人民币14亿元#2亿美元=200000000 USD exact | 人民币14亿元=1400000000 CNY approximate",
        "仅售1元#1元=1 CNY exact",
        "单价0.5元#0.5元=0.5 CNY exact",
        "两千万元#两千万元=20000000 CNY exact",
        "二十五亿美元#二十五亿美元=2500000000 USD exact",
        "壹佰万元#壹佰万元=1000000 CNY exact",
        "五百萬美元#五百萬美元=5000000 USD exact",
        "七百億美元#七百億美元=70000000000 USD exact",
        "一千兩百億新臺幣#一千兩百億新臺幣=120000000000 TWD exact",
        "新台幣300億元#新台幣300億元=30000000000 TWD exact",
        "這筆交易價值30億港幣#30億港幣=3000000000 HKD exact",
        "營收50億元，以新臺幣計價#50億元=5000000000 TWD exact",
        "营收100元宇宙#",
        "3元素#",
        "1.5 billion dollars#1.5 billion dollars=1500000000 USD exact",
        "USDT 100#",
        "ABCUSD100#",
        "A轮融资8千万元#8千万元=80000000 CNY exact",
        "公司拥有3亿用户#",
        "2024年11月24日#",
        "苹果发布了iPhone 16和iOS 26#",
        "模型升级到2.0版本#",
        "营收增长了17%#",
        "排名第3名#",
        "坚持多元化发展#",
        "化学元素周期表#",
        "Qwen2.5-Max和GPT-4o#",
        "参数规模达到7B#",
        "客服电话400-800-1234#",
        "总共3亿#",
    })
    void findsMoney(String text, String expected) {
        assertEquals(expected == null ? "" : expected, money(text));
    }

    @Test
    void bareYuanIsTaiwanDollarOnlyWhenTheDocumentSaysSo() {
        assertEquals("CNY", currencyOf("营收50亿元"));
        assertEquals("TWD", currencyOf("营收50亿元，折合新台币计"));
        assertEquals("TWD", currencyOf("售价NT$100，另一款50元"));
        assertEquals("USD", currencyOf("营收50亿美元，以新台币计"));
    }

    private static String currencyOf(String text) {
        return new MoneyExtractor().extract(ExtractionContext.of(text)).get(0).currency();
    }

    @Test
    void spanCoversSymbolFigureAndCurrencyButNotQualifier() {
        MoneyMention m = new MoneyExtractor().extract(ExtractionContext.of("约合US$30亿的交易")).get(0);
        assertEquals("US$30亿", m.text());
        assertEquals(2, m.start());
        assertEquals(Qualifier.APPROXIMATE, m.qualifier());
    }

    @Test
    void equivalentInBracketsGivesTwoAmounts() {
        assertEquals("540亿美元=54000000000 USD exact | 人民币3922亿元=392200000000 CNY approximate",
                money("投资540亿美元(约合人民币3922亿元)"));
        assertEquals("540亿美元=54000000000 USD exact | 人民币3922亿元=392200000000 CNY approximate",
                money("投资540亿美元（约合人民币3922亿元）"));
    }

    @Test
    void readsTraditionalTextWithoutNormalizers() {
        assertEquals("100多億美元=10000000000 USD more_than[10000000000,20000000000]", money("收入達100多億美元"));
        assertEquals("30億港幣=3000000000 HKD approximate", money("約30億港幣"));
    }

    @Test
    void declaresWhatItProduces() {
        assertEquals(java.util.Set.of(MoneyMention.class), new MoneyExtractor().produces());
        assertTrue(new MoneyExtractor().requires().isEmpty());
        assertThrows(NullPointerException.class, () -> new MoneyExtractor(null, QualifierWords.defaults()));
    }

    @Test
    void metricExtractorLeavesMoneyAlone() {
        Pipeline both = Pipeline.builder().extractor(new MoneyExtractor()).extractor(new MetricExtractor()).build();
        Document doc = both.analyze("收入316亿和211亿美元，同比增长20%");
        assertEquals(2, doc.mentions().stream().filter(MoneyMention.class::isInstance).count());
        assertEquals(1, doc.mentions().stream().filter(MetricMention.class::isInstance).count());
    }

    @Test
    void randomTextKeepsEveryInvariant() {
        int n = ConsistencyKit.random().documents(3000).seed(1).check(Pipeline.builder()
                .extractor(new MoneyExtractor()).extractor(new MetricExtractor()).build());
        assertTrue(n > 0);
    }

    @Test
    void timeStaysLinearInInputSize() {
        String unit = "营收约100多亿美元和数十亿元，同比增长30%，月活用户3亿，";
        Pipeline p = Pipeline.builder().extractor(new MoneyExtractor()).extractor(new MetricExtractor()).build();
        assertEquals(20_000 * 4, p.analyze(unit.repeat(20_000)).mentions().size());
        assertNull(LinearTime.check("money and metrics", () -> p.analyze(unit.repeat(2_000)),
                () -> p.analyze(unit.repeat(20_000))));
    }
}
