package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * 和 may be a name's second character after the place a legal name opens with
 * ({@code 北京珺和智能科技有限公司}) or after a verb ({@code 转投}); 接连, 提供 and 打造 are no
 * names; a name with its Latin name in brackets before the verb of its funding
 * ({@code 烨辰数码（Yechen Digital）宣布完成}) and a name ending in a line of business with its Latin
 * name in brackets are companies, not when another bracket stands right before it
 * ({@code （EMS）商宏岸科技}); 医疗 is a line of business, 业务集团 a unit, 处理 and 协助 verbs, GMV a
 * measure. Invented sentences.
 */
class PlacedAndBracketedNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他已转投北京珺和智能科技有限公司出任首席科学家。 | 北京珺和智能科技有限公司=open:北京珺和智能科技
            他已转投珺和智能科技有限公司出任首席科学家。 | 珺和智能科技有限公司=open:珺和智能科技
            他加入了上海珺和科技有限公司。 | 上海珺和科技有限公司=open:上海珺和科技
            北京和上海的两家公司都参与了。 |
            """)
    void heMayBeTheSecondCharacterAfterAPlace(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            炜擎机器人（Weiqing Robotics）近日接连完成天使轮与A轮融资。 | 炜擎机器人=open:炜擎机器人 Weiqing Robotics=open:weiqingrobotics
            瑀行科技的主要业务是为车企提供智驾域控制器。 |
            """)
    void adverbsAndVerbsAreNoNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            烨辰数码（Yechen Digital）宣布完成A轮融资。 | 烨辰数码=open:烨辰数码
            专注AI客服方案的烨辰数码（Yechen Digital Sdn Bhd）宣布委任新总裁。 | 烨辰数码=open:烨辰数码
            电子制造服务（EMS）商宏岸科技公布业绩。 |
            """)
    void aNameWithItsLatinNameInBrackets(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            病理影像AI新创淼新智能医疗宣布完成A轮融资。 | 淼新智能医疗=open:淼新智能医疗
            联想集团的智能设备业务集团（IDG）收入增长11%。 | 联想集团=lenovo
            公司以自研大模型协助保险公司处理医疗索偿。 |
            商品交易总额（GMV）按年增长29%。 |
            """)
    void businessGroupsMeasuresAndVerbsAreNoNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }
}
