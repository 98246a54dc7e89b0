package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Where the names of companies no list holds start and end, in invented sentences: a full legal
 * name that opens with a place and holds a character that is also a function word (因, 都), a
 * country before a name (日本), a verb 投资 after an investor's name, a known short name inside
 * a longer legal name, and counted nouns (多间银行) that are no names.
 */
class NameEdgesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    /** "surface=id" for each company found, space-separated. */
    private static String companies(String text) {
        Document doc = PIPELINE.analyze(text);
        ConsistencyKit.checkDocument(doc);
        return CompanySpans.of(doc);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            专注工业质检的杭州因果视觉科技有限公司今日宣布完成融资。 | 杭州因果视觉科技有限公司=open:杭州因果视觉科技
            这款应用由成都星河数智科技有限公司研发。                 | 成都星河数智科技有限公司=open:成都星河数智科技
            总部设在成都的云帆数智科技有限公司宣布扩产。             | 云帆数智科技有限公司=open:云帆数智科技
            """)
    void aLegalNameOpensWithItsPlace(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮由北辰资本领投，日本朝雾控股跟投。   | 北辰资本=open:北辰资本 朝雾控股=open:朝雾控股
            由日本白鹭集团领投的一轮融资已经完成。   | 白鹭集团=open:白鹭集团
            """)
    void aCountryBeforeANameIsNoPartOfIt(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司去年获北辰集团及青岚资本投资，正筹备新一轮融资。 | 北辰集团=open:北辰集团 青岚资本=open:青岚资本
            该公司去年获澄江创投投资新台币3亿元，估值翻倍。     | 澄江创投=open:澄江创投
            此前曾获腾讯及红杉中国投资，估值约20亿元。         | 腾讯=tencent 红杉中国=hongshan
            公司此前获高瓴创投投资。                           | 高瓴创投=gl-ventures
            本轮由青岚资本投资有限公司领投。                   | 青岚资本投资有限公司=open:青岚资本投资
            本轮由小米产业投资领投。                           | 小米产业投资=open:小米产业投资
            """)
    void aVerbAfterAnInvestorsNameIsNoPartOfIt(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            杭州青禾智元科技有限公司宣布完成融资。青禾智元成立于2023年。 | 杭州青禾智元科技有限公司=open:杭州青禾智元科技 青禾智元=open:杭州青禾智元科技
            北京字节跳动科技有限公司发布公告。                           | 字节跳动=bytedance
            智元机器人发布新品。                                         | 智元机器人=agibot
            """)
    void aKnownShortNameInsideALongerLegalNameGivesWay(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮由星澜资本领投，国泰君安证裕投资跟投。 | 星澜资本=open:星澜资本 国泰君安证裕投资=gtja-zhengyu
            本轮由星澜资本领投，华泰紫金投资跟投。     | 星澜资本=open:星澜资本 华泰紫金投资=huatai-zijin
            本轮由星澜资本领投，联想创投跟投。         | 星澜资本=open:星澜资本 联想创投=lenovo-capital
            本轮由星澜资本领投，京东星河基金跟投。     | 星澜资本=open:星澜资本 京东星河基金=open:京东星河基金
            本轮由星澜资本领投，京东战略投资跟投。     | 星澜资本=open:星澜资本 京东=jd
            本轮由星澜资本领投，日月光创投、和硕跟投。 | 星澜资本=open:星澜资本 日月光创投=open:日月光创投 和硕=pegatron
            腾讯资本雄厚，已完成多轮融资。             | 腾讯=tencent
            """)
    void aBrandAndAnInvestorWordAfterAKnownNameInAnInvestorSlotIsItsArm(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "他在深圳的一家科技有限公司工作。",
            "合作方包括多间银行和数间券商。",
            "该平台已接入多个品牌和几所大学。",
            "公司获得数个基金的支持。",
    })
    void countedNounsAndDescriptionsAreNoCompanies(String text) {
        assertEquals("", companies(text));
    }
}
