package org.zhnews.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0", "7|7", "42|42", "3.5|3.5", "1,000|1000", "12,345,678|12345678", "1,234.5|1234.5",
        "０１２|12", "２.５|2.5",
        "十|10", "十五|15", "二十|20", "二十五|25", "一百|100", "一百零五|105", "一千零一|1001",
        "两千|2000", "兩千|2000", "三千五百|3500", "九千九百九十九|9999",
        "万|10000", "一万|10000", "二十五万|250000", "一万二千|12000", "两万五|25000", "一千二|1200",
        "十万|100000", "一百万|1000000", "一千万|10000000", "千万|10000000", "一亿|100000000",
        "十亿|1000000000", "千亿|100000000000", "万亿|1000000000000", "一万亿|1000000000000",
        "3亿|300000000", "3.5亿|350000000", "7912.8万|79128000", "4197.6万|41976000",
        "1万2千|12000", "3亿5000万|350000000", "540亿|54000000000", "2350亿|235000000000",
        "316億|31600000000", "1.2万亿|1200000000000", "3.6兆|3600000000000", "1兆|1000000000000",
        "壹佰|100", "贰拾|20", "叁仟肆佰|3400", "伍万|50000", "陆|6", "柒拾捌|78", "玖亿|900000000",
        "三点五|3.5", "零点五|0.5", "十二点三四|12.34",
        "二百四十一點六億|24160000000", "十二點七五億|1275000000", "一百零三點二億|10320000000", "三十四点一万|341000",
        "二〇二五|2025", "一九九八|1998", "二〇|20",
        "100|100", "1.5万|15000", "0.5亿|50000000", "10万亿|10000000000000",
        "四七五亿|47500000000", "一二〇八亿|120800000000", "一二○八億|120800000000",
        "二兆三四五六亿|2345600000000", "七五亿|7500000000", "300 亿|30000000000",
        "35亿2000万|3520000000", "8万3000|83000", "1亿零500万|105000000"})
    void reads(String text, String expected) {
        assertEquals(new BigDecimal(expected), ChineseNumber.parse(text).orElseThrow(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "百度", "三四万", "1.2.3", "5点", "万物", "3亿美元", "十%", "三五亿", "3 千", "十点五千", "两万点五万", "二百点五十"})
    void refuses(String text) {
        assertTrue(ChineseNumber.parse(text).isEmpty(), text);
    }
}
