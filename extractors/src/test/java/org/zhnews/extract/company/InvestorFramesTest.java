package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Pipeline;

/**
 * Investors named by the frame 获 … 投资 ({@code 曾获X、Y等机构投资}), investment arms in a
 * sentence whose only investing word is {@code 参与投资}, and names before a labelled stock code
 * ({@code （股份代号：2876）}), in invented sentences; and the words that look like the frame
 * ({@code 获悉}, {@code 投资机会}).
 */
class InvestorFramesTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            公司曾获鼎新资本、蓝湖创投等机构投资。             | 鼎新资本=open:鼎新资本 蓝湖创投=open:蓝湖创投
            该公司先后获得红杉中国、云岫基金投资。             | 红杉中国=hongshan 云岫基金=open:云岫基金
            这家新创去年获澄江创投投资新台币3亿元。            | 澄江创投=open:澄江创投
            本地物业公司新鸿基地产旗下的新地创投参与投资。     | 新鸿基地产=shkp 新地创投=open:新地创投
            智能仓储公司港捷科技（股份代号：2876）公布业绩。   | 港捷科技=open:港捷科技
            光模块厂商中际旭创（股票代码：300308）发布公告。   | 中际旭创=innolight
            """)
    void findsTheInvestorsAndTheListedName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "他获得了一次投资机会。",
            "公司获悉后暂停投资。",
            "公司获批后开始投资。",
            "公司获得3亿元投资。",
            "公司获A轮投资，估值翻倍。",
            "公司获天使投资后迅速扩张。",
            "该项目吸引了社会资本参与投资。",
    })
    void wordsLikeTheFrameNameNoOne(String text) {
        assertEquals("", companies(text));
    }
}
