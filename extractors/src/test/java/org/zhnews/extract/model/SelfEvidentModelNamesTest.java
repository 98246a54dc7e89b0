package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Models no list holds whose own words are the evidence: a quoted name after a model word that
 * says what the model does, before one, holding 大模型, before a product noun after a naming word,
 * before an AI assistant noun, or before a release verb; Han names with a version after a model word or before 大模型.
 * Catchwords in quotes stay none. Sentences written for these tests.
 */
class SelfEvidentModelNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            募资将投向工业视觉大模型“鹰眼”迭代。               | 鹰眼=鹰眼/-/-@?
            他负责“灵枢大脑”多模态大模型的研发。              | 灵枢大脑=灵枢大脑/-/-@?
            一款名为“答题鹿”的学习助手冲进榜单前十。          | 答题鹿=答题鹿/-/-@?
            公司自研的“璇玑大模型3.5”已在政务平台落地。       | 璇玑大模型3.5=璇玑/3.5/-@?
            这家旅行平台的AI行程助手“问途”上线半年。          | 问途=问途/-/-@?
            语音识别模型Foo-ASR同步上线。                      | Foo-ASR=Foo/-/ASR@?
            其中，“听雨”智能助手的付费企业数达到800家。        | 听雨=听雨/-/-@?
            银行推出的“小满”AI客服每月处理百万次咨询。        | 小满=小满/-/-@?
            """)
    void aNameCarriesItsOwnEvidence(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            初创公司发布新一代基座模型望川2，比望川1.5快一倍。 | 望川2=望川/2/-@? 望川1.5=望川/1.5/-@?
            底层接入自研的鹿角大模型2.0和DeepSeek-V3.1。        | 鹿角大模型2.0=鹿角/2.0/-@? DeepSeek-V3.1=DeepSeek/V3.1/-@deepseek
            """)
    void aHanNameWithAVersionAfterAModelWord(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            视频大模型“内卷”加剧。
            “国产”大模型迎来爆发。
            公司发布模型参数3万亿。
            行业内的大模型2.0时代来了。
            这款模型训练了3轮。
            “一站式”服务平台和“双十一”智能音箱热卖。
            “张三”的私人助理今天离职。
            “双十一”智能机器人销量大涨。
            """)
    void catchwordsAndQuantitiesAreNoModels(String text) {
        assertEquals("", models(text));
    }
}
