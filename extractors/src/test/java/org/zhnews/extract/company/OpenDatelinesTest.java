package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * Outlets no list holds, credited in a dateline that opens a line (invented outlets and
 * sentences), and the traps: the paper's own 本报, a generic word before the outlet word, an
 * outlet word inside a sentence, a name at a line start without a credit after it.
 */
class OpenDatelinesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            南洋晨光新闻讯 本地一家初创今天宣布扩张。          | 南洋晨光新闻=open:南洋晨光新闻
            港湾日报5月3日电 港府公布新措施。                 | 港湾日报=open:港湾日报
            本报讯 本地一家初创今天宣布扩张。                 | ''
            科技新闻讯 本地一家初创今天宣布扩张。             | ''
            他说港湾日报讯号不好。                            | ''
            南洋晨光新闻今天休刊。                            | ''
            据南洋晨光新闻报道，港府公布新措施。              | 南洋晨光新闻=open:南洋晨光新闻
            """)
    void datelineOutlets(String text, String expected) {
        assertEquals(expected, companies(text));
    }
}
