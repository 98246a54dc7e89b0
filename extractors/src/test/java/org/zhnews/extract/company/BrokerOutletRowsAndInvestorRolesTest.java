package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Knowledge-base rows for a Hong Kong broker, a Hong Kong news site and a recruitment brand; a
 * word-like alias right before an investor's role verb; a firm's name word that holds a boundary
 * character (美的). Invented sentences.
 */
class BrokerOutletRowsAndInvestorRolesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            綜合富途及耀才數據，孖展認購額約23億港元。     | 富途=futu 耀才=bright-smart
            （星島頭條報道）本港一家初創公司完成融資。      | 星島頭條=sing-tao
            脉脉高聘发布的报告显示，算法工程师月薪上涨。    | 脉脉高聘=maimai
            本轮由杭州资本领投，老股东继续加注。            | 杭州资本=hangzhou-capital
            本轮由美的资本领投。                            | 美的资本=open:美的资本
            """)
    void findsTheRowsAndTheRoles(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
