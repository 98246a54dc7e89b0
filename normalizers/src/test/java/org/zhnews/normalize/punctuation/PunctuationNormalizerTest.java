package org.zhnews.normalize.punctuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class PunctuationNormalizerTest {

    private static final PunctuationNormalizer DEFAULT = PunctuationNormalizer.defaults();
    private static final PunctuationNormalizer SPACING = PunctuationNormalizer.none().panguSpacing(true).build();

    private static String norm(String in) {
        return ConsistencyKit.checkNormalizer(DEFAULT, in).text();
    }

    private static String spaced(String in) {
        return ConsistencyKit.checkNormalizer(SPACING, in).text();
    }

    // ------------------------------------------------------------------ sentence punctuation

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "我们今天发布新品,明天上市|我们今天发布新品，明天上市",
        "他表示:这是第一步|他表示：这是第一步",
        "真的吗?当然!|真的吗？当然！",
        "首先是价格;其次是渠道|首先是价格；其次是渠道",
        "营收下滑,但利润增长|营收下滑，但利润增长",
        "公司说 , 明年再议|公司说，明年再议",
        "我们用Python,因为它简单|我们用Python，因为它简单",
        "数据显示,2024年营收增长|数据显示，2024年营收增长",
        "这是什么?!|这是什么？！",
        "财报发布时间:周五|财报发布时间：周五",
        "今年下滑了17%,外界期待|今年下滑了17%，外界期待",
        "微软和OpenAI,2019年|微软和OpenAI，2019年",
        "为何不跟进Sora?|为何不跟进Sora？",
        "新品Qwen3:新一代模型|新品Qwen3：新一代模型",
    })
    void convertsInChineseContext(String in, String out) {
        assertEquals(out, norm(in));
    }

    @ParameterizedTest(name = "keeps {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "售价1,000元",
        "会议12:30开始",
        "增长3.5倍",
        "访问https://example.com/a?b=1获取",
        "邮箱test@example.com可用",
        "Michael I.Jordan是教授",
        "Gemini 2.5 Pro发布",
        "Hello, world! How are you?",
        "运行x=foo(a,b);即可",
        "太好了:)真开心",
        "好的;-)下次见",
        "笑死:D哈哈",
        "编号A,B,C都在",
        "路径C:\\Windows下",
        "逗号,,,,很多",
        "账号ID:abc123",
        "页面example.com?id=1打开",
        "He said A,2019 was good",
    })
    void keepsLatinAndNumericContext(String in) {
        assertEquals(in, norm(in));
    }

    @Test
    void englishSentenceQuotedInChinese() {
        assertEquals("他说“I think, therefore I am.”", norm("他说\"I think, therefore I am.\""));
    }

    @Test
    void brandWithExclamationKeepsIt() {
        assertEquals("我用Yahoo!搜索", norm("我用Yahoo!搜索"));
    }

    // ------------------------------------------------------------------ parentheses

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "苹果(中国)公司|苹果（中国）公司",
        "自然语言处理(NLP)技术|自然语言处理（NLP）技术",
        "模型(参数量70亿)发布|模型（参数量70亿）发布",
        "他说(见附录(表3)说明)完毕|他说（见附录（表3）说明）完毕",
        "混合（中文)括号|混合（中文）括号",
        "混合(中文）括号|混合（中文）括号",
        "Qwen2.5-Max(阿里)上线|Qwen2.5-Max（阿里）上线",
    })
    void convertsMatchedPairs(String in, String out) {
        assertEquals(out, norm(in));
    }

    @ParameterizedTest(name = "keeps {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "调用print(x)函数",
        "调用foo()即可",
        "f(x) = x + 1",
        "报错(2006, 'gone away')了",
        "只有左括号(没有右",
        "只有右括号)没有左",
        "1) 第一项",
    })
    void keepsCodeAndUnmatched(String in) {
        assertEquals(in, norm(in));
    }

    @Test
    void pairsNeverSpanLines() {
        assertEquals("开始(第一行\n第二行)结束", norm("开始(第一行\n第二行)结束"));
    }

    @Test
    void neverHalfAPair() {
        String out = norm("文本(甲(乙)丙))丁((戊");
        assertEquals("文本（甲（乙）丙）)丁((戊", out);
    }

    // ------------------------------------------------------------------ quotes

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "他说\"你好\"然后走了|他说“你好”然后走了",
        "他说”你好”然后走了|他说“你好”然后走了",
        "所谓’智能’其实|所谓‘智能’其实",
        "书名「三体」很有名|书名“三体”很有名",
        "他说「她说『好』」|他说“她说‘好’”",
        "这是\"AI\"的时代|这是“AI”的时代",
    })
    void unifiesQuotesToCurly(String in, String out) {
        assertEquals(out, norm(in));
    }

    @Test
    void cornerStyle() {
        PunctuationNormalizer corner = PunctuationNormalizer.builder().quoteStyle(QuoteStyle.CORNER).build();
        assertEquals("他说「你好」，又说「『嗯』」",
                ConsistencyKit.checkNormalizer(corner, "他说\"你好\",又说“‘嗯’”").text());
        assertEquals("书名「三体」", ConsistencyKit.checkNormalizer(corner, "书名「三体」").text());
        assertEquals("他说「好」", ConsistencyKit.checkNormalizer(corner, "他说“好”").text());
    }

    @Test
    void keepStyleLeavesQuotes() {
        PunctuationNormalizer keep = PunctuationNormalizer.builder().quoteStyle(QuoteStyle.KEEP).build();
        assertEquals("他说\"你好\"", ConsistencyKit.checkNormalizer(keep, "他说\"你好\"").text());
    }

    @Test
    void unpairedQuoteIsLeftAndWarned() {
        Normalization n = ConsistencyKit.checkNormalizer(DEFAULT, "他说\"你好，再见");
        assertEquals("他说\"你好，再见", n.text());
        assertEquals(1, n.warnings().size());
        Warning w = n.warnings().get(0);
        assertEquals(WarningCode.UNPAIRED_QUOTE, w.code());
        assertEquals(new TextRange(2, 3), w.range().orElseThrow());
    }

    @Test
    void warningRangesAreInInputCoordinates() {
        // the ellipsis before the quote shrinks the text; the warning must still point at the quote
        Normalization n = ConsistencyKit.checkNormalizer(DEFAULT, "ＡＢ。。。他说\"好");
        assertEquals("AB……他说\"好", n.text());
        assertEquals(new TextRange(7, 8), n.warnings().get(0).range().orElseThrow());
    }

    @ParameterizedTest(name = "keeps {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "He said \"hello\" to me",
        "Levi's和Python's都是",
        "it's 'quoted' text",
        "他的80's风格",
    })
    void keepsEnglishQuotesAndApostrophes(String in) {
        assertEquals(in, norm(in));
    }

    // ------------------------------------------------------------------ ellipsis and dashes

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "等一下...好吧|等一下……好吧",
        "等一下......好吧|等一下……好吧",
        "等一下。。。好吧|等一下……好吧",
        "等一下…好吧|等一下……好吧",
        "等一下……好吧|等一下……好吧",
        "他说--不对|他说——不对",
        "他说—不对|他说——不对",
        "他说―不对|他说——不对",
        "他说――不对|他说——不对",
        "他说－－不对|他说——不对",
    })
    void unifiesEllipsisAndDash(String in, String out) {
        assertEquals(out, norm(in));
    }

    @ParameterizedTest(name = "keeps {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "GPT-4o发布",
        "Qwen2.5-Max上线",
        "需要3-5天",
        "wait... what",
        "运行--help查看",
        "评级D--的公司",
        "for (i = 0; i < n; i--) {}",
        "range 1...3",
    })
    void keepsHyphensAndLatinDots(String in) {
        assertEquals(in, norm(in));
    }

    // ------------------------------------------------------------------ width folding

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "ＡＩ芯片|AI芯片",
        "２０２５年|2025年",
        "增长５０％|增长50%",
        "版本３．５发布|版本3.5发布",
        "型号ＧＰＴ－４|型号GPT-4",
        "全角　空格|全角　空格",
        "句号．不变|句号．不变",
    })
    void foldsFullWidth(String in, String out) {
        assertEquals(out, norm(in));
    }

    @Test
    void foldedLettersGiveChineseContext() {
        assertEquals("发布AI，明天", norm("发布ＡＩ,明天"));
    }

    // ------------------------------------------------------------------ pangu spacing

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
        "阿里发布Qwen2.5模型|阿里发布 Qwen2.5 模型",
        "营收100亿|营收 100 亿",
        "增长50%以上|增长 50% 以上",
        "使用C++开发|使用 C++ 开发",
        "请@张三回复|请 @张三回复",
        "文件在/usr/lib目录|文件在 /usr/lib 目录",
        "已经很好了. 对|已经很好了. 对",
        "A/B测试|A/B 测试",
    })
    void spacing(String in, String out) {
        assertEquals(out, spaced(in));
    }

    @Test
    void spacingIsOffByDefault() {
        assertEquals("阿里发布Qwen模型", norm("阿里发布Qwen模型"));
    }

    @Test
    void spacingWithDefaultsMapsInsertedSpacesBack() {
        PunctuationNormalizer all = PunctuationNormalizer.builder().panguSpacing(true).build();
        Normalization n = ConsistencyKit.checkNormalizer(all, "阿里发布ＱＷＥＮ,明天上线");
        assertEquals("阿里发布 QWEN，明天上线", n.text());
        int q = n.text().indexOf('Q');
        TextRange r = n.map().toOriginal(q, q + 4);
        assertEquals("ＱＷＥＮ", "阿里发布ＱＷＥＮ,明天上线".substring(r.start(), r.end()));
    }

    @Test
    void spacingIdempotent() {
        String once = spaced("阿里发布Qwen2.5模型,价格100元");
        assertEquals(once, spaced(once));
    }

    // ------------------------------------------------------------------ offsets, robustness

    @Test
    void offsetsOfReplacedPunctuationMapBack() {
        String in = "苹果(中国)公司...好";
        Normalization n = ConsistencyKit.checkNormalizer(DEFAULT, in);
        assertEquals("苹果（中国）公司……好", n.text());
        int e = n.text().indexOf('…');
        TextRange r = n.map().toOriginal(e, e + 2);
        assertEquals("...", in.substring(r.start(), r.end()));
        TextRange c = n.map().toOriginal(3, 5);
        assertEquals("中国", in.substring(c.start(), c.end()));
    }

    @Test
    void unchangedTextHasIdentityMap() {
        Normalization n = DEFAULT.normalize("纯中文没有标点");
        assertTrue(n.map().isIdentity());
        assertTrue(n.warnings().isEmpty());
    }

    @Test
    void emptyAndTinyInputs() {
        assertEquals("", norm(""));
        assertEquals(",", norm(","));
        assertEquals("(", norm("("));
        assertEquals("\"", spaced("\""));
        assertEquals("中", spaced("中"));
    }

    @Test
    void surrogatePairsSurvive() {
        assertEquals("𠮷野家，好吃", norm("𠮷野家,好吃"));
        assertEquals("𠮷 A", spaced("𠮷A"));
    }

    @Test
    void longParenthesisRunIsLinear() {
        String in = "(".repeat(100_000);
        assertEquals(in, norm(in));
        String pairs = "中" + "(".repeat(50_000) + "文" + ")".repeat(50_000);
        String out = norm(pairs);
        assertEquals(100_002, out.length());
        assertFalse(out.contains("(") || out.contains(")"));
        assertEquals(in.length(), spaced(in).length());
    }

    @Test
    void longCommaRunIsLinear() {
        String in = "中" + ",".repeat(100_000) + "文";
        assertEquals(in, norm(in));
        String quotes = "\"".repeat(100_001);
        Normalization n = DEFAULT.normalize(quotes);
        assertEquals(quotes, n.text());
        assertTrue(n.warnings().size() <= 50);
        assertEquals(("中,").repeat(20_000).length() + 19_999, spaced(("中,").repeat(20_000)).length());
    }

    @Test
    void builderRoundTrip() {
        PunctuationNormalizer p = PunctuationNormalizer.builder().quoteStyle(QuoteStyle.CORNER)
                .panguSpacing(true).build();
        PunctuationNormalizer q = p.toBuilder().build();
        String in = "他说\"好\"用AI";
        assertEquals(p.normalize(in), q.normalize(in));
        assertEquals("punctuation", p.name());
    }

    @Test
    void noneBuilderChangesNothing() {
        PunctuationNormalizer off = PunctuationNormalizer.none().build();
        for (String in : List.of("他说\"好\",ＡＩ...", "中(文)--好")) {
            assertEquals(in, ConsistencyKit.checkNormalizer(off, in).text());
        }
    }

    // ------------------------------------------------------------------ random runs

    @Test
    void randomDefault() {
        assertEquals(5000, ConsistencyKit.random().documents(5000).seed(1L).check(DEFAULT));
    }

    @Test
    void randomWithSpacing() {
        PunctuationNormalizer all = PunctuationNormalizer.builder().panguSpacing(true).build();
        assertEquals(5000, ConsistencyKit.random().documents(5000).seed(2L).check(all));
        assertEquals(5000, ConsistencyKit.random().documents(5000).seed(3L).check(SPACING));
    }

    @Test
    void randomCornerStyle() {
        PunctuationNormalizer corner = PunctuationNormalizer.builder().quoteStyle(QuoteStyle.CORNER).build();
        assertEquals(2000, ConsistencyKit.random().documents(2000).seed(4L).check(corner));
    }
}
