package org.zhnews.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.mention.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where no dictionary name may stand. */
class NoNameZonesTest {

    /** The reason for the first occurrence of {@code name} in {@code text}, or "-". */
    private static String reason(String text, String name) {
        int at = text.indexOf(name);
        return NoNameZones.of(text, List.of()).reasonFor(at, at + name.length()).map(Reason::name).orElse("-");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            原文链接:https://openai.com/index/introducing-o3               | openai    | INSIDE_URL
            访问 www.baidu.com 查看                                        | baidu     | INSIDE_URL
            HTTP://WWW.MINIMAX.IO/news                                     | MINIMAX   | INSIDE_URL
            官网deepseek.com已恢复访问                                     | deepseek  | INSIDE_URL
            打开chat.deepseek.com/coder,选择模型                           | deepseek  | INSIDE_URL
            简历请投递至hr@moonshot.cn,注明岗位                            | moonshot  | INSIDE_EMAIL
            Character.AI推出语音通话                                       | Character.AI | -
            携程旗下的Trip.com Group                                       | Trip.com  | -
            Qwen2.5-Max和GPT-4.1,以及DeepSeek-V3.1                         | Qwen      | -
            Qwen2.5-Max和GPT-4.1,以及DeepSeek-V3.1                         | DeepSeek  | -
            e.g.微软和U.S.Steel                                            | Steel     | -
            OpenAI在官网发布。Google随后跟进                               | Google    | -
            投入50亿欧元建设                                               | 亿欧      | INSIDE_NUMBER
            水温升到一百度以后                                             | 百度      | INSIDE_NUMBER
            2024百度世界大会在北京举行                                     | 百度      | -
            据百度公告,一季度营收增长                                      | 百度      | -
            """)
    void findsUrlsEmailsAndNumbers(String text, String name, String expected) {
        assertEquals(expected, reason(text, name));
    }

    @Test
    void anyOverlapWithAnAmountCounts() {
        String text = "营收约3亿欧元,亿欧认为";
        NoNameZones zones = NoNameZones.of(text, List.of(new Span("3亿欧元", 3, 7, 3, 7)));
        assertEquals("INSIDE_AMOUNT", zones.reasonFor(4, 6).map(Reason::name).orElse("-"));
        assertEquals("INSIDE_AMOUNT", zones.reasonFor(6, 8).map(Reason::name).orElse("-"));
        assertEquals("-", zones.reasonFor(8, 10).map(Reason::name).orElse("-"));
    }
}
