package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Model names that are also everyday words or people's names (resource {@code model-senses.tsv}):
 * a bun, an orchid, a star sign, a painter, a child are no models; the same names in a text
 * about AI or beside their vendor are. Sentences written for these tests.
 */
class EverydaySensesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            晚饭我们吃了豆包和小米粥，还买了两斤苹果。
            这家面馆的招牌是肉豆包，每天卖出三百个。
            他在书房里读《文心雕龙》，窗台上摆着一盆文心兰。
            今晚的星座运势：双子座(Gemini)适合出行。
            克劳德·香农(Claude Shannon)被誉为信息论之父。
            一位名叫Kimi的小朋友在比赛中获得第一名。
            法国印象派画家Claude Monet的作品在上海展出。
            他给女儿取名Sora，寓意天空。
            星火燎原，这家初创公司从十个人发展到五百人。
            Llama的价格在秘鲁市场上涨，牧民收入增加。
            新款羊驼(Llama)毛绒玩具在商场热卖。
            公园里的老人在练混元太极。
            来自英国的留学生Ernie在书法课上写下四个大字。
            这家AI公司楼下的甜品店推出Gemini双子蛋糕，店主的女儿Gemma负责设计。
            """)
    void everydaySensesAreNoModels(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            字节跳动旗下豆包日活突破1亿。                       | 豆包=Doubao/-/-@bytedance
            豆包的月活用户已超过1.5亿，稳居国内AI应用第一。    | 豆包=Doubao/-/-@bytedance
            用户在Kimi上提问后，模型会先搜索网页。              | Kimi=Kimi/-/-@moonshot-ai
            Anthropic推出Claude Desktop，支持本地文件。         | Claude Desktop=Claude/-/Desktop@anthropic
            Meta开源了Llama，吸引大量开发者。                   | Llama=Llama/-/-@meta
            百度称文心已服务超过十万家企业客户。                | 文心=ERNIE/-/-@baidu
            不少人下载了Kimi App。                              | Kimi=Kimi/-/-@moonshot-ai
            谷歌的双子座(Gemini)大模型又更新了。                | Gemini=Gemini/-/-@google
            """)
    void theSameNamesAboutAiAreModels(String text, String expected) {
        assertEquals(expected, models(text));
    }
}
