package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.ExtractionContext;

/**
 * Two amounts joined by 至 or 到: a range of one quantity, or a change and the level it reaches;
 * every sentence written for this test.
 */
class MoneyRangesTest {

    private static final MoneyExtractor MONEY = new MoneyExtractor();

    private static String money(String text) {
        return MONEY.extract(ExtractionContext.of(text)).stream()
                .map(m -> m.text() + "=" + m.amount().map(BigDecimal::toPlainString)
                        .orElseGet(() -> "[" + m.min().orElseThrow().toPlainString() + ","
                                + m.max().orElseThrow().toPlainString() + "]")
                        + " " + m.currency())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // both ends are values of one quantity
        "这类课程每节收费150元至300元#150元至300元=[150,300] CNY",
        "门票售价约人民币800元到1200元#人民币800元到1200元=[800,1200] CNY",
        // the bare 元 of the second end takes the currency written before the first
        "（中央社記者台北3日電）這款手錶售價約新台幣9,000元至1萬2,000元#新台幣9,000元至1萬2,000元=[9000,12000] TWD",
        "星島日報消息，內地旅客在港消費人民幣500元至900元。#人民幣500元至900元=[500,900] CNY",
        // a verb of change before the first: the change, then the level reached
        "该股今日上涨3.5元至48.2元#3.5元=3.5 CNY | 48.2元=48.2 CNY",
        "会员年费下调了60元至540元#60元=60 CNY | 540元=540 CNY",
        "股价大跌约12元至88元#12元=12 CNY | 88元=88 CNY",
        // a forecast states the change as a range
        "公司预计全年净利润同比增加1.5亿元至2亿元#1.5亿元至2亿元=[150000000,200000000] CNY",
        "受成本影响，明年入门机型售价或上涨80元至200元#80元至200元=[80,200] CNY",
        // a closing word makes it a range whatever comes before
        "各门店月租增加500元至2000元不等#500元至2000元=[500,2000] CNY",
        // no range when the second is smaller, or the currencies differ
        "价格由500元降至300元#500元=500 CNY | 300元=300 CNY",
        "报价100美元至700元人民币#100美元=100 USD | 700元人民币=700 CNY",
    })
    void joinsOnlyValuesOfOneQuantity(String text, String expected) {
        assertEquals(expected, money(text), text);
    }
}
