package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quoted name after a naming word (代号为) with 模型 earlier in its sentence is a model; an AI
 * assistant or AI customer-service noun names the quoted name after it a product when a price
 * follows the quotes (AI助理「堃宝」订阅费…, 智能客服“淼屿客服通”月费…; without one, AI助手“小智” stays
 * none); a maker's brand and a middle dot name its product in a text that speaks of AI, as they
 * do in one that speaks of models. Sentences written for these tests.
 */
class NamingWordsAndAssistantHeadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            暻行计划推出首个面向家庭服务的基础模型，内部代号为“Dunlin”。 | Dunlin=Dunlin/-/-@?
            企业用AI助理「堃宝」订阅费每人每月690元起。 | 堃宝=堃宝/-/-@?
            面向中小企业的智能客服“淼屿客服通”月费49元起。 | 淼屿客服通=淼屿客服通/-/-@?
            藜创主打贸易融资文件审核AI「藜创·审单」，客户包括多家银行。 | 藜创·审单=藜创·审单/-/-@?
            """)
    void namedOrHeadedByAnAssistantNoun(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这名特工的代号为“老鹰”。 |
            公司的口号为“星辰大海”，模型团队扩至百人。 |
            藜创的门店「藜创·南山」下月开业。 |
            """)
    void notWithoutTheirEvidence(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }
}
