package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Knowledge-base rows and aliases added for names that news cites as sources, investors, brokers
 * and clients: outlets' brands (证券时报·e公司, 新京报贝壳财经), data and research firms (集微咨询,
 * 烯牛数据, 胡润研究院, Tracxn), state and corporate funds (南山战新投, 无锡创投集团, 平安全球领航基金,
 * GenZero, 贝恩资本生命科学), brokers (元富證券, 丰隆研究), a trading house, a drug
 * maker, insurers, a water utility and a Web3 investor. Invented sentences.
 */
class AddedOutletBrokerAndFundRowsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            证券时报·e公司讯，这家公司今晚披露三季报。 | 证券时报·e公司=securities-times
            新京报贝壳财经记者从公司获悉，新品下月发布。 | 新京报贝壳财经=beijing-news
            集微咨询（JW Insights）的数据显示，出货量增长两成。 | 集微咨询=jw-insights JW Insights=jw-insights
            据烯牛数据统计，前十个月共有142起融资。 | 烯牛数据=xiniudata
            胡润研究院今日发布年度榜单。 | 胡润研究院=hurun
            据Tracxn数据，融资总额下降两成。 | Tracxn=tracxn
            南山战新投与无锡创投集团跟投。 | 南山战新投=nanshan-strategic-investment 无锡创投集团=wuxi-venture-group
            建银国际与平安全球领航基金参与本轮。 | 建银国际=ccb-international 平安全球领航基金=ping-an-global-voyager-fund
            本轮由GenZero领投，Animoca Brands跟投。 | GenZero=genzero Animoca Brands=animoca-brands
            美元基金贝恩资本生命科学（Bain Capital Life Sciences）参与本轮。 | 贝恩资本生命科学=bain-capital-life-sciences Bain Capital Life Sciences=bain-capital-life-sciences
            主辦承銷商為元富證券。 | 元富證券=masterlink-securities
            丰隆研究维持买入评级。 | 丰隆研究=hong-leong-ib
            日商住友商事與和黃醫藥跟投。 | 住友商事=sumitomo-corp 和黃醫藥=hutchmed
            客户包括英康保险和保诚（Prudential）。 | 英康保险=income-insurance 保诚=prudential Prudential=prudential
            英国水务（Wessex Water）营业额增加9.4%。 | Wessex Water=wessex-water
            产业投资人包括和硕与佳世達。 | 和硕=pegatron 佳世達=qisda
            日本的SBI投资也有参与。 | SBI投资=sbi-investment
            """)
    void findsTheAddedRows(String text, String expected) {
        assertEquals(expected == null ? "" : expected, CompanySpans.of(PIPELINE.analyze(text)));
    }
}
