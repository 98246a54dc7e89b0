package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Known names that are also words, before a reporting period and a financial noun
 * ({@code 寒武纪三季度营收}, {@code 力旺十月營收}), before a report or a joint development, and
 * firms added to the knowledge base, in invented sentences; the same words in plain text
 * (a period without a financial noun, 雷鸟 the bird, 每经过) and counts ({@code 三名},
 * {@code 一位}) stay no company.
 */
class PeriodCueAndNewRowsTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            寒武纪三季度营收同比大增。                     | 寒武纪=cambricon
            力旺十月營收年增两成。                         | 力旺=ememory
            創意上半年淨利創新高。                         | 創意=guc
            花旗發表報告，看好这只股票。                   | 花旗=citi
            该厂已与日月光合作开发新封装。                 | 日月光=ase
            据洛图科技统计，投影仪出货回升。               | 洛图科技=runto
            本轮由Dymon Asia和利安资金管理跟投。           | Dymon Asia=dymon-asia 利安资金管理=lion-global-investors
            光源资本担任本轮独家财务顾问。                 | 光源资本=lighthouse-capital
            """)
    void knownNamesWithPeriodOrNewRows(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            寒武纪三季度的化石出土很多。                   | ''
            这份创意十月才完成。                           | ''
            一只雷鸟从山谷上空飞过。                       | ''
            列车每经过一站都要停靠。                       | ''
            一位参与交易的人士向记者透露了细节。           | ''
            两款新机分居销量榜二、三名。                   | ''
            """)
    void plainWordsStayNoCompany(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
