package org.zhnews.extract.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.testkit.ConsistencyKit;

class MetricExtractorTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(new MoneyExtractor())
            .extractor(new MetricExtractor()).build();

    /** "surface=value unit kind qualifier[min,max]" per mention, joined by " | ". */
    static String describe(List<MetricMention> mentions) {
        return mentions.stream().map(x -> x.text() + "=" + x.value().map(BigDecimal::toPlainString).orElse("")
                + " " + x.unit().jsonName() + " " + x.measure().orElse("-") + " " + x.qualifier().jsonName()
                + (x.min().isPresent() || x.max().isPresent()
                        ? "[" + x.min().map(BigDecimal::toPlainString).orElse("") + ","
                        + x.max().map(BigDecimal::toPlainString).orElse("") + "]" : ""))
                .collect(Collectors.joining(" | "));
    }

    private static String metrics(String text) {
        Document doc = ConsistencyKit.checkPipeline(PIPELINE, text);
        return describe(doc.mentions().stream().filter(MetricMention.class::isInstance)
                .map(MetricMention.class::cast).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "今年以来股价下滑了17%#下滑了17%=-17 percent decline exact",
        "服务收入占比超过四分之一#四分之一=25 percent share at_least",
        "毛利率为27.9%#27.9%=27.9 percent rate exact",
        "市场份额降到了五成左右#五成=50 percent share approximate",
        "营收同比增长221%#同比增长221%=221 percent growth exact",
        "利润增长超过40%#增长超过40%=40 percent growth at_least",
        "百分之十七的用户#百分之十七=17 percent - exact",
        "约三成用户选择留下#三成=30 percent - approximate",
        "30日留存率为34.5%#34.5%=34.5 percent retention exact",
        "占比从30%提升至40%#30%=30 percent share exact | 40%=40 percent share exact",
        "月活4197.6万#4197.6万=41976000 count monthly_active_users exact",
        "周活跃用户突破3亿#3亿=300000000 count weekly_active_users at_least",
        "超200款大模型#200款=200 count models at_least",
        "数量减少至156款#156款=156 count count exact",
        "大模型已发布79个#79个=79 count models exact",
        "上万人的团队#上万人=10000 count people at_least[10000,]",
        "50余个业务#50余个=50 count businesses more_than[50,60]",
        "有12家公司参与#12家=12 count companies exact",
        "拥有2350亿个参数#2350亿个参数=235000000000 parameters parameters exact",
        "2350億個參數#2350億個參數=235000000000 parameters parameters exact",
        "10亿级参数规模以上#10亿=1000000000 parameters parameters exact",
        "7B参数的模型#7B参数=7000000000 parameters parameters exact",
        "比苹果伟大100倍#100倍=100 multiple ratio exact",
        "效率提升两倍#两倍=2 multiple growth exact",
        "2024年11月24日#",
        "iOS 26和iPhone 16#",
        "第3名#",
        "Grok 3.5成为最强模型#",
        "客服电话13800138000#",
        "超过10万个衍生模型#10万个=100000 count models at_least",
        "两家公司#",
        "三位数增长#",
        "1111人力银行调查显示，职缺明显增加#",
        "受访者中近一半的企业缺乏人才#一半=50 percent - approximate",
        "超过一半表示预算不足#一半=50 percent - at_least",
        "他和另一半去了海边，蛋糕只吃了一半#",
        "现有约 1,900 间企业客户#1,900 间=1900 count companies approximate",
        "宽频用户季增4万6000户#4万6000户=46000 count users exact",
        "每月处理来电超过600万通，议案已获通过#600万通=6000000 count count at_least",
        "机队从320架增加至600架#320架=320 count count exact | 600架=600 count count exact",
        "提到了60次AI，去年只有30来次#60次=60 count count exact | 30来次=30 count count approximate",
        "大跌15%#大跌15%=-15 percent decline exact",
        "-5%的变化#-5%=-5 percent - exact",
        "付费用户3000万#3000万=30000000 count paying_users exact",
        "千分之五的概率#千分之五=5 permille - exact",
        "人民币贬值3%#贬值3%=-3 percent decline exact",
        "3-5%的增速#3-5%= percent - exact[3,5]",
        "七成多的用户#七成多=70 percent - more_than[70,80]",
        "成本下降了三成#下降了三成=-30 percent decline exact",
        "销量同比下降8.5%#同比下降8.5%=-8.5 percent decline exact",
        "出货量环比增长12%#环比增长12%=12 percent growth exact",
        "净利润同比减少23%#同比减少23%=-23 percent decline exact",
        "渗透率达到35%#35%=35 percent rate exact",
        "该公司市占率为18.6%#18.6%=18.6 percent share exact",
        "市场份额约为20%#20%=20 percent share approximate",
        "国内份额占据了六成#六成=60 percent share exact",
        "次日留存率为40%#40%=40 percent retention exact",
        "营收增幅达50%#增幅达50%=50 percent growth exact",
        "股价上涨3.2%#上涨3.2%=3.2 percent growth exact",
        "股价暴跌20%#暴跌20%=-20 percent decline exact",
        "费用缩减了一成#缩减了一成=-10 percent decline exact",
        "转化率提高到25%#25%=25 percent rate exact",
        "降价30%后#30%=30 percent - exact",
        "增速放缓至5%#5%=5 percent growth exact",
        "百分之五十的员工#百分之五十=50 percent - exact",
        "百分之二点五#百分之二点五=2.5 percent - exact",
        "近九成受访者#九成=90 percent - approximate",
        "超过半数的用户#",
        "不到5%的企业#5%=5 percent - less_than",
        "约60%的收入#60%=60 percent - approximate",
        "30%以上的份额#30%=30 percent - at_least",
        "10%左右的增长#10%=10 percent - approximate",
        "全年营收增长了30%，利润下降了10%#增长了30%=30 percent growth exact | 下降了10%=-10 percent decline exact",
        "用户数突破1亿#1亿=100000000 count users at_least",
        "日活用户达5000万#5000万=50000000 count daily_active_users exact",
        "DAU超过2000万#2000万=20000000 count daily_active_users at_least",
        "下载量超过1000万#1000万=10000000 count downloads at_least",
        "注册用户3亿#3亿=300000000 count users exact",
        "月活跃用户数为8亿#8亿=800000000 count monthly_active_users exact",
        "拥有5000万用户#5000万=50000000 count users exact",
        "上亿用户#上亿=100000000 count users at_least[100000000,]",
        "几百万用户#几百万= count users approximate[1000000,10000000]",
        "3个月后#",
        "5个小时#",
        "1000名员工#1000名=1000 count people exact",
        "员工3万人#3万人=30000 count people exact",
        "300家企业#300家=300 count companies exact",
        "20多家公司#20多家=20 count companies more_than[20,30]",
        "上百家供应商#上百家=100 count companies at_least[100,]",
        "发布了15款产品#15款=15 count count exact",
        "部署了1万张GPU#1万张=10000 count gpus exact",
        "采购10万颗芯片#10万颗=100000 count chips exact",
        "召开了12场发布会#12场=12 count count exact",
        "发表了200篇论文#200篇=200 count count exact",
        "开发者超过500万#500万=5000000 count developers at_least",
        "参数量达到700亿#700亿=70000000000 parameters parameters exact",
        "70亿参数#70亿参数=7000000000 parameters parameters exact",
        "1750亿参数的GPT-3#1750亿参数=175000000000 parameters parameters exact",
        "千亿级参数#千亿=100000000000 parameters parameters exact",
        "6B参数版本#6B参数=6000000000 parameters parameters exact",
        "速度提升了10倍#10倍=10 multiple growth exact",
        "成本降低了一半#",
        "性能是上一代的3倍#3倍=3 multiple ratio exact",
        "提升1.5倍#1.5倍=1.5 multiple growth exact",
        "数倍的增长#",
        "翻了两倍#两倍=2 multiple ratio exact",
        "第二名#",
        "第5款#",
        "2023年第三季度#",
        "下午3点#",
        "2.0版本#",
        "GPT-4的参数#",
        "Qwen2.5发布#",
        "Llama 3成为#",
        "三成为#",
        "老三成立了公司#",
        "一成不变#",
        "两家公司#",
        "一个模型#",
        "六大板块#",
        "四分之三的用户#四分之三=75 percent - exact",
        "三分之一#三分之一=33.3333 percent - exact",
        "2350亿#",
        "AI模型达到300个#300个=300 count models exact",
        "公司有3亿现金#",
        "营收3亿#",
    })
    void findsMetrics(String text, String expected) {
        assertEquals(expected == null ? "" : expected, metrics(text));
    }

    @Test
    void worksWithoutMoneyExtractorAndSkipsMoneyItself() {
        List<MetricMention> found = new MetricExtractor().extract(ExtractionContext.of("营收30亿美元，增长20%"));
        assertEquals(1, found.size());
        assertEquals(MetricUnit.PERCENT, found.get(0).unit());
    }

    @Test
    void fullWidthPercentAndSpacedPercent() {
        assertEquals("17％=17 percent share exact", metrics("占比17％"));
        assertEquals("17 %=17 percent share exact", metrics("占比17 %"));
    }

    @Test
    void levelAfterFallIsNotNegative() {
        assertEquals("五成=50 percent share approximate", metrics("份額降到了五成左右"));
        assertEquals("156款=156 count count exact", metrics("減少至156款"));
    }

    @Test
    void activeUserNounsWithCountSuffix() {
        assertEquals("2亿=200000000 count weekly_active_users at_least", metrics("这款应用每周活跃用户数已经超过了2亿"));
        assertEquals("900万=9000000 count daily_active_users exact", metrics("日活跃用户數為900萬".replace("萬", "万")));
    }

    @Test
    void randomTextKeepsEveryInvariantWithoutMoney() {
        assertTrue(ConsistencyKit.random().documents(1000).seed(7).check(
                Pipeline.builder().extractor(new MetricExtractor()).build()) > 0);
    }
}
