package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.ZhNews;

/**
 * Outlets whose names are also words ({@code 经济通}, {@code 信报}, {@code 东方日报}, {@code 量子位},
 * {@code 雪球}) count where news credits them (datelines, book-marked titles before a report
 * verb, source lines), in invented sentences; the same words elsewhere stay words.
 */
class CreditsTest {

    private static String companies(String text) {
        return CompanySpans.of(ZhNews.pipeline().analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            【經濟通】本港一家初創公司今日公布新一輪融資。   | 經濟通=etnet
            （东方日报讯）槟城一家半导体厂宣布扩产。         | 东方日报=oriental-daily
            （东方日报综合报道）本地电商平台推出新服务。     | 东方日报=oriental-daily
            【信報】本港一家保險科技公司委任新行政總裁。     | 信報=hkej
            量子位3月2日消息，北京一家创业公司发布新模型。   | 量子位=qbitai
            据《经济日报》报导，面板报价本月回升。           | 经济日报=economic-daily
            """)
    void anOutletInACreditIsTheOutlet(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "他是个经济通，对股市行情很熟。",
            "雪球越滚越大，风险也随之上升。",
            "他把信报箱里的传单都清理了。",
            "量子位是量子计算的基本单位。",
    })
    void theSameWordsElsewhereStayWords(String text) {
        assertEquals("", companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            【经济通】本港消息,                | 1 | 4
            （东方日报讯）吉隆坡,              | 1 | 5
            （东方日报记者 张三 吉隆坡3日讯）, | 1 | 5
            量子位1月2日消息,                  | 0 | 3
            数据仅供参考（来源：雪球）         | 10 | 12
            《经济日报》报导,                  | 1 | 5
            """)
    void creditShapes(String text, int start, int end) {
        assertTrue(Credits.credited(text, start, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            （经济通是一个词）,      | 1 | 4
            他说经济通的人很多,      | 2 | 5
            量子位是什么,            | 0 | 3
            《经济日报》的版面,      | 1 | 5
            """)
    void noCreditShapes(String text, int start, int end) {
        assertFalse(Credits.credited(text, start, end));
    }
}
