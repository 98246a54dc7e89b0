package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Models named with a brand before them and found again without it, a shared company/model name
 * among other models, an assistant noun before a known assistant, a plain English word after a
 * model word, an open variant word after a space; and model names that are a pet's or a drink's
 * (one sense per document). Sentences written for these tests.
 */
class BrandedAndListedModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司正式发布“澄言·星河3”大模型，旗舰版星河3-Pro同步上线。          | 澄言·星河3=澄言·星河/3/-@? 星河3-Pro=澄言·星河/3/Pro@?
            黛蓝智能推出多语种大模型“黛蓝Nusa 2”，同时推出轻量版Nusa 2 Lite。 | 黛蓝Nusa 2=黛蓝Nusa/2/-@? Nusa 2 Lite=黛蓝Nusa/2/Lite@?
            公司发布新一代“岑川·潮5”系列模型，共三款。                         | 岑川·潮5=岑川·潮/5/-@?
            杭州曜衡智能今天发布自研多模态大模型家族“曜衡·岚3”，包括旗舰版岚3 Pro。 | 曜衡·岚3=曜衡·岚/3/-@? 岚3 Pro=曜衡·岚/3/Pro@?
            公司今天推出大模型“杳光 Nusa 2”，同时开源轻量版Nusa 2 Lite。     | 杳光 Nusa 2=杳光 Nusa/2/-@? Nusa 2 Lite=杳光 Nusa/2/Lite@?
            公司今天推出首个马来语、华语及英语三语大模型“沅语 Bahasa 1”，以及较小的沅语 Bahasa 1 Lite。 | 沅语 Bahasa 1=沅语 Bahasa/1/-@? 沅语 Bahasa 1 Lite=沅语 Bahasa/1/Lite@?
            公司同步推出语音模型「霁言·声」及WhatsApp助手「阿霁」。             | 霁言·声=霁言·声/-/-@? 阿霁=阿霁/-/-@?
            溆思主打反洗钱审查大模型「溆思·鉴」，客户包括多家银行。             | 溆思·鉴=溆思·鉴/-/-@?
            琬诺智药的核心平台“琬诺·衡”是一套面向小分子设计的生成式模型。     | 琬诺·衡=琬诺·衡/-/-@?
            公司发布粤语语音模型系列「琬聆 Voice 3」，包括可即时口译的琬聆 Voice 3 Live。 | 琬聆 Voice 3=琬聆 Voice/3/-@? 琬聆 Voice 3 Live=琬聆 Voice/3/Live@?
            """)
    void aBrandedNameIsOneFamilyAndItsNameAloneWithAVersionIsTheSame(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            用户规模方面，豆包以1.7亿月活居首，DeepSeek以1.4亿紧随其后，Kimi为4000万。 | 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek Kimi=Kimi/-/-@moonshot-ai
            企业最常用的是ChatGPT（45%），其次是DeepSeek（30%）、Microsoft Copilot（25%）。 | ChatGPT=ChatGPT/-/-@openai DeepSeek=DeepSeek/-/-@deepseek Microsoft Copilot=Copilot/-/-@microsoft
            中国大陆的DeepSeek使用率为6.2%。 | DeepSeek=DeepSeek/-/-@deepseek
            AI应用方面，字节跳动旗下豆包以1.86亿月活排在第一，DeepSeek以1.27亿紧随其后，Kimi为4,350万。 | 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek Kimi=Kimi/-/-@moonshot-ai
            AI助手中，豆包以1.7亿月活居首，DeepSeek以1.4亿紧随其后，Kimi为4000万。留存率方面，豆包为52%，DeepSeek为41%。 | 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek Kimi=Kimi/-/-@moonshot-ai 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek
            """)
    void aSharedNameAmongOtherVendorsModelsIsTheModel(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DeepSeek、智谱和月之暗面都发布了新模型，对标GPT-5和Claude。 | GPT-5=GPT/5/-@openai Claude=Claude/-/-@anthropic
            """)
    void aSharedNameBesideCompaniesStaysTheCompany(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            商汤旗下办公助手「小浣熊」用户数超过一千万。      | 小浣熊=Raccoon/-/-@sensetime
            公司同时发布音乐模型Music 2.5，可生成四分钟歌曲。 | Music 2.5=Music/2.5/-@?
            同时上线的C端助手“澄澄”已接入全部新模型。        | 澄澄=澄澄/-/-@?
            手机厂商把自有助手（如小艺、小布助手）推到系统级入口。 | 小艺=小艺/-/-@huawei 小布助手=Breeno/-/-@oppo
            """)
    void aModelWordBeforeNamesAnAssistantOrAPlainWordWithAVersion(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            美术馆展出克劳德·莫奈(Claude Monet)的作品。
            豆包、馒头和包子都是早餐。
            他在音乐课上学了Music 2这本教材。
            店里新推出“Kimi拿铁”和“Claude特调”，不少人工智能爱好者以为和AI有关。
            这家咖啡店的橘猫“Kimi”走红，常有人以为店里用了AI和大模型点餐，“Kimi”每天都在门口晒太阳。
            """)
    void aNamesakeOrAPlainWordIsNoModel(String text) {
        assertEquals("", models(text));
    }
}
