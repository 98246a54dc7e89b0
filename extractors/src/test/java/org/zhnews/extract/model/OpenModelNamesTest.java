package org.zhnews.extract.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.ModelMention;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open part of model reading over the bundled knowledge base: unknown members of known
 * families, new lines, unknown families from strong evidence, and the traps that must stay
 * no model. Sentences written for these tests.
 */
class OpenModelNamesTest {

    private static final ModelExtractor EXTRACTOR = ModelExtractor.standard();

    /** "surface=family/version/variant@vendor" for each model found, "" for none. */
    static String models(String text) {
        return found(text).stream().map(m -> m.span().text() + "=" + m.model().family()
                        + "/" + m.model().version().orElse("-") + "/" + m.model().variant().orElse("-")
                        + "@" + m.model().vendor().orElse("?"))
                .collect(Collectors.joining(" "));
    }

    private static List<ModelMention> found(String text) {
        return EXTRACTOR.extract(ExtractionContext.of(text)).stream().map(m -> (ModelMention) m).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            阿里开源了Qwen3-Zero。                     | Qwen3-Zero=Qwen/3/Zero@alibaba
            智谱推出轻量版GLM-4.5-Air。                | GLM-4.5-Air=GLM/4.5/Air@zhipu-ai
            Qwen3-30B-A3B-Thinking-2507登顶榜单。       | Qwen3-30B-A3B-Thinking-2507=Qwen/3/30B-A3B-Thinking-2507@alibaba
            Gemini 2.5 Flash-Lite价格更低。             | Gemini 2.5 Flash-Lite=Gemini/2.5/Flash-Lite@google
            OpenAI的o4-mini-high更便宜。               | o4-mini-high=o/4/mini-high@openai
            开发者常用Qwen3-Coder-480B-A35B写代码。     | Qwen3-Coder-480B-A35B=Qwen/3/Coder-480B-A35B@alibaba
            Qwen2.5-VL和Qwen2.5-Omni同时上线。          | Qwen2.5-VL=Qwen/2.5/VL@alibaba Qwen2.5-Omni=Qwen/2.5/Omni@alibaba
            混元Turbo和Gemini 2.5 Flash都在列。         | 混元Turbo=Hunyuan/-/Turbo@tencent Gemini 2.5 Flash=Gemini/2.5/Flash@google
            这台手机装着GPT-4o Pro Max版本。            | GPT-4o Pro Max=GPT/4o/Pro Max@openai
            DeepSeek-R1-0528修复了幻觉。               | DeepSeek-R1-0528=DeepSeek/R1/0528@deepseek
            昆仑万维发布Skywork-R1V3。                  | Skywork-R1V3=Skywork/R1V3/-@kunlun-tech
            面壁智能上线多模态版本MiniCPM-V 5.0。         | MiniCPM-V 5.0=MiniCPM/5.0/V@modelbest
            DeepSeek开源了视觉模型DeepSeek-VL2。          | DeepSeek-VL2=DeepSeek/VL2/-@deepseek
            """)
    void openVariantsOfKnownFamilies(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            月之暗面这次发布的是Kimi VL。                | Kimi VL=Kimi/-/VL@moonshot-ai
            新版Qwen3 Coder擅长改代码。                 | Qwen3 Coder=Qwen/3/Coder@alibaba
            智谱把GLM 4.5放到了开源社区。               | GLM 4.5=GLM/4.5/-@zhipu-ai
            """)
    void namesWrittenWithASpace(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            评测选了Qwen3、GLM-4.5和K2三款开源模型。       | Qwen3=Qwen/3/-@alibaba GLM-4.5=GLM/4.5/-@zhipu-ai K2=Kimi/K2/-@moonshot-ai
            排名第一的是o3，Claude Opus 4和Gemini 2.5 Pro紧随其后。 | o3=o/3/-@openai Claude Opus 4=Claude/4/Opus@anthropic Gemini 2.5 Pro=Gemini/2.5/Pro@google
            有网友说R1推理太慢，改用V3以后顺畅多了。   | R1=DeepSeek/R1/-@deepseek V3=DeepSeek/V3/-@deepseek
            """)
    void shortFormsProvedByTheirSentence(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            火山引擎上线了豆包·语音合成模型。            | 豆包·语音合成=Doubao/-/语音合成@bytedance
            字节跳动发布Seedance 1.0 Pro。               | Seedance 1.0 Pro=Seedance/1.0/Pro@bytedance
            生数科技更新了Vidu Q1。                      | Vidu Q1=Vidu/Q1/-@shengshu
            MiniMax发布语音模型Speech-02。               | Speech-02=Speech/02/-@minimax
            MiniMax同时推出音乐模型Music-01。            | Music-01=Music/01/-@minimax
            快手发布可灵2.1。                            | 可灵2.1=Kling/2.1/-@kuaishou
            阶跃星辰开源了Step-3-32B。                   | Step-3-32B=Step/3/32B@stepfun
            社区里Yi-34B的下载量最高。                   | Yi-34B=Yi/-/34B@01-ai
            """)
    void newLinesAndCommonWordFamiliesWithEvidence(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某实验室开源了XYZ-7B模型。                          | XYZ-7B=XYZ/-/7B@?
            阶跃星辰今天正式发布Orion-2-32B。                   | Orion-2-32B=Orion/2/32B@stepfun
            智谱发布新一代视觉模型Lumen-2。                     | Lumen-2=Lumen/2/-@zhipu-ai
            百度推出Corvo大模型。                               | Corvo=Corvo/-/-@baidu
            腾讯发布Nimbus-3并开源了这款模型。                | Nimbus-3=Nimbus/3/-@tencent
            青枫智能发布了一款工业视觉大模型“灵瞳”。            | 灵瞳=灵瞳/-/-@?
            团队基于Llama训练了名为“知微”的大模型。             | Llama=Llama/-/-@meta 知微=知微/-/-@?
            榜单前三是Qwen3、Zephyr-2和GLM-4.5。               | Qwen3=Qwen/3/-@alibaba Zephyr-2=Zephyr/2/-@? GLM-4.5=GLM/4.5/-@zhipu-ai
            """)
    void unknownFamiliesFromStrongEvidence(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司旗下AI助手“小新”月活用户突破200万。                 | 小新=小新/-/-@?
            京东推出电商智能体“京小智”，商家可以用它自动回复顾客。   | 京小智=京小智/-/-@jd
            这家银行上线客服机器人“小浦”，可以全天回答问题。         | 小浦=小浦/-/-@?
            公司宣布其对话助手“问问”已接入新模型。                   | 问问=问问/-/-@?
            粤港科技今天发布聊天应用“倾谈”。                         | 倾谈=倾谈/-/-@?
            华为推出人工智能助手Lumi，回答问题更快。                 | Lumi=Lumi/-/-@huawei
            一家连锁咖啡品牌推出AI点单助手“小杯”。                   | 小杯=小杯/-/-@?
            该公司自研的AI客服“小智”已服务上万名顾客。               | 小智=小智/-/-@?
            """)
    void assistantsAndAgentsNamedInApposition(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他的助手“小王”负责日程安排。
            2025年被称为AI智能体“元年”。
            其中AI助手“小智”最受欢迎。
            公司推出新一代AI眼镜“灵犀”，售价2999元。
            运营商推出5G套餐“畅享”，每月99元。
            行业人士把这类产品称为手机助手“管家”。
            新开的营业厅推出人工客服“小李”。
            在AI时代的新助手“阿福”面前，他有些不知所措。
            """)
    void productNounsWithoutTheirEvidenceNameNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            初创公司云岫科技发布了名为“青鸾”的多模态大模型，随后开源了青鸾-2-Mini。 | 青鸾=青鸾/-/-@? 青鸾-2-Mini=青鸾/2/Mini@?
            研究团队发布了代码大模型“墨笔”(MoBi)，并开源MoBi-7B。                  | 墨笔=墨笔/-/-@? MoBi=墨笔/-/-@? MoBi-7B=墨笔/-/7B@?
            这款名为“Orion-2”的推理大模型由星海智能开源。                          | Orion-2=Orion/2/-@?
            百度发布代号为“天枢”的新一代模型。                                     | 天枢=天枢/-/-@baidu
            某实验室发布方言大模型“闽语-1”(MinYu-1)。                              | 闽语-1=闽语/1/-@? MinYu-1=闽语/1/-@?
            """)
    void aQuotedFamilyKeepsItsVersionsAndOtherNames(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MiniMax发布MiniMax-M3，M3-Air同步开源。          | MiniMax-M3=MiniMax/M3/-@minimax M3-Air=MiniMax/M3/Air@minimax
            智谱发布GLM-Z2，比前代Z1快一倍。                 | GLM-Z2=GLM/Z2/-@zhipu-ai Z1=GLM/Z1/-@zhipu-ai
            智谱发布GLM-Z2，Z1和Z0系列停止更新。             | GLM-Z2=GLM/Z2/-@zhipu-ai
            生数科技发布Vidu Q1，公司Q1营收同比增长50%。     | Vidu Q1=Vidu/Q1/-@shengshu
            月之暗面发布Kimi X2，宝马X2也换了新内饰。        | Kimi X2=Kimi/X2/-@moonshot-ai
            """)
    void aVersionReadWithItsFamilyCountsWhereItStandsAlone(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OpenAI宣布ChatGPT Plus用户可以使用GPT-5。       | ChatGPT=ChatGPT/-/-@openai GPT-5=GPT/5/-@openai
            微软把Copilot Pro的价格下调至每月10美元。        | Copilot=Copilot/-/-@microsoft
            谷歌发布Gemini 3 Pro。                           | Gemini 3 Pro=Gemini/3/Pro@google
            AI Singapore发布SEA-LION-v5-70B-R。              | SEA-LION-v5-70B-R=SEA-LION/v5/70B-R@ai-singapore
            """)
    void plansAreNoVariantsAndALetterAfterASizeIsOne(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MiniMax则上线了语音模型Speech-03。               | Speech-03=Speech/03/-@minimax
            DeepSeek今天正式发布了新模型。                   | 
            """)
    void aSharedNameBeforeAdverbsAndAReleaseVerbIsTheCompany(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }

    @Test
    void anUnknownFamilyGetsItsSizeAsParameters() {
        List<ModelMention> m = found("某实验室开源了XYZ-7B模型。");
        assertEquals(0, new BigDecimal("7000000000").compareTo(m.get(0).parameters().orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            很多应用都集成DeepSeek。                    | DeepSeek=DeepSeek/-/-@deepseek
            这家银行接入DeepSeek后客服更快。            | DeepSeek=DeepSeek/-/-@deepseek
            新车接入豆包，语音助手更聪明。              | 豆包=Doubao/-/-@bytedance
            """)
    void anAssistantTakenByAVerbIsAModel(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            英伟达H100供不应求。
            华为麒麟9000芯片回归。
            苹果推出M4芯片。
            英伟达发布GB200芯片，用于训练大模型。
            英伟达推出RTX 5090显卡。
            iPhone 16和Mate 70的销量对比。
            苹果发布iPhone 16 Pro Max。
            华为发布Mate 70 Pro。
            小米SU7和问界M9都是热门车型。
            理想L9交付量创新高。
            宝马X1和X3换了新内饰。
            联想ThinkPad X1 Carbon降价。
            各家都在做AI大模型，MoE模型和Transformer模型成为主流。
            AIGC应用爆发，LLM和RAG成为热词。
            DeepSeek的团队规模不大。
            这款产品型号为AB-1200，售价999元。
            他在GitHub上分享了代码，还写了一篇Blog。
            大模型“新星”开启变现竞速。
            """)
    void trapsAreNoModels(String text) {
        assertEquals("", models(text));
    }

    @Test
    void aQuotedSloganAfterAModelIsNoModel() {
        assertEquals("混元=Hunyuan/-/-@tencent DeepSeek=DeepSeek/-/-@deepseek",
                models("腾讯的应用同时支持混元大模型与DeepSeek模型“双引擎”。"));
    }

    @Test
    void aBareFamilyNameUsedAsACompanyStaysTheCompany() {
        assertEquals("", models("DeepSeek的团队今年扩招，DeepSeek创始人梁文锋很少露面。"));
    }

    @Test
    void noVendorFromAPlaceNamedBeforeTheVerb() {
        assertEquals("Foo-7B-Instruct=Foo/-/7B-Instruct@?", models("研究者在GitHub和Hugging Face上开源了Foo-7B-Instruct。"));
    }

    @Test
    void aShortFormGluedToALatinNameIsThatNamesVersion() {
        // R2 is a short form of DeepSeek, named in the document; Hengyu-R2 is another model
        String found = models("初创公司发布推理模型Hengyu-R2，成绩与DeepSeek-V3.2相当，旗舰版Hengyu-R2-Max仅通过API提供。");
        assertTrue(found.startsWith("Hengyu-R2=Hengyu/R2/-"), found);
        assertTrue(found.contains("Hengyu-R2-Max=Hengyu/R2/Max"), found);
        assertFalse(found.contains("=DeepSeek/R2"), found);
        assertEquals("Hengyu-VL2=Hengyu/VL2/-@?", models("同时上线的还有视觉语言模型Hengyu-VL2。"));
    }
}
