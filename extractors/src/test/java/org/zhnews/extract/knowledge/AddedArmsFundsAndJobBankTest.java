package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows added to the knowledge base for funding and earnings news: a US venture firm, a Malaysian
 * pension fund's private-capital programme, a bank's venture arm, a bank's asset manager, a
 * national state fund, a listed group's robotics unit, a Taiwan job bank; and Sea AI Lab now a
 * company (category ai, like the other corporate AI labs). Sentences written for these tests.
 */
class AddedArmsFundsAndJobBankTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮由Acrew Capital领投，Dana Pemacu跟投。                  | Acrew Capital=acrew-capital Dana Pemacu=dana-pemacu
            HSBC Ventures与高盛资产管理参与了本轮融资。                  | HSBC Ventures=hsbc-ventures 高盛资产管理=gsam
            发行前，中国国有企业混合所有制改革基金持股4.5%。              | 中国国有企业混合所有制改革基金=china-mixed-ownership-reform-fund
            海康威视旗下海康机器人收入增长。                              | 海康威视=hikvision 海康机器人=hikrobot
            根據yes123求職網調查，九成上班族想換工作。                    | yes123求職網=yes123
            冬海集团旗下的Sea AI Lab发布新模型。                          | 冬海集团=sea-limited Sea AI Lab=sea-ai-lab
            """)
    void linksTheNewRows(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }
}
