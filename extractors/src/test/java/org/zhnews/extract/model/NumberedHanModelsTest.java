package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Han name with a number version glued to it right before a model word, model kinds and
 * domains between ({@code 发布天枢2.0大模型}, {@code 万兴天幕2.0音视频多媒体大模型}); a name may open
 * with a numeral when no counting character follows it ({@code 万兴}); a describing word with a
 * size ({@code 新一代3B大模型}) or a count ({@code 三款大模型}) is no name. Sentences written for
 * these tests.
 */
class NumberedHanModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            星澜科技今日发布天枢2.0大模型，面向金融客户。   | 天枢2.0=天枢/2.0/-@?
            公司发布万兴天幕2.0音视频多媒体大模型。          | 万兴天幕2.0=万兴天幕/2.0/-@?
            团队推出鹿鸣3医疗大模型，已进入试点医院。        | 鹿鸣3=鹿鸣/3/-@?
            """)
    void aHanNameWithItsVersionBeforeAModelWord(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司推出新一代3B大模型。
            公司今年推出三款大模型。
            2025年大模型市场规模继续扩大。
            """)
    void sizesCountsAndYearsBeforeAModelWordAreNoNames(String text) {
        assertEquals("", models(text));
    }
}
