package org.zhnews.extract.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.knowledge.TestKnowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelExtractorTest {

    private static final ModelExtractor EXTRACTOR = ModelExtractor.builder().knowledgeBase(TestKnowledge.kb()).build();

    /** "surface=family/version/variant@vendor" for each model found. */
    static String models(String text) {
        List<Mention> found = EXTRACTOR.extract(ExtractionContext.of(text));
        return found.stream().map(m -> (ModelMention) m).map(m -> m.span().text() + "=" + m.model().family()
                        + "/" + m.model().version().orElse("-") + "/" + m.model().variant().orElse("-")
                        + "@" + m.model().vendor().orElse("?"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Qwen3-235B-A22B开源了          | Qwen3-235B-A22B=Qwen/3/235B-A22B@alibaba
            阿里发布Qwen2.5-Max            | Qwen2.5-Max=Qwen/2.5/Max@alibaba
            GPT-4o-mini更便宜              | GPT-4o-mini=GPT/4o/mini@openai
            DeepSeek-R1推理模型            | DeepSeek-R1=DeepSeek/R1/-@deepseek
            Gemini 2.5 Pro的表现           | Gemini 2.5 Pro=Gemini/2.5/Pro@google
            Meta推出Llama 4                | Llama 4=Llama/4/-@meta
            xAI的Grok 3.5成为焦点          | Grok 3.5=Grok/3.5/-@xai
            用户在ChatGPT上提问            | ChatGPT=ChatGPT/-/-@openai
            通义千问和通義千問             | 通义千问=Qwen/-/-@alibaba 通義千問=Qwen/-/-@alibaba
            騰訊混元大模型                 | 騰訊混元=Hunyuan/-/-@tencent
            360智脑上线                    | 360智脑=360智脑/-/-@qihoo-360
            文心4.5和文心X1                | 文心4.5=ERNIE/4.5/-@baidu 文心X1=ERNIE/X1/-@baidu
            GPT-5将于8月发布               | GPT-5=GPT/5/-@openai
            DeepSeek-V3-0324更新           | DeepSeek-V3-0324=DeepSeek/V3/0324@deepseek
            Llama 3.1 405B                 | Llama 3.1 405B=Llama/3.1/405B@meta
            开源Qwen3-8B-zhTW权重          | Qwen3-8B-zhTW=Qwen/3/8B-zhTW@alibaba
            Qwen2.5-7B-int4可在手机运行    | Qwen2.5-7B-int4=Qwen/2.5/7B-int4@alibaba
            Qwen3-8B-的权重                | Qwen3-8B=Qwen/3/8B@alibaba
            相比GPT-4.1分别下调20%         | GPT-4.1=GPT/4.1/-@openai
            进入GPT-5时代                  | GPT-5=GPT/5/-@openai
            """)
    void readsFamilyVersionAndVariant(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            豆包3亿用户                    | 豆包=Doubao/-/-@bytedance
            ChatGPT 2025年的收入           | ChatGPT=ChatGPT/-/-@openai
            Google的Gemini 5月更新         | Gemini=Gemini/-/-@google
            Qwen 3个版本                   | Qwen=Qwen/-/-@alibaba
            """)
    void numbersThatAreQuantitiesOrDatesAreNotVersions(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @Test
    void shortFormsNeedTheirFamilyOrVendorInContext() {
        assertEquals("", models("他在R1赛道上跑了第一"));
        assertEquals("", models("V3版本的手机壳"));
        assertEquals("R1=DeepSeek/R1/-@deepseek", models("深度求索发布R1"));
        assertEquals("DeepSeek=DeepSeek/-/-@deepseek R2=DeepSeek/R2/-@deepseek", models("DeepSeek模型的下一代R2"));
        assertEquals("o1=o/1/-@openai o3-mini=o/3/mini@openai", models("OpenAI先后推出o1和o3-mini"));
        assertEquals("", models("o1和o3"));
    }

    @Test
    void commonWordFamiliesNeedTheirVendor() {
        assertEquals("", models("种子Seed轮融资"));
        assertEquals("Seed=Seed/-/-@bytedance", models("字节跳动的Seed在榜单上排第三"));
        assertEquals("", models("字节跳动的Seed团队")); // the research team, not its models
    }

    @Test
    void aCompanyNameIsAModelOnlyWithAVersionOrModelWord() {
        assertEquals("", models("DeepSeek的出现迫使对手降价"));
        assertEquals("DeepSeek=DeepSeek/-/-@deepseek", models("DeepSeek模型开源"));
    }

    @Test
    void sizesInTheNameGiveTheParameterCount() {
        ModelMention m = (ModelMention) EXTRACTOR.extract(ExtractionContext.of("Qwen3-235B-A22B")).get(0);
        assertEquals(new BigDecimal("235E+9"), m.parameters().orElseThrow());
    }

    @Test
    void latinBoundariesHold() {
        assertEquals("", models("GPTs商店"));
        assertEquals("ChatGPT=ChatGPT/-/-@openai", models("ChatGPT"));
        assertEquals("", models("Geminis"));
    }
}
