package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class ControlCharacterCleanerTest {

    private static final ControlCharacterCleaner CLEANER = new ControlCharacterCleaner();

    private static Normalization run(String s) {
        return ConsistencyKit.checkNormalizer(CLEANER, s);
    }

    private static List<String> codes(Normalization n) {
        return n.warnings().stream().map(w -> w.code().jsonName()).toList();
    }

    @Test
    void removesBomInsideText() {
        Normalization n = run("中文\uFEFF新闻");
        assertEquals("中文新闻", n.text());
        assertEquals(List.of("control_characters_removed"), codes(n));
    }

    @Test
    void removesZeroWidthAndCountsOnce() {
        Normalization n = run("人\u200B工\u2060智\u180E能\u00AD");
        assertEquals("人工智能", n.text());
        assertEquals(1, n.warnings().size());
        assertTrue(n.warnings().get(0).message().startsWith("4 "), n.warnings().toString());
    }

    @Test
    void removesC0AndC1ButKeepsTabNewlineReturn() {
        Normalization n = run("a\u0000b\u0007c\td\ne\rf\u0085g\u009Fh\u007F");
        assertEquals("abc\td\ne\rfgh", n.text());
    }

    @Test
    void bidiControlsRemovedWithWarning() {
        Normalization n = run("价格\u202E123\u202C元");
        assertEquals("价格123元", n.text());
        assertEquals(2, codes(n).stream().filter("bidi_control_removed"::equals).count());
        assertEquals(new TextRange(2, 3), n.warnings().get(0).range().get());
    }

    @Test
    void replacementCharacterKeptAndReported() {
        Normalization n = run("中\uFFFD\uFFFD文");
        assertEquals("中\uFFFD\uFFFD文", n.text());
        assertEquals(List.of("replacement_character"), codes(n));
        assertEquals(new TextRange(1, 3), n.warnings().get(0).range().get());
    }

    @Test
    void questionMarksBetweenHanReported() {
        Normalization n = run("中??文 and 中?文");
        assertEquals("中??文 and 中?文", n.text());
        assertEquals(List.of("suspicious_question_marks", "suspicious_question_marks"), codes(n));
    }

    @Test
    void questionMarksWhereACharacterWasExpectedReported() {
        assertEquals(List.of("suspicious_question_marks"), codes(run("据??报道，公司发布新品")));
        assertEquals(List.of("suspicious_question_marks"), codes(run("发布了新模?。")));
        assertEquals(List.of("suspicious_question_marks"), codes(run("第一行\n??公司发布新品")));
        assertEquals(List.of("suspicious_question_marks"), codes(run("恶性循环?这一问题，值得关注")));
        Normalization n = run("公司???了");
        assertEquals(new TextRange(2, 5), n.warnings().get(0).range().get());
    }

    @Test
    void questionMarksEndingQuestionsNotReported() {
        for (String text : List.of("你会来吗?我不信", "这是什么?没人知道", "是不是?他问", "他真的会来吗??",
                "谁?", "真的?\n下一行", "What is AGI? 没人说得清", "Qwen3?还是DeepSeek?", "他问：“可以吗?”",
                "这是真的??", "Is it true? Really?? 真的吗？", "有没有?答案是有", "还有多远?大模型",
                "是大年还是小年?在设计上", "恶性循环?这一问题,值得关注")) {
            Normalization n = run(text);
            assertTrue(n.warnings().isEmpty(), text + ": " + n.warnings());
        }
    }

    @Test
    void ordinaryQuestionMarksNotReported() {
        Normalization n = run("Is it true? Really?? 真的吗？");
        assertTrue(n.warnings().isEmpty(), n.warnings().toString());
    }

    @Test
    void nfcComposes() {
        Normalization n = run("Cafe\u0301 ok");
        assertEquals("Caf\u00e9 ok", n.text());
        assertEquals(new TextRange(3, 5), n.map().toOriginal(3, 4));
    }

    @Test
    void nfcReordersMarks() {
        String input = "a\u0323\u0301"; // already canonical order? dot below (220) before acute (230)
        assertEquals(java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC), run(input).text());
        String swapped = "a\u0301\u0323";
        assertEquals(java.text.Normalizer.normalize(swapped, java.text.Normalizer.Form.NFC), run(swapped).text());
    }

    @Test
    void hangulJamoComposed() {
        assertEquals("\uD55C", run("\u1112\u1161\u11AB").text());
    }

    @Test
    void emojiZwjSequenceKept() {
        String s = "程序员\uD83D\uDC68\u200D\uD83D\uDCBB来了";
        assertEquals(s, run(s).text());
    }

    @Test
    void zwjBetweenHanRemoved() {
        assertEquals("中文", run("中\u200D文").text());
    }

    @Test
    void unpairedSurrogateRemoved() {
        assertEquals("ab", run("a\uD800b").text());
    }

    @Test
    void cleanTextUnchanged() {
        String s = "这是一段干净的文本。This is clean.";
        Normalization n = run(s);
        assertEquals(s, n.text());
        assertTrue(n.map().isIdentity());
        assertTrue(n.warnings().isEmpty());
    }

    @Test
    void randomDocuments() {
        ConsistencyKit.random().documents(5000).seed(1L).check(CLEANER);
    }
}
