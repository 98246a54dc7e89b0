package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * A listing board before a stock code is no name; a lone 和 as a name's second character does
 * not cut it; a country right before a Latin list item stays out of its name; an analyst's
 * rating verb after a word-like alias, or a credit in brackets after a sentence's end, makes it
 * the company; a known name ending inside an unknown name's ending (思科 in 霈思科技) is none.
 * Invented sentences.
 */
class NamesBesideBoardsCountriesAndRatingsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            彧川科技今日起招股，拟登陆港交所主板（股份代号：2799）。 | 港交所=hkex
            公司计划在深交所创业板（股票代码：301999）上市。         | 深交所=szse
            """)
    void aListingBoardBeforeAStockCodeIsNoName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            企业级智能体平台瑄和智能已完成6亿元B轮融资。 | 瑄和智能=open:瑄和智能
            本轮由协和资本和启明创投领投。               | 协和资本=open:协和资本 启明创投=qiming
            本轮由腾讯和红杉中国领投。                   | 腾讯=tencent 红杉中国=hongshan
            """)
    void aLoneHeAfterOneCharacterIsPartOfTheName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            投资方还包括日本的Sony Innovation Fund与美国Birch Lane Capital。 | Sony Innovation Fund=sony-innovation-fund Birch Lane Capital=open:birchlanecapital
            """)
    void aCountryBeforeALatinListItemIsNoPartOfIt(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            快手股价高开4%，花旗给予目标价90港元，评级买入。 | 快手=kuaishou 花旗=citi
            恒指今天收高，科技股领涨。（明报）               | 明报=ming-pao
            """)
    void aRatingVerbOrACreditInBracketsNamesAWordLikeAlias(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本港金融科技初创公司霈川科技宣布完成融资。 | 霈川科技=open:霈川科技
            初创公司霈思科技宣布完成融资。             | 霈思科技=open:霈思科技
            思科技术支持团队表示将延长服务。           | 思科=cisco
            """)
    void aKnownNameAcrossAnUnknownNamesEndingIsNoName(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
