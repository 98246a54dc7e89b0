package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Words of firm names that hold a one-character boundary word ({@code 都市}, {@code 在线}),
 * funds named after a known manager ({@code 上海国投} + {@code …母基金}), and descriptions in
 * the places names stand ({@code 首款…芯}, {@code 中东主权基金}), in invented sentences.
 */
class NameWordsAndFundsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮由红杉中国领投，南宁都市圈产业基金跟投。             | 红杉中国=hongshan 南宁都市圈产业基金=open:南宁都市圈产业基金
            本轮由星河在线领投，淡马锡跟投。                         | 星河在线=open:星河在线 淡马锡=temasek
            本轮由蚂蚁集团领投，上海国投启航智能制造母基金跟投。      | 蚂蚁集团=ant-group 上海国投启航智能制造母基金=open:上海国投启航智能制造母基金
            """)
    void namesThatHoldABoundaryCharacterAndFundsOfAKnownManager(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司首款推理一体芯片已经量产。                           | ''
            认购方包括阿里巴巴、北欧主权基金和泰康人寿。              | 阿里巴巴=alibaba 泰康人寿=taikang
            本轮由红杉中国领投，腾讯旗下人工智能产业基金跟投。        | 红杉中国=hongshan 腾讯=tencent
            用户在线上下单后可以自提。                               | ''
            """)
    void descriptionsAreNoNames(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
