package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * A name ending in a line of business that opens a sentence, a line or a clause after a short
 * opener, before a reporting verb (time words between), a title held in it, a word of its
 * founding or worth ({@code 成立于}, {@code 是一家}, {@code 估值}) or an exchange it lists on
 * ({@code 在港交所}), is a company
 * ({@code 星澜科技今日发布}, {@code 据悉，星澜科技日前宣布}, {@code 星澜科技创始人}); a preposition
 * opens no name ({@code 根据}, {@code 按照}), a generic core makes none ({@code 金融科技发布}), and
 * the rule needs the sentence's opening ({@code 他说星澜科技发布} stays without it). Invented
 * sentences.
 */
class SentenceSubjectNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            星澜科技发布新一代多模态大模型。 | 星澜科技=open:星澜科技
            首先是市场。星澜科技今天宣布完成B轮融资。 | 星澜科技=open:星澜科技
            据悉，星澜科技日前宣布完成B轮融资。 | 星澜科技=open:星澜科技
            【本报讯】星澜智能近日推出工业质检方案。 | 星澜智能=open:星澜智能
            星澜科技创始人兼CEO张明远表示，公司将扩大研发团队。 | 星澜科技=open:星澜科技
            星澜智能CEO王一帆说，新品将于年底推出。 | 星澜智能=open:星澜智能
            星澜科技今日在港交所主板挂牌上市。 | 星澜科技=open:星澜科技 港交所=hkex
            本轮融资后，星澜科技估值超过10亿美元。 | 星澜科技=open:星澜科技
            据了解，星澜科技成立于2019年，总部位于杭州。 | 星澜科技=open:星澜科技
            星澜科技是一家专注于工业AI的公司。 | 星澜科技=open:星澜科技
            预计公司全年净利润在5亿元左右。 |
            数字科技在城市治理中发挥作用。 |
            金融科技发布了新的监管框架。 |
            人工智能科技发布会今日在杭州举行。 |
            根据星澜云公布的数据，用户数翻了一番。 |
            他说星澜科技发布了新品。 |
            """)
    void aLineOfBusinessNameOpeningASentence(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }
}
