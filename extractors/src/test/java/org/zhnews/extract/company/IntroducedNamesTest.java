package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Pipeline;

/**
 * A short name between a noun that introduces a company and a reporting verb
 * ({@code 电池厂商X发布公告}), in invented sentences; and the adverbs, roles, counts and
 * references that stand in the same place.
 */
class IntroducedNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            电池厂商欣旺达发布公告称，拟投资建设新工厂。 | 欣旺达=open:欣旺达
            具身智能创企星海图宣布完成A轮融资。         | 星海图=open:星海图
            港股上市公司云图智联公布第三季度业绩。       | 云图智联=open:云图智联
            AI新创晴岚智能今天发表新模型。               | 晴岚智能=open:晴岚智能
            手机厂商小米发布新机。                       | 小米=xiaomi
            """)
    void findsTheIntroducedName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "该公司宣布裁员。",
            "这家公司表示暂不回应。",
            "科技公司员工表示压力很大。",
            "科技公司方面表示暂无计划。",
            "一家芯片公司高管透露，订单饱满。",
            "上市公司董事会公布了方案。",
            "手机厂商纷纷推出折叠屏。",
            "汽车厂商今年发布了多款新车。",
            "芯片厂商相继宣布涨价。",
            "科技公司的员工表示不满。",
            "几家芯片公司近日宣布涨价。",
            "科技公司新品发布会上宣布降价。",
            "这家上市公司第二次递表。",
            "该初创企业正式宣布完成融资。",
            "一家手机厂商高调宣布进军汽车。",
    })
    void wordsInThatPlaceAreNoNames(String text) {
        assertEquals("", companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            12月10日，北京澄言科技正式发布新一代大模型。 | 澄言科技=open:澄言科技
            据介绍，深圳岑湾智能今日宣布推出新款机器人。 | 岑湾智能=open:岑湾智能
            """)
    void aPlaceOpeningAClauseIntroducesANameEndingInALineOfBusiness(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "今年，北京人工智能产业发布了新政策。",
            "上周，上海科技宣布了一批新项目。",
            "会上，深圳市科技局宣布新措施。",
    })
    void aPlaceBeforeWordsIsNoName(String text) {
        assertEquals("", companies(text));
    }
}
