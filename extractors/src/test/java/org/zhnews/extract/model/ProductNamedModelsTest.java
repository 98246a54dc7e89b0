package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Models no list holds, named by the product phrase before them (an assistant noun with a
 * qualifier, model kinds, a possessive a few characters back, a robot noun), by a version written
 * after {@code 大模型} or glued to a number, and found again on their own. Sentences written for
 * these tests.
 */
class ProductNamedModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司宣布旗下写作助手“笔灵”已接入新模型。                 | 笔灵=笔灵/-/-@?
            该行去年推出的英文客服助手“Kak Ani”服务了三十家企业。    | Kak Ani=Kak Ani/-/-@?
            其内置语音助手“小禾”可以听懂二十种方言。                 | 小禾=小禾/-/-@?
            公司自研的工业视觉大模型“鹰眸”已部署在两百条产线。       | 鹰眸=鹰眸/-/-@?
            其东南亚多语种客服模型“榴莲”已有三百家企业采用。         | 榴莲=榴莲/-/-@?
            这家银行计划把客服机器人“阿明”推广到海外。               | 阿明=阿明/-/-@?
            初创公司今天发表推理模型“天衡2”，成绩超过上一代。        | 天衡2=天衡/2/-@?
            """)
    void assistantsAndModelsNamedByTheirProductPhrase(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            董事长的私人助理“小周”负责安排行程。
            她在公司做行政助理“小陈”的工作。
            其中写作助手“笔灵”最受学生欢迎。
            这家店的人工客服“小李”今天休息。
            2025年被称为AI智能体“元年”。
            大模型“价格战”还在继续。
            """)
    void aPersonsAssistantOrASloganIsNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            火山引擎称，豆包大模型1.8上线后调用量翻倍。      | 豆包大模型1.8=Doubao/1.8/-@bytedance
            火山引擎今日发布豆包大模型 1.9，调用量翻倍。      | 豆包大模型 1.9=Doubao/1.9/-@bytedance
            这款个人智能体「天禧」已预装于两千万台设备。      | 天禧=天禧/-/-@lenovo
            数学测试得分与GPT-5 (high)只差两分。               | GPT-5 (high)=GPT/5/high@openai
            通义千问 (Qwen) 上线了新功能。                      | 通义千问=Qwen/-/-@alibaba Qwen=Qwen/-/-@alibaba
            智谱开源了GLM-4.5V，视觉理解更强。               | GLM-4.5V=GLM/4.5V/-@zhipu-ai
            识别准确率超过Whisper large-v3。                 | Whisper large-v3=Whisper/v3/large@openai
            """)
    void versionsAfterAModelWordOrGluedToANumber(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            豆包大模型10亿次调用只是开始。                   | 豆包=Doubao/-/-@bytedance
            他在Whisper这个词上停顿了一下。                  | 
            """)
    void aQuantityOrAnEverydayWordIsNoVersion(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            初创公司发布大模型Kestrel-2，希望Kestrel成为本地名片。 | Kestrel-2=Kestrel/2/-@? Kestrel=Kestrel/-/-@?
            公司发表推理模型“天衡2”，已有银行导入天衡，效果不错。  | 天衡2=天衡/2/-@? 天衡=天衡/-/-@?
            公司发表推理模型“天衡2”，天衡山风景很美。              | 天衡2=天衡/2/-@?
            初创公司发布大模型Kestrel-2，Kestrel Ridge是一座山。   | Kestrel-2=Kestrel/2/-@?
            初创公司鹿鸣AI发布语音大模型“鹿鸣V1”，鹿鸣AI也完成融资。 | 鹿鸣V1=鹿鸣/V1/-@?
            台湾新创发表大型语言模型“阿里山”系列。                 | 阿里山=阿里山/-/-@?
            """)
    void aFamilyReadOnceIsFoundAgainOnItsOwn(String text, String expected) {
        assertEquals(expected, models(text));
    }
}
