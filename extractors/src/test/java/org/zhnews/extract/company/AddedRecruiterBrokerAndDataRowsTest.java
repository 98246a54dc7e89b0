package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Knowledge-base rows added for names that news quotes as sources, raters, clients and
 * investors: a job bank, a broker, research and app-data firms, a market-data group, outlets, a
 * corporate venture arm, a Singapore fund (matched with its exact case), cornerstone investors,
 * insurers, shipping lines, a smart-home unit, a consumer-data unit, a supermarket chain, a
 * state insurer's equity arm, a bank's venture arm, and aliases of Citi and AIA. Invented
 * sentences.
 */
class AddedRecruiterBrokerAndDataRowsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            智联招聘近日发布的调查显示，七成白领用过AI工具。 | 智联招聘=zhaopin
            东吴证券继续给予“买入”评级。 | 东吴证券=soochow-securities
            外資花旗環球維持「買進」評等，目標價上調至365元。 | 花旗環球=citi
            根據創市際市場研究顧問最新調查，八成網友用過聊天機器人。 | 創市際市場研究顧問=insightxplorer
            净利高于LSEG汇编的分析师预测。 | LSEG=lseg
            公司完成种子轮融资，台湾大哥大与NTT Docomo Ventures都有参与。 | 台湾大哥大=taiwan-mobile NTT Docomo Ventures=ntt-docomo-ventures
            该公司去年获Iterative约350万美元投资。 | Iterative=iterative
            该公司坚持iterative开发。 |
            中新经纬12月8日电 点点数据发布AI应用下载榜。 | 中新经纬=sinoecon 点点数据=diandian-data
            據ezone.hk報道，商湯今日推出新模型。 | ezone.hk=e-zone 商湯=sensetime
            客戶包括友邦香港及富衛（FWD）。 | 友邦香港=aia 富衛=fwd FWD=fwd
            太平船务（PIL）、日本邮船（NYK）也都出手。 | 太平船务=pil PIL=pil 日本邮船=nyk NYK=nyk
            基石投資者則有嘉實國際和Jane Street。 | 嘉實國際=harvest-global Jane Street=jane-street
            海康威视旗下萤石网络的用户数升至约2.3亿。 | 海康威视=hikvision 萤石网络=ezviz
            第一财经商业数据中心（CBNData）开展的问卷调查显示。 | 第一财经商业数据中心=cbndata CBNData=cbndata
            客户包括新加坡电信和职总平价合作社（NTUC FairPrice）。 | 新加坡电信=singtel 职总平价合作社=ntuc-fairprice NTUC FairPrice=ntuc-fairprice
            益普索（Ipsos）与JobStreet的调查显示。 | 益普索=ipsos Ipsos=ipsos JobStreet=jobstreet
            """)
    void findsTheAddedRows(String text, String expected) {
        assertEquals(expected == null ? "" : expected, CompanySpans.of(PIPELINE.analyze(text)));
    }
}
