package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A family's Chinese name glued to its Latin name and version is one name, other Han names of the
 * family stay apart; an assistant named after its company (琛映小助理, 琛澄小助, or 琛小言 beside
 * 琛言), a phone assistant put on the app stores (上架) and a quoted name after a detection model
 * are models; 时期 after a version makes no quantity; WPS AI and 讯飞晓医 are listed assistants.
 * Sentences written for these tests.
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
            """)
    void namedAssistantsAreModels(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司推出“行政小助理”服务。 |
            超市上架新品「小熊饼干」。 |
            配套的C端助手“琛小言”同步上线。 |
            """)
    void noModelWithoutAName(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }
}
