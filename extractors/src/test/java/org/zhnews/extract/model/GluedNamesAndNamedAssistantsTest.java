package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A family's Chinese name glued to its Latin name and version is one name, other Han names of the
 * family stay apart; an assistant named after its company (琛映小助理, 琛澄小助, or 琛小言 beside
 * 琛言), a phone assistant put on the app stores (上架) and a quoted name after a detection model
 * are models, and so are an assistant app in quotes (助手“X”App), a quoted name after a brand and
 * a space with a model word around it (“骐途 Lynx”, not a robot's “汐元 H3”); 时期 after a version
 * makes no quantity; 用过 takes a model; 通义实验室 is a lab; WPS AI, 讯飞晓医, 天工超级智能体 and
 * Poe are listed. Sentences written for these tests.
 */
class GluedNamesAndNamedAssistantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            新模型高过通义千问Qwen3-VL-235B的成绩。 | 通义千问Qwen3-VL-235B=Qwen/3/VL-235B@alibaba
            商汤发布「日日新SenseNova V7.5」大模型体系。 | 日日新SenseNova V7.5=SenseNova/V7.5/-@sensetime
            评测对比了通义千问、Qwen3和GPT-5。 | 通义千问=Qwen/-/-@alibaba Qwen3=Qwen/3/-@alibaba GPT-5=GPT/5/-@openai
            快手发布快意大模型KwaiYii-3。 | 快意大模型=KwaiYii/-/-@kuaishou KwaiYii-3=KwaiYii/3/-@kuaishou
            """)
    void aChineseNameGluedToItsLatinNameIsOneName(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            琛映智能推出语言模型“Meranti 2”。琛映也为中小企推出“琛映小助理”，月费29元。 | Meranti 2=Meranti/2/-@? 琛映小助理=琛映小助理/-/-@?
            琛言同时上架手机助理「小琛」，月费199元。 | 小琛=小琛/-/-@?
            金山办公称WPS AI的月活已达3200万。 | WPS AI=WPS AI/-/-@kingsoft-office
            琛言智能表示，配套的C端助手“琛小言”同步换上新底座。 | 琛小言=琛小言/-/-@?
            琛澄智能表示，客服助手“琛澄小助”已在两家银行试用。 | 琛澄小助=琛澄小助/-/-@?
            医疗助手讯飞晓医App的累计下载量突破5000万次。 | 讯飞晓医App=讯飞晓医/-/-@iflytek-healthcare
            主力产品是瑕疵检测模型「琛光 Sable-2」，已导入多家工厂。 | 琛光 Sable-2=琛光 Sable/2/-@?
            价格仅为GLM-4.6时期的一半。 | GLM-4.6=GLM/4.6/-@zhipu-ai
            面向C端的助手“笙语”App已同步切换至新模型。 | 笙语=笙语/-/-@?
            柘远的机器人搭载自研的“柘远 Sparrow-1”视觉语言动作模型。 | 柘远 Sparrow-1=柘远 Sparrow/1/-@?
            骐途成立于2021年，开发的调度大模型“骐途 Lynx”能自动编排车次。 | 骐途 Lynx=骐途 Lynx/-/-@?
            炘岚开发的“炘岚 Merlin”客服模型能处理多种语言。 | 炘岚 Merlin=炘岚 Merlin/-/-@?
            截至9月末，天工超级智能体全球月活跃用户突破1200万。 | 天工超级智能体=Skywork/-/-@kunlun-tech
            曾用过DeepSeek的受访者占9%。 | DeepSeek=DeepSeek/-/-@deepseek
            排名前五的是ChatGPT、Poe和DeepSeek。 | ChatGPT=ChatGPT/-/-@openai Poe=Poe/-/-@quora DeepSeek=DeepSeek/-/-@deepseek
            """)
    void namedAssistantsAreModels(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司推出“行政小助理”服务。 |
            超市上架新品「小熊饼干」。 |
            配套的C端助手“琛小言”同步上线。 |
            汐元智能主打双臂协作机器人“汐元 H3”，公司也在训练模型。 |
            阿里云通义实验室的负责人之一已离职。 |
            """)
    void noModelWithoutAName(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }
}
