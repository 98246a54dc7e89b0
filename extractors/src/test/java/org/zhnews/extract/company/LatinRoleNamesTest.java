package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Latin names no list holds in a company role of the Chinese sentence, in invented sentences;
 * and the Latin words in the same places that are no companies (acronyms, places, persons of
 * two words before a verb persons take, product tiers, lower-case words).
 */
class LatinRoleNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zephyra旗下的支付平台今天上线。                   | Zephyra=open:zephyra
            Nordlicht Robotics的首席执行官表示将扩大招聘。     | Nordlicht Robotics=open:nordlichtrobotics
            据Harbour Daily报道，该行计划裁员。               | Harbour Daily=open:harbourdaily
            数码银行Kelpbank宣布推出储蓄账户。                | Kelpbank=open:kelpbank
            廉价航空SkyLark新增三条航线。                     | SkyLark=open:skylark
            Quillion宣布推出企业版智能体。                    | Quillion=open:quillion
            该集团与Veltrix合作开发电池。                      | Veltrix=open:veltrix
            Mandai Holdings执行长说，订单回升。                | Mandai Holdings=open:mandaiholdings
            """)
    void latinNamesInACompanyRole(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GPU旗下的显存规格再次提升。                        | ''
            AI的首席执行官这一职位越来越常见。                 | ''
            据Singapore报道，天气转晴。                        | ''
            Jonas Berg宣布推出个人播客。                       | ''
            他与Lena Hart合作写了一本书。                      | ''
            Pro旗下没有新机型。                                | ''
            据cloud news报道，油价上涨。                        | ''
            Zephyra是一座虚构的城市。                          | ''
            """)
    void latinWordsThatAreNoCompanies(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            云服务商包括微软Azure和谷歌云。                   | 微软=microsoft Azure=azure 谷歌云=google-cloud
            前谷歌DeepMind研究员加入该公司。                   | 谷歌=google DeepMind=deepmind
            谷歌云宣布降价。                                   | 谷歌云=google-cloud
            """)
    void aParentWrittenBeforeItsUnitIsNamedToo(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            系统已被马来亚银行（Maybank）、星澜物流（Starlane）及明讯（Maxis）等企业采用。 | 马来亚银行=maybank Maybank=maybank 星澜物流=open:星澜物流 Starlane=open:starlane 明讯=maxis Maxis=maxis
            本轮由星澜（Starlane）领投，淡马锡跟投。                                    | 星澜=open:星澜 Starlane=open:starlane 淡马锡=temasek
            客户包括腾讯、星澜物流（AI）和华为。                                         | 腾讯=tencent 星澜物流=open:星澜物流 华为=huawei
            客户包括腾讯、星澜物流（2024）和华为。                                       | 腾讯=tencent 星澜物流=open:星澜物流 华为=huawei
            """)
    void aLatinNameInBracketsBesideAListedName(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
