package org.zhnews.extract.company;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.extract.knowledge.TestKnowledge;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompanyExtractorTest {

    private static final CompanyExtractor EXTRACTOR = CompanyExtractor.builder()
            .knowledgeBase(TestKnowledge.kb()).unknownCompanies(false).build();

    /** "surface=id" for each company found, space-separated. */
    static String companies(String text) {
        List<Mention> found = EXTRACTOR.extract(ExtractionContext.of(text));
        return found.stream().map(m -> (CompanyMention) m)
                .map(c -> c.span().text() + "=" + c.id().orElse("?"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            阿里巴巴与腾讯在云计算上竞争                       | 阿里巴巴=alibaba 腾讯=tencent
            阿里通义的最新模型                                 | 阿里=alibaba
            字节跳动旗下的豆包                                 | 字节跳动=bytedance
            據輝達表示,需求強勁                                | 輝達=nvidia
            英伟达的股价上涨                                   | 英伟达=nvidia
            OpenAI的CEO表示                                    | OpenAI=openai
            openai和微软的合作                                 | openai=openai 微软=microsoft
            Meta Platforms与Meta AI                            | Meta Platforms=meta Meta=meta
            Alibaba Group Holding said                         | Alibaba Group Holding=alibaba
            騰訊控股公布業績                                   | 騰訊控股=tencent
            鹅厂又有新动作                                     | 鹅厂=tencent
            """)
    void linksKnownNames(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            苹果发布了新款手机                                 | 苹果=apple
            苹果公司的市值                                     | 苹果公司=apple
            蘋果推出新的晶片                                   | 蘋果=apple
            小米汽车交付量创新高                               | 小米=xiaomi
            360也开启了360智脑的公测                           | 360=qihoo-360 360=qihoo-360
            字节旗下的豆包                                     | 字节=bytedance
            火山引擎发布新品                                   | 火山引擎=volcano-engine
            火山方舟平台上线                                   | 火山=volcano-engine
            谷歌、苹果和微软都在做                             | 谷歌=google 苹果=apple 微软=microsoft
            苹果、小米与百度相继发布                           | 苹果=apple 小米=xiaomi 百度=baidu
            苹果公司今天宣布。分析认为苹果的新机卖得好           | 苹果公司=apple 苹果=apple
            """)
    void acceptsAmbiguousNamesWithEvidence(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我每天吃一个苹果
            苹果汁和橙汁都卖完了
            早餐喝了一碗小米粥
            这块内存有1024字节
            每个字符占两个字节
            文件大小为4096 字节
            全景相机支持360度拍摄
            今年共招收了360名学生
            第360号公告
            游客在火山口拍照
            那座火山喷发了
            用户可以联想到很多事情
            他的理想是当医生
            这家酒店是三星级
            小米和大米都是粮食
            数据元meta信息
            """)
    void rejectsCommonWordsNumbersAndUnits(String text) {
        assertEquals("", companies(text));
    }

    @Test
    void aNameThatIsAlsoAModelIsLeftToTheModelsWhereAVersionFollows() {
        assertEquals("", companies("DeepSeek-R1发布"));
        assertEquals("", companies("DeepSeek V3很强"));
        assertEquals("", companies("DeepSeek模型开源"));
        assertEquals("DeepSeek=deepseek", companies("DeepSeek的出现迫使对手降价"));
    }

    @Test
    void companyInsideAModelNameStillCounts() {
        assertEquals("腾讯=tencent", companies("腾讯混元大模型"));
    }

    @Test
    void mentionsCarryTheCanonicalEntity() {
        CompanyMention m = (CompanyMention) EXTRACTOR.extract(ExtractionContext.of("輝達")).get(0);
        assertEquals("英伟达", m.name());
        assertEquals("NVIDIA", m.company().orElseThrow().nameEn().orElseThrow());
        assertEquals(List.of("NVDA"), m.company().orElseThrow().tickers());
        assertEquals(0, m.span().start());
        assertEquals(2, m.span().end());
    }

    @Test
    void emptyAndCompanyFreeTexts() {
        assertEquals("", companies(""));
        assertEquals("", companies("今天天气很好,适合出门散步。"));
    }
}
