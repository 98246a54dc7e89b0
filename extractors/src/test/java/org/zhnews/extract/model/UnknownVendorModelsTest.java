package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * Models of vendors no list holds: quoted names beside a model noun, Han names before 大模型
 * owned by a company, agents named by the noun after them, dotted names in a list of models, and
 * a known name ending a longer one; with the describing words, techniques and idioms that stay no
 * model. Sentences written for these tests.
 */
class UnknownVendorModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            云帆机器人自研的“灵枢”具身模型可以完成分拣。                   | 灵枢=灵枢/-/-@?
            公司去年发布了「澄言」VLM模型，今年推出第二代。                 | 澄言=澄言/-/-@?
            该集团内部AI助手“Grace”已覆盖三万名员工。                      | Grace=Grace/-/-@?
            """)
    void aQuotedNameBesideAModelNounOrOwnedByTheCompany(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            初创公司发表中文大型语言模型「墨言3」，较第一代墨言提升明显。   | 墨言3=墨言/3/-@? 墨言=墨言/-/-@?
            研究院发布语音大模型“听松”，听松已在十家医院上线。              | 听松=听松/-/-@? 听松=听松/-/-@?
            研究院发布语音大模型“听松”，听松路上车很多。                    | 听松=听松/-/-@?
            """)
    void aQuotedFamilyStandsAgainAfterAGenerationWordOrBeforeAParticle(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            荣耀自研的青藤大模型已经接入手机。        | 青藤大模型=青藤/-/-@honor
            美团发布龙猫大模型。                      | 龙猫大模型=龙猫/-/-@meituan
            """)
    void aHanNameBeforeTheModelWordOwnedOrReleasedByACompany(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            荣耀自研的端侧大模型已经接入手机。
            腾讯自研的混合专家大模型效果不错。
            百度自研的千亿参数大模型正在训练。
            小米自研的这款大模型还没有名字。
            阿里发布了全新大模型。
            美团的团购大模型备受关注。
            公司自研的青藤大模型已接入手机。
            """)
    void describingWordsBareOwnersAndUnknownOwnersNameNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            华为宣布ABCD智能体升级至ABCD 2，月活超过千万。   | ABCD=ABCD/-/-@? ABCD 2=ABCD/2/-@?
            荣耀宣布Aigo智能体全面开放。                     | Aigo=Aigo/-/-@?
            """)
    void anAgentNamedByTheNounAfterItBesideACompany(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            联想推出的GUI智能体和RPA助手都很受欢迎。
            腾讯宣布CRM智能体上线。
            课堂上老师介绍了ABCD智能体的原理。
            阿里的CTR模型效果提升。
            """)
    void softwareKindsAndAgentsWithoutACompanyNameNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            字节跳动的Doubao-1.5-pro和快手的foo.vl2同时上榜。   | Doubao-1.5-pro=Doubao/1.5/pro@bytedance foo.vl2=foo.vl/2/-@?
            榜单上有foo.lm2和Qwen3。                            | foo.lm2=foo.lm/2/-@? Qwen3=Qwen/3/-@alibaba
            百度的ERNIE-4.5和网易的Zeta-2都在列表中。           | ERNIE-4.5=ERNIE/4.5/-@baidu Zeta-2=Zeta/2/-@?
            """)
    void namesListedWithKnownModelsAfterTheirCompany(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他把配置写进config.py3文件，Qwen3也能读。    | Qwen3=Qwen/3/-@alibaba
            访问www.example.com获取更多信息。            |
            下载地址为data.bin2，请勿外传。              |
            """)
    void filesAndHostsAreNoDottedNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            金蝶的「苍穹GPT」服务了两千家企业。            | 苍穹GPT=苍穹GPT/-/-@?
            某银行的AI助手“ABC-GPT”覆盖两万名员工。        | ABC-GPT=ABC-GPT/-/-@?
            OpenAI发布GPT-5，Auto-GPT也更新了。            | GPT-5=GPT/5/-@openai
            OpenAI的GPT已经家喻户晓。                      | GPT=GPT/-/-@openai
            媒体称其为“中国版ChatGPT”。                    | ChatGPT=ChatGPT/-/-@openai
            """)
    void aKnownLatinNameEndingALongerNameIsPartOfIt(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GPT技术改变了世界。
            业内出现了一批“类GPT”产品。
            行业都在追赶GPT。
            用户可以通过Open-GPT访问。
            书法家写下“海纳百川”四个大字。
            """)
    void theTechniqueAndIdiomsHoldingANameAreNoModel(String text) {
        assertEquals("", models(text));
    }
}
