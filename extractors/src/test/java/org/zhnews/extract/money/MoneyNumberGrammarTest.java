package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Amounts of money written with the number forms the shared number grammar reads (digits one by
 * one before a unit, a space before the unit or 多, mixed units), through the default pipeline.
 * Each currency is named, so no case depends on how a bare 元 is resolved.
 */
class MoneyNumberGrammarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "去年營收四七五億美元，創下新高|四七五億美元=47500000000 USD exact",
        "全年资本支出一二○八亿美元|一二○八亿美元=120800000000 USD exact",
        "市值升至新台幣二兆三四五六億元|新台幣二兆三四五六億元=2345600000000 TWD exact",
        "估值七五億美元|七五億美元=7500000000 USD exact",
        "营收约1200 多亿人民币|1200 多亿人民币=120000000000 CNY more_than[120000000000,130000000000]",
        "募资300 亿美元|300 亿美元=30000000000 USD exact",
        "营收人民币35亿2000万元|人民币35亿2000万元=3520000000 CNY exact",
        "投资8万3000令吉|8万3000令吉=83000 MYR exact",
        "负债人民币1亿零500万元|人民币1亿零500万元=105000000 CNY exact",
        "十一五亿美元的计划|",
        "一千二三百万美元|"})
    void readsTheNumberForms(String text, String expected) {
        Document doc = ZhNews.pipeline().analyze(text);
        ConsistencyKit.checkDocument(doc);
        assertEquals(expected == null ? "" : expected, MoneyCasesTest.describe(doc.money()), text);
    }
}
