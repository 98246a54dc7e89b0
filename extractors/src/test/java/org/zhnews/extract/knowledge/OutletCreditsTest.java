package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outlets whose short names are also words (中央社, 明報, 東方日報, marked {@code ~} in the
 * knowledge base) count as companies in the credits news prints around them: a reporter's line
 * ({@code 中央社記者…電}), a special-report tag ({@code 明報專訊}), a quoted report
 * ({@code 東方日報引述}, {@code 信報報道}); the same words elsewhere stay words.
 */
class OutletCreditsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （中央社記者陳怡君台北5日電）華碩今天召開法說會。             | 中央社=cna 華碩=asus
            【明報專訊】本港一家初創公司昨日宣布完成融資。                   | 明報=ming-pao
            東方日報引述消息人士指，該集團正洽購一家數據中心營運商。       | 東方日報=oriental-daily
            中央社援引業界人士說法指出，晶圓代工報價將調漲。                 | 中央社=cna
            """)
    void creditsNameTheirOutlet(String text, String expected) {
        assertEquals(expected, OutletsAndIndustryTest.companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "田里的小米，记者前去采访时已经成熟。",
            "中央社区服务中心周末开放。",
    })
    void wordsBesideACommaOrInsideALongerWordStayWords(String text) {
        assertEquals("", OutletsAndIndustryTest.companies(text));
    }
}
