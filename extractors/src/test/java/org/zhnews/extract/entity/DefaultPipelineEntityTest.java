package org.zhnews.extract.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.testkit.ConsistencyKit;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Companies and models through the default pipeline and the bundled knowledge base. */
class DefaultPipelineEntityTest {

    private static String entities(String text) {
        Document d = ZhNews.analyze(text);
        ConsistencyKit.checkDocument(d);
        return d.mentions().stream().filter(m -> m instanceof CompanyMention || m instanceof ModelMention)
                .map(m -> m instanceof CompanyMention c ? c.id().orElse("?" + c.name())
                        : ((ModelMention) m).model().family() + ((ModelMention) m).model().version().map(v -> " " + v).orElse(""))
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            據彭博報導,輝達與台積電擴大合作                      | bloomberg, nvidia, tsmc
            微軟宣布將在Azure上提供DeepSeek-R1                   | microsoft, azure, DeepSeek R1
            她曾在微軟主導Azure OpenAI服務在港推出               | microsoft
            亚马逊云科技推出新一代芯片                            | aws
            鹅厂和字节在AI应用上正面竞争                          | tencent, bytedance
            Anthropic发布Claude 3.7 Sonnet                        | anthropic, Claude 3.7
            月之暗面旗下Kimi的月活用户增长                        | moonshot-ai, Kimi
            阿里巴巴开源了Qwen3系列模型                           | alibaba, Qwen 3
            百度发布文心大模型4.5和X1                             | baidu, ERNIE 4.5, ERNIE X1
            智谱推出GLM-4.5                                       | zhipu-ai, GLM 4.5
            OpenAI的o3-mini和o4-mini相继上线                      | openai, o 3, o 4
            谷歌DeepMind发布Gemini 2.5 Flash                     | google, deepmind, Gemini 2.5
            """)
    void linksCompaniesAndModels(String text, String expected) {
        assertEquals(expected, entities(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            秋天到了,果园里的苹果熟了
            这瓶小米辣很辣
            一个汉字在UTF-8中通常占三个字节
            游客登上火山口俯瞰全景
            她在巴西的亚马逊雨林做研究
            实验采用高通量测序技术
            这项技术处于前沿科技领域
            """)
    void leavesOrdinaryWordsAlone(String text) {
        assertEquals("", entities(text));
    }
}
