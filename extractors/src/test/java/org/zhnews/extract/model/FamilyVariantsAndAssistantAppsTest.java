package org.zhnews.extract.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

/**
 * A family read in the document found again with a variant after a hyphen or a known variant
 * word; an assistant app or a task assistant named in quotes after a release verb; a foundation
 * model named by a brand and a word that is also a company's short name; a quoted name ending
 * with an AI assistant noun after a name of its own; a Han name before 大模型 opening a clause
 * and named again. Sentences written for these tests.
 */
class FamilyVariantsAndAssistantAppsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司今日发布首个模型家族“栾青Orin”，旗舰栾青Orin-Pro与轻量的Orin-Mini同步上线。 | 栾青Orin=栾青Orin/-/-@? 栾青Orin-Pro=栾青Orin/-/Pro@? Orin-Mini=栾青Orin/-/Mini@?
            公司发布视觉模型“Orin”，另有Orin VL面向文档理解。 | Orin=Orin/-/-@? Orin VL=Orin/-/VL@?
            """)
    void aFamilyOfTheDocumentIsFoundAgainWithItsVariants(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "公司发布视觉模型“Orin”，研发团队来自Orin Labs。",
        "栾青推出大模型“Orin”。Orin Capital参与了本轮融资。",
    })
    void anOpenWordAfterASpaceIsNoVariantOfAFamilyFoundAgain(String text) {
        assertEquals("Orin=Orin/-/-@?", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            栾青同步上线了面向中学生的解题助手“栾小青”，首周注册用户超过50万。 | 栾小青=栾小青/-/-@?
            栾青同步推出个人助理App「栾小青」，月费290元。                     | 栾小青=栾小青/-/-@?
            林女士加入机器人公司栾川，牵头研发新一代机器人基础模型“栾川·启明”。 | 栾川·启明=栾川·启明/-/-@?
            LINE内建的「LINE AI助理」使用率进入前十。                            | LINE AI助理=LINE AI助理/-/-@?
            公司推出“小航智能助手”。                                            | 小航智能助手=小航智能助手/-/-@?
            """)
    void aQuotedNameAfterAnAssistantAppOrAFoundationModelIsAModel(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "她把个人助理“小周”介绍给了客户。",
        "董事长的私人助理“阿芳”负责安排行程。",
        "消费者把「AI语音助理」列为购车考量。",
        "市政府上线“政务智能助手”。",
    })
    void aPersonsAssistantInQuotesIsNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司表示，栖霞大模型已衍生出120个行业小模型，基于栖霞的开放平台已上线。 | 栖霞大模型=栖霞/-/-@? 栖霞=栖霞/-/-@?
            """)
    void aHanNameBeforeTheModelWordOpeningAClauseAndNamedAgainIsAModel(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "公司表示，栖霞大模型已衍生出120个行业小模型。",
        "今年大模型竞争激烈，今年的价格战更猛。",
        "分析师表示，星河大模型公司已完成融资，星河的估值上涨。",
        "报告指出，云侧大模型与端侧大模型将协同，云侧的算力更充足。",
    })
    void aHanWordBeforeTheModelWordNamedOnceOrDescribingIsNoModel(String text) {
        assertEquals("", models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            腾讯混元上线新模型，混元TurboS也同步更新。                   | 腾讯混元=Hunyuan/-/-@tencent 混元TurboS=Hunyuan/-/TurboS@tencent
            豆包App本周更新。                                             | 豆包=Doubao/-/-@bytedance
            AI新加坡的SEA-LION v4和冬海AI实验室的Sailor2表现接近。        | SEA-LION v4=SEA-LION/v4/-@ai-singapore Sailor2=Sailor/2/-@sea-ai-lab
            该公司同时推出学生辅导助手“栾小帮手”。                        | 栾小帮手=栾小帮手/-/-@?
            公司开发信贷审批模型。栾霄表示，将把「栾霄·衡策」引入本地银行。 | 栾霄·衡策=栾霄·衡策/-/-@?
            """)
    void gluedVariantsNewFamiliesTutorsAndBrandedNames(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "摊位老板把他养的柴犬取名「Copilot」，天天陪着顾摊。",
        "美少女战士Sailor Moon的周边热卖。",
    })
    void aPetsNameOrAnAnimeTitleIsNoModel(String text) {
        assertEquals("", models(text));
    }
}
