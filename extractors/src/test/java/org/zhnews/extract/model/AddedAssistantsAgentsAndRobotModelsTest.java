package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model rows and aliases added for Hong Kong, mainland and Southeast Asian news: HKGAI's model and
 * its 港話通 app, Xiaomi's 超级小爱, Lenovo's 天禧 agent, Mesolitica's MaLLaM, ChatGPT agent (the
 * successor of Operator), Alibaba's 千问App, Tencent's HunyuanImage line and Physical
 * Intelligence's π0. 天禧 alone (a Song era name), a lower-case mallam and a bare HKGAI (the
 * centre) are no model. Sentences written for these tests.
 */
class AddedAssistantsAgentsAndRobotModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            香港生成式人工智能研發中心發布HKGAI V1，並推出港話通。 | HKGAI V1=HKGAI/V1/-@hkgai 港話通=HKChat/-/-@hkgai
            小米宣布超级小爱全面接入新模型。                       | 超级小爱=Xiao AI/-/-@xiaomi
            联想发布天禧个人超级智能体。                           | 天禧个人超级智能体=天禧/-/-@lenovo
            联想集团的天禧已覆盖PC和手机。                         | 天禧=天禧/-/-@lenovo
            Mesolitica在Hugging Face开源了MaLLaM。                 | MaLLaM=MaLLaM/-/-@mesolitica
            OpenAI推出ChatGPT Agent，可代用户操作浏览器。         | ChatGPT Agent=Operator/-/-@openai
            ChatGPT智能体正式上线。                                | ChatGPT智能体=Operator/-/-@openai
            阿里巴巴千问App开启公测。                              | 千问App=Qwen/-/-@alibaba
            腾讯开源混元图像3.0。                                  | 混元图像3.0=Hunyuan/3.0/-@tencent
            腾讯混元图像2.0实时生图。                              | 腾讯混元图像2.0=Hunyuan/2.0/-@tencent
            腾讯发布HunyuanImage 2.1。                             | HunyuanImage 2.1=Hunyuan/2.1/-@tencent
            Physical Intelligence开源了π0和π0.5，社区也移植了pi0。 | π0=π0/-/-@physical-intelligence π0.5=π0/-/-@physical-intelligence pi0=π0/-/-@physical-intelligence
            """)
    void findsTheNewRows(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "宋真宗天禧年间，汴京商业繁荣。",
            "The mallam taught the children to read.",
            "HKGAI今日宣布與港科大合作。",
    })
    void sharedWordsAreNoModel(String text) {
        assertEquals("", models(text));
    }
}
