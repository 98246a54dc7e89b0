package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.testkit.ConsistencyKit;

/**
 * A figure without a currency before a financing ({@code 完成2亿A轮融资}) is money in the article's
 * currency; the same figure before other words is not. Every sentence written for this test.
 */
class RoundAmountsTest {

    private static String money(String text) {
        Document doc = ZhNews.analyze(text);
        ConsistencyKit.checkDocument(doc);
        return RegionalMoneyTest.describe(doc.money());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        // a round and its financing noun after the figure
        "36氪获悉，机器人公司某某智能完成3亿B轮融资，由红杉中国领投。=>3亿=300000000 CNY region",
        "某某科技近日宣布获得5000万Pre-A+轮投资。=>5000万=50000000 CNY region",
        // the article's region decides the currency, in traditional text too
        "（中央社記者台北6日電）新創公司某某智能宣布完成2.5億A輪融資。=>2.5億=250000000 TWD region",
        "香港經濟日報消息，本地初創某某科技完成1.2億天使輪融資。=>1.2億=120000000 HKD region",
        // the noun alone
        "某某机器人今年已获3亿融资。=>3亿=300000000 CNY region",
        // a written currency is read as before
        "某某科技完成3亿元B轮融资。=>3亿元=300000000 CNY region",
        // other words after the noun, or no big unit: no money
        "平台的注册投资者已超过2万人。=>",
        "公司今年新增约2亿融资租赁业务。=>",
        "这家公司完成了第3轮融资。=>",
    })
    void aFigureBeforeAFinancingIsMoney(String text, String expected) {
        assertEquals(expected == null ? "" : expected, money(text));
    }
}
