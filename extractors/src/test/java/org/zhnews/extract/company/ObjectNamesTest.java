package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * A name ending in a line of business right after a verb whose object is a company (收购, 加入,
 * 任职于…) is a company, up to a word of what is bought (全部, 股权) or a mark; a generic phrase
 * there (人工智能业务, 人工智能行业) is none. Invented sentences.
 */
class ObjectNamesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            腾讯宣布以约12亿美元收购星澜科技全部股权。 | 腾讯=tencent 星澜科技=open:星澜科技
            前百度副总裁张三已加入星澜科技，出任首席技术官。 | 百度=baidu 星澜科技=open:星澜科技
            他曾任职于星澜智能科技，负责算法。 | 星澜智能科技=open:星澜智能科技
            他加入了星澜机器人公司。 | 星澜机器人公司=open:星澜机器人
            公司去年以1.8亿元收购苏州星澜光电30%股权。 | 苏州星澜光电=open:苏州星澜光电
            公司收购了人工智能业务。 |
            他离开人工智能行业多年。 |
            """)
    void aNameAfterAVerbWhoseObjectIsACompany(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }
}
