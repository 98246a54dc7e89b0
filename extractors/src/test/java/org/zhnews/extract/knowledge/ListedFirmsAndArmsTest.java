package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listed firms, investment arms, outlets and big non-tech firms of the knowledge base that
 * funding and market news names by short forms and nicknames (旭创, 沪电, 胜宏, 猪厂), read by the
 * default pipeline in invented sentences; and a poker hand that is no company (同花顺).
 */
class ListedFirmsAndArmsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            光模块板块走强，旭创和天孚通信领涨。                   | 旭创=innolight 天孚通信=tfc-optical
            PCB龙头沪电与胜宏的订单均有增长。                      | 沪电=wus-pcb 胜宏=victory-giant
            液冷厂商英维克公布新订单，江波龙股价上涨。             | 英维克=envicool 江波龙=longsys
            鹅厂与猪厂都上调了资本开支。                           | 鹅厂=tencent 猪厂=netease
            华泰国际与国泰君安国际担任联席保荐人。                 | 华泰国际=huatai-international 国泰君安国际=gtja-international
            本轮由周大福企业领投，阿里巴巴香港创业者基金跟投。     | 周大福企业=ctfe 阿里巴巴香港创业者基金=alibaba-entrepreneurs-fund
            基石投资者包括泰康人寿和新世界集团。                   | 泰康人寿=taikang 新世界集团=new-world-development
            台灣高鐵與國泰世華銀行導入客服系統。                   | 台灣高鐵=thsr 國泰世華銀行=cathay-united-bank
            本轮由玉山创投领投，SBI控股跟投。                      | 玉山创投=esun-venture SBI控股=sbi-holdings
            猿辅导推出学习机，同花顺股价上涨。                     | 猿辅导=yuanfudao 同花顺=tonghuashun
            """)
    void linksTheFirms(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "牌桌上他摸到一手同花顺，全场欢呼。",
            "他在全联会议上作了发言。",
    })
    void everydayWordsStayWords(String text) {
        assertEquals("", OutletsAndIndustryTest.companies(text));
    }
}
