package org.zhnews.text.match;

import org.junit.jupiter.api.Test;
import org.zhnews.text.fold.CharFold;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryMatcherTest {

    private static String found(DictionaryMatcher<String> m, String text) {
        StringBuilder sb = new StringBuilder();
        for (Match<String> hit : m.findLongest(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text, hit.start(), hit.end()).append('=').append(String.join("+", hit.values()));
        }
        return sb.toString();
    }

    private static DictionaryMatcher<String> of(String... pairs) {
        DictionaryMatcher.Builder<String> b = DictionaryMatcher.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add(pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    @Test
    void latinNamesNeedWordBoundaries() {
        DictionaryMatcher<String> m = of("Meta", "meta", "OpenAI", "openai");
        assertEquals("", found(m, "Metadata and metaverse"));
        assertEquals("OpenAI=openai", found(m, "OpenAI的模型"));
        assertEquals("Meta=meta", found(m, "据Meta表示"));
        assertEquals("Meta=meta", found(m, "(Meta)"));
        assertEquals("", found(m, "xOpenAI"));
        assertEquals("", found(m, "Meta3"));
    }

    @Test
    void latinMatchesAnyCaseAndWidthUnlessExact() {
        DictionaryMatcher<String> m = DictionaryMatcher.<String>builder()
                .add("OpenAI", "openai").add("Apple", "apple", true).build();
        assertEquals("OPENAI=openai", found(m, "OPENAI发布"));
        assertEquals("ＯｐｅｎＡＩ=openai", found(m, "ＯｐｅｎＡＩ发布"));
        assertEquals("Apple=apple", found(m, "Apple发布"));
        assertEquals("", found(m, "apple发布"));
        assertEquals("", found(m, "APPLE发布"));
    }

    @Test
    void digitsMayFollowOnlyWhenAllowed() {
        DictionaryMatcher<String> strict = of("Qwen", "qwen");
        DictionaryMatcher<String> loose = DictionaryMatcher.<String>builder().add("Qwen", "qwen").digitMayFollow(true).build();
        assertEquals("", found(strict, "Qwen3发布"));
        assertEquals("Qwen=qwen", found(loose, "Qwen3发布"));
        assertEquals("", found(loose, "Qwenx发布"));
    }

    @Test
    void hanNamesMatchAnywhere() {
        DictionaryMatcher<String> m = of("阿里", "alibaba", "阿里巴巴", "alibaba", "阿里云", "alibaba-cloud");
        assertEquals("阿里巴巴=alibaba 阿里云=alibaba-cloud", found(m, "阿里巴巴和阿里云"));
        assertEquals("阿里=alibaba", found(m, "阿里通义"));
    }

    @Test
    void longestLeftmostWins() {
        DictionaryMatcher<String> m = of("腾讯", "tencent", "腾讯混元", "hunyuan", "混元大模型", "x");
        assertEquals("腾讯混元=hunyuan", found(m, "腾讯混元大模型"));
        List<Match<String>> all = m.findAll("腾讯混元大模型");
        assertEquals(3, all.size());
    }

    @Test
    void sharedSurfacesKeepEveryValue() {
        DictionaryMatcher<String> m = of("经济日报", "tw", "经济日报", "cn");
        assertEquals("经济日报=tw+cn", found(m, "据经济日报报道"));
    }

    @Test
    void emptyDictionaryAndEmptyText() {
        DictionaryMatcher<String> empty = DictionaryMatcher.<String>builder().build();
        assertTrue(empty.findAll("任何文本").isEmpty());
        assertTrue(of("阿里", "a").findAll("").isEmpty());
        assertEquals(0, empty.size());
    }

    @Test
    void blankSurfacesAreIgnored() {
        DictionaryMatcher<String> m = DictionaryMatcher.<String>builder().add("  ", "x").add("百度", "baidu").build();
        assertEquals(1, m.size());
    }

    @Test
    void foldingKeepsLength() {
        String s = "ＡＢＣ　ａbc１２３";
        assertEquals(s.length(), CharFold.matching().foldToArray(s).length);
        assertEquals("abc abc123", new String(CharFold.matching().foldToArray(s)));
    }

    @Test
    void traditionalTextFindsSimplifiedSurfacesAndTheOtherWayRound() {
        DictionaryMatcher<String> m = of("腾讯云", "tencent-cloud", "鴻海", "foxconn");
        assertEquals("騰訊雲=tencent-cloud", found(m, "騰訊雲發布"));
        assertEquals("鸿海=foxconn", found(m, "据悉鸿海"));
    }
}
