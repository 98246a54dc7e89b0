package org.zhnews.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zhnews.extract.model.OpenModelNamesTest.models;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name shared by a company and its app ({@code DeepSeek}) is the app in a ranking of apps:
 * across the semicolons that join the ranking's places, past the vendor that 推出的 links to its
 * own app and past the firm the ranking is cited from (据…); a web version or a client after it
 * is the app. Sentences written for these tests.
 */
class DualNamesInRankingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            排名第一的仍是字节跳动推出的豆包，月活1.72亿；DeepSeek以1.38亿位列次席；腾讯元宝月活首次突破5000万。 | 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek 腾讯元宝=Yuanbao/-/-@tencent
            据机构易观千帆发布的榜单，豆包以2.03亿月活跃用户居首，DeepSeek（约1.38亿）次之，腾讯元宝和Kimi分列第三、第四。 | 豆包=Doubao/-/-@bytedance DeepSeek=DeepSeek/-/-@deepseek 腾讯元宝=Yuanbao/-/-@tencent Kimi=Kimi/-/-@moonshot-ai
            DeepSeek网页版的份额回落至3.1%。 | DeepSeek=DeepSeek/-/-@deepseek
            """)
    void aSharedNameInARankingOfAppsIsTheApp(String text, String expected) {
        assertEquals(expected, models(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DeepSeek发布新模型；阿里巴巴和腾讯也跟进。 |
            DeepSeek今年估值上升；豆包和元宝的月活也在增长。 | 豆包=Doubao/-/-@bytedance 元宝=Yuanbao/-/-@tencent
            """)
    void theCompanyElsewhere(String text, String expected) {
        assertEquals(expected == null ? "" : expected, models(text));
    }
}
