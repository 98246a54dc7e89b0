package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows added to the knowledge base for funding, IPO and Hong Kong and Taiwan tech news: a
 * Haidian state investor, a Shanghai state-backed fund manager, a broker's investment bank, a
 * corporate venture fund, a logistics arm, recruiters, a Taiwan job bank and a Hong Kong tech
 * magazine; and a shared word among their names (电脑广场) that stays a word without context. Sentences written for these tests.
 */
class AddedFundsBrokersAndOutletsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮由中关村科学城公司领投，国和投资跟投。               | 中关村科学城公司=zgc-science-city 国和投资=guohe-capital
            华泰联合证券担任本次发行的保荐机构。                     | 华泰联合证券=huatai-united
            美的集团旗下安得智联递交港股上市申请。                   | 美的集团=midea 安得智联=annto
            科锐国际与Hays均上调了招聘需求预测。                     | 科锐国际=career-international Hays=hays
            根據104資訊科技的調查，世界先進積體電路調高工程師薪資。 | 104資訊科技=104-corporation 世界先進積體電路=vis
            一零四公布營收，台智雲也有新消息。                       | 一零四=104-corporation 台智雲=taiwan-ai-cloud
            KDDI Open Innovation Fund与Mavcap参与本轮融资。          | KDDI Open Innovation Fund=kddi-open-innovation-fund Mavcap=mavcap
            據PCM電腦廣場報導，華碩推出新筆電。                     | PCM電腦廣場=pcm-hk 華碩=asus
            """)
    void linksTheNewRows(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "他周末去电脑广场买了一块硬盘。",
    })
    void sharedWordsStayWords(String text) {
        assertEquals("", OutletsAndIndustryTest.companies(text));
    }
}
