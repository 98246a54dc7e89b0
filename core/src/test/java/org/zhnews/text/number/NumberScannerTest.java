package org.zhnews.text.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberScannerTest {

    /** Describes matches as "surface=form:value[min,max]" for compact assertions. */
    private static String describe(String text) {
        return NumberScanner.scan(text).stream().map(m -> text.substring(m.start(), m.end()) + "="
                + m.form().name().toLowerCase() + ":" + m.value().map(BigDecimal::toPlainString).orElse("")
                + (m.min().isPresent() || m.max().isPresent()
                        ? "[" + m.min().map(BigDecimal::toPlainString).orElse("") + ","
                        + m.max().map(BigDecimal::toPlainString).orElse("") + "]" : "")
                + (m.fraction() == NumberMatch.Fraction.NONE ? "" : "/" + m.fraction().name().toLowerCase()))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "投资540亿美元|540亿=exact:54000000000",
        "营收达到7912.8万元|7912.8万=exact:79128000",
        "共有二十五万人|二十五万=exact:250000",
        "100多亿美元|100多亿=more_than:10000000000[10000000000,20000000000]",
        "50余个业务|50余=more_than:50[50,60]",
        "3000多欧元|3000多=more_than:3000[3000,4000]",
        "十多家公司|十多=more_than:10[10,20]",
        "数十亿美元|数十亿=vague:[1000000000,10000000000]",
        "几百万用户|几百万=vague:[1000000,10000000]",
        "上万人|上万=at_least:10000[10000,]",
        "上百家|上百=at_least:100[100,]",
        "融资3-5亿元|3-5亿=range:[300000000,500000000]",
        "3至5亿元|3至5亿=range:[300000000,500000000]",
        "3~5万|3~5万=range:[30000,50000]",
        "三四十人|三四十=range:[30,40]",
        "七八个|七八=range:[7,8]",
        "百分之三十|百分之三十=exact:30/percent",
        "千分之五|千分之五=exact:5/permille",
        "1.5 billion dollars|1.5 billion=exact:1500000000",
        "参数30B|30B=exact:30000000000",
        "10k stars|10k=exact:10000",
        "超千亿美元|千亿=exact:100000000000",
        "1,000台|1,000=exact:1000",
        "2350億個參數|2350億=exact:235000000000",
        "3.6兆元|3.6兆=exact:3600000000000",
        "按每百万4元计费|百万=exact:1000000 4=exact:4",
        "每千2元|2=exact:2",
        "3万4千元|3万4千=exact:34000"})
    void finds(String text, String expected) {
        assertEquals(expected, describe(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Qwen2.5-Max发布|",
        "GPT-4o和o1|",
        "iOS26|",
        "Qwen3-235B-A22B|",
        "5G网络|",
        "DeepSeek-R1|"})
    void skipsNumbersInNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, describe(text));
    }

    @Test
    void findsSeveralInOrder() {
        assertEquals("316億=exact:31600000000 211億=exact:21100000000", describe("316億和211億美元"));
        assertEquals("2024=exact:2024 11=exact:11 24=exact:24", describe("2024年11月24日"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "營收四七五億美元|四七五億=exact:47500000000",
        "资本支出一二○八亿元|一二○八亿=exact:120800000000",
        "市值新台幣二兆三四五六億元|二兆三四五六億=exact:2345600000000",
        "预算九五亿|九五亿=exact:9500000000",
        "二○二四年成立|二○二四=exact:2024",
        "三四万人|三四万=range:[30000,40000]",
        "三五亿元|三五亿=range:[300000000,500000000]"})
    void readsDigitsOneByOneBeforeAUnit(String text, String expected) {
        assertEquals(expected, describe(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "十一五亿|",
        "一千二三百万|",
        "两两|"})
    void neverReadsTheTailOfAFailedNumber(String text, String expected) {
        assertEquals(expected == null ? "" : expected, describe(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "营收1200 多亿元|1200 多亿=more_than:120000000000[120000000000,130000000000]",
        "融资300 亿元|300 亿=exact:30000000000",
        "共50 余家|50 余=more_than:50[50,60]",
        "35亿2000万元|35亿2000万=exact:3520000000",
        "8万3000令吉|8万3000=exact:83000",
        "1亿零500万|1亿零500万=exact:105000000",
        "共 5 款产品|5=exact:5"})
    void readsSpacedUnitsAndMixedUnits(String text, String expected) {
        assertEquals(expected, describe(text));
    }

    @Test
    void longRunsStayLinear() {
        String s = "亿".repeat(200_000) + "多".repeat(200_000) + "1,".repeat(100_000) + "(".repeat(100_000);
        List<NumberMatch> m = NumberScanner.scan(s);
        assertTrue(m.size() < s.length());
        assertEquals(Optional.empty(), NumberScanner.scan("多多多").stream().findFirst().map(NumberMatch::value));
    }
}
