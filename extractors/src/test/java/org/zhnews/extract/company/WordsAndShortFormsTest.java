package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Invented sentences: known names used as plain words (a horse, a verb, a question) are no
 * companies; a verb before a group word makes no group name ({@code 负责集团}); a list item stops
 * before a verb of partnership; a brand right before a product code is the company
 * ({@code 苹果A19}); a known name with its institution word spelled out ({@code 投资银行} for
 * {@code 投行}) is that company, not a shorter name inside it.
 */
class WordsAndShortFormsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            牧场里几匹宝马良驹正在吃草。                       | ''
            骑手们骑着宝马冲过终点。                           | ''
            一群野马在戈壁上奔驰而过。                         | ''
            列车奔驰在雪原上。                                 | ''
            她回头问儿子：“饿了么？”                           | ''
            新任总监将负责集团的数据业务。                     | ''
            他曾带领集团走出困境。                             | ''
            该院已与仁和医院合作开展研究。                     | ''
            """)
    void wordsAreNoCompanies(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新机将搭载苹果M5芯片。                             | 苹果=apple
            分析师认为苹果A20处理器明年量产。                   | 苹果=apple
            宝马宣布在沈阳扩产。                               | 宝马=bmw
            奔驰宣布下调全年利润预期。                         | 奔驰=mercedes-benz
            大众投资银行维持买入评级。                         | 大众投资银行=public-ib
            大众投行维持买入评级。                             | 大众投行=public-ib
            """)
    void companiesStayCompanies(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他一口气吃了三个苹果。                             | ''
            苹果A级果每斤八元。                                 | ''
            """)
    void productCodesNeedACode(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
