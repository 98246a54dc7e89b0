package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Models of vendors no list holds, named as products: a quoted name after an AI assistant noun, an
 * assistant noun right after a release verb, a driving or an industry model, a quoted name after a model noun that stands in quotes again, a Latin name with
 * a spaced version listed with a known model after a comma, a Han name with a hyphened version
 * before a model word; and bare names with an everyday sense in a text that speaks of AI once
 * only, or before 团队; a fine-tune named after its base is one model. Sentences written for
 * these tests. A product code that is a known short form ends no quoted model name (a robot's
 * “栎行R3”); an assistant hired is a person.
 */
class ProductModelNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            市民可在通讯软件里使用聊天助理「阿岚」查询天气。             | 阿岚=阿岚/-/-@?
            该平台推出面向商家的AI营销助手“商言”，首月免费。             | 商言=商言/-/-@?
            募集资金将用于智驾大模型“远行”的研发。                      | 远行=远行/-/-@?
            其主打产品是筛查皮肤病的AI模型「肤鉴」。医生称「肤鉴」很准。   | 肤鉴=肤鉴/-/-@? 肤鉴=肤鉴/-/-@?
            该所同日在微信推出律师助理「律小安」，解答租房纠纷。          | 律小安=律小安/-/-@?
            券商同步推出的LINE助理「阿富」已开放试用。                   | 阿富=阿富/-/-@?
            研发费用主要投向公司的行业大模型“衡知”。                    | 衡知=衡知/-/-@?
            公司今天发布新一代通用大模型“青岚·砚5”，并推出砚5-Flash。   | 青岚·砚5=青岚·砚/5/-@? 砚5-Flash=青岚·砚/5/Flash@?
            在大模型之外，公司还上线了“岚律 1.0”，可生成歌曲。          | 岚律 1.0=岚律/1.0/-@?
            公司发布大模型「溪语 2」，同时推出轻量版「溪语 2 Lite」。   | 溪语 2=溪语/2/-@? 溪语 2 Lite=溪语/2/Lite@?
            """)
    void aQuotedNameAfterAnAssistantNounADrivingModelOrQuotedAgain(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            大模型“价格战”愈演愈烈，多家厂商降价。
            他的私人助理「小林」每天安排行程。
            行业进入AI模型“深水区”，竞争加剧。
            游戏引擎Unity 6今天发布。
            他们用语音识别引擎识别方言。
            公司主打仓储搬运机器人“栎行R3”，今年出货千台。
            律所聘请的律师助理「小周」负责整理卷宗。
            这家手机厂商今天推出了“畅享 8.5”，售价千元。
            """)
    void slogansPeopleAndOnceQuotedPhrasesNameNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新模型的成绩略胜研究院的ABCD V1，以及DeepSeek-V3。            | ABCD V1=ABCD/V1/-@? DeepSeek-V3=DeepSeek/V3/-@deepseek
            公司的核心产品是语音识别引擎Tingyu-ASR 2。                    | Tingyu-ASR 2=Tingyu/2/ASR@?
            """)
    void aLatinNameWithAVersionListedAfterACommaAndALinkWord(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            助手背后是公司自研的明溪-R2推理模型，简单任务调用明溪-R2-Lite。 | 明溪-R2=明溪/R2/-@? 明溪-R2-Lite=明溪/R2/Lite@?
            DeepSeek-R2推理模型今天上线。                                  | DeepSeek-R2=DeepSeek/R2/-@deepseek
            """)
    void aHanNameWithAHyphenedVersionBeforeAModelWord(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新模型胜过官方推动的Llama-3.1-TAIDE-LX-8B。          | Llama-3.1-TAIDE-LX-8B=TAIDE/-/LX-8B@nstc-taiwan
            在大模型评测中，成绩略高于在地团队微调的Llama-Breeze2-8B。 | Llama-Breeze2-8B=Breeze/2/8B@mediatek
            榜单前三是Qwen3、GPT-4o-mini和GLM-4.5。             | Qwen3=Qwen/3/-@alibaba GPT-4o-mini=GPT/4o/mini@openai GLM-4.5=GLM/4.5/-@zhipu-ai
            """)
    void aFineTuneNamedAfterItsBaseIsOneModel(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            农场养了两只叫「Gemini」和「Claude」的羊驼。网友说它们比AI还有个性。
            他又养了一只Llama，很怕生。游客说它比AI还聪明。
            月之暗面从字节跳动Seed团队挖来一位大模型负责人，负责模型训练。
            """)
    void everydayNamesWithoutAnAiTopicAndTeamsNameNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            谷歌发布Gemini，这款大模型支持多模态输入。                    | Gemini=Gemini/-/-@google
            """)
    void anEverydayNameInATextAboutAiIsStillAModel(String text, String expected) {
        assertEquals(expected, models(text));
    }
}
