package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class MojibakeRepairerTest {

    private static final MojibakeRepairer REPAIRER = new MojibakeRepairer();

    private static String mojibake(String text, String right, String wrong) {
        return new String(text.getBytes(Charset.forName(right)), Charset.forName(wrong));
    }

    static Stream<Arguments> losslessRoutes() {
        List<Arguments> out = new ArrayList<>();
        List<String> all = new ArrayList<>(Sentences.SIMPLIFIED);
        all.addAll(Sentences.TRADITIONAL);
        for (String s : all) {
            out.add(Arguments.of("UTF-8", "ISO-8859-1", s));
            out.add(Arguments.of("GB18030", "ISO-8859-1", s));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} read as {1}: {2}")
    @MethodSource("losslessRoutes")
    void repairsLosslessMojibakeExactly(String right, String wrong, String text) {
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, mojibake(text, right, wrong));
        assertEquals(text, n.text());
        assertTrue(n.warnings().stream().allMatch(w -> w.code() == WarningCode.MOJIBAKE_REPAIRED));
    }

    @Test
    void utf8ReadAsGbk() {
        String moji = mojibake("中文新闻", "UTF-8", "GBK");
        Normalization n = REPAIRER.normalize(moji);
        assertEquals("中文新闻", n.text());
        assertTrue(n.warnings().get(0).message().contains("UTF-8 read as GBK"));
    }

    @Test
    void utf8ReadAsGbkWithLostByteKeepsReplacement() {
        // an odd number of UTF-8 bytes before the comma: the GBK decoder loses one byte
        String text = "我们发布了模型,价格下降";
        String moji = mojibake(text, "UTF-8", "GBK");
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, moji);
        String repaired = n.text();
        assertTrue(repaired.startsWith("我们发布了") || repaired.contains("价格下降"), repaired);
        long lost = repaired.chars().filter(c -> c == 0xFFFD).count();
        assertEquals(repaired.length() - lost, MojibakeEvidenceTest.match(text, repaired,
                new boolean[repaired.length()])[0]);
    }

    @Test
    void utf8ReadAsLatin1WithC1Controls() {
        String moji = mojibake("中文", "UTF-8", "ISO-8859-1");
        assertEquals("\u00e4\u00b8\u00ad\u00e6\u0096\u0087", moji);
        Normalization n = REPAIRER.normalize(moji);
        assertEquals("中文", n.text());
        assertTrue(n.warnings().get(0).message().contains("ISO-8859-1"), n.warnings().toString());
    }

    @Test
    void utf8ReadAsCp1252() {
        String moji = mojibake("中文", "UTF-8", "windows-1252");
        assertEquals("ä¸­æ–‡", moji);
        Normalization n = REPAIRER.normalize(moji);
        assertEquals("中文", n.text());
        assertTrue(n.warnings().get(0).message().contains("windows-1252"));
    }

    @Test
    void cp1252UndefinedByteStaysReplacement() {
        // 耐 is E8 80 90; 0x90 is undefined in windows-1252 and Java decodes it as U+FFFD
        String text = "更多的耐心和时间";
        String moji = mojibake(text, "UTF-8", "windows-1252");
        Normalization n = REPAIRER.normalize(moji);
        assertEquals("更多的\uFFFD心和时间", n.text());
        assertTrue(n.warnings().get(0).message().contains("1 character lost"), n.warnings().toString());
    }

    @Test
    void cp1252UndefinedByteAsC1ControlIsRestored() {
        // ftfy's sloppy reading: the byte survives as the C1 control U+0090
        String moji = new String("耐心".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .replace('\u0080', '\u20AC');
        assertEquals("耐心", REPAIRER.normalize(moji).text());
    }

    @Test
    void gbkReadAsLatin1() {
        String moji = "\u00a1\u00a1\u00a1\u00a12020\u00c4\u00ea7\u00d4\u00c29\u00c8\u00d5\u00a3\u00ac";
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, moji);
        assertEquals("\u3000\u30002020年7月9日，", n.text());
        assertTrue(n.warnings().get(0).message().contains("GBK read as"));
    }

    @Test
    void utf8ReadAsBig5ReportsLoss() {
        String text = "人工智慧的發展需要更多資料";
        String moji = mojibake(text, "UTF-8", "Big5");
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, moji);
        long[] m = MojibakeEvidenceTest.match(text, n.text(), new boolean[n.text().length()]);
        assertEquals(0, m[1]);
        assertTrue(m[0] > 0, n.text());
    }

    @Test
    void mojibakeInsideCleanTextOnlyThatRunChanges() {
        String moji = mojibake("人工智能", "UTF-8", "windows-1252");
        String input = "标题：" + moji + "（完）";
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, input);
        assertEquals("标题：人工智能（完）", n.text());
        Warning w = n.warnings().get(0);
        assertEquals(new TextRange(3, 3 + moji.length()), w.range().get());
    }

    @Test
    void asciiInsideMojibakeIsKept() {
        String moji = mojibake("发布GPT-5模型", "UTF-8", "GBK");
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, moji);
        assertEquals("发布GPT-5模型", n.text());
        int gpt = moji.indexOf("GPT");
        assertEquals(new TextRange(gpt, gpt + 3), n.map().toOriginal(n.text().indexOf("GPT"), n.text().indexOf("GPT") + 3));
    }

    @Test
    void twoSeparateRepairsGiveTwoWarnings() {
        String a = mojibake("中国", "UTF-8", "windows-1252");
        String b = mojibake("北京", "UTF-8", "windows-1252");
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, a + " and Paris et " + b);
        assertEquals("中国 and Paris et 北京", n.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le modèle a été présenté à la presse.",
        "Die Größe des Modells überrascht: 70 Milliarden Parameter.",
        "El año pasado la compañía creció un 12 %.",
        "Ça coûte 5 € — très cher, n'est-ce pas ?",
        "São Paulo, Curaçao, Zürich, Kraków",
        "naïve café déjà vu « guillemets »",
        "ÀÉÎÕÜ àéîõü ÆØÅ æøå ß",
        "© 2024 ® ™ ± × ÷ ° ¼ ½ ¾",
        "这是一段正常的中文新闻，没有任何乱码。",
        "這是一段正常的繁體中文新聞，沒有任何亂碼。",
        "日本語のテキストもそのまま残ります。",
        "한국어 텍스트도 그대로 둡니다.",
        "Ελληνικά και русский текст",
        "涓 alone is a real rare character",
        "混合 English 与中文 and 数字 123",
        "“引号”‘单引号’——破折号……省略号",
        "ÂÃÄ ÈÉÊ ÌÍÎ ÒÓÔ ÙÚÛ",
        "Œuvre, Š, Ž, ƒ, ‰, ‹ ›",
        "ÖÐ alone",
    })
    void genuineTextIsUnchanged(String text) {
        Normalization n = ConsistencyKit.checkNormalizer(REPAIRER, text);
        assertEquals(text, n.text());
        assertTrue(n.warnings().isEmpty(), n.warnings().toString());
    }

    @Test
    void randomDocuments() {
        ConsistencyKit.random().documents(5000).seed(1L).check(REPAIRER);
    }

    @Test
    void randomMojibakeDocuments() {
        java.util.Random r = new java.util.Random(7);
        String[] wrong = {"GBK", "windows-1252", "ISO-8859-1", "Big5"};
        for (int k = 0; k < 300; k++) {
            String s = Sentences.SIMPLIFIED.get(r.nextInt(Sentences.SIMPLIFIED.size()));
            String cut = s.substring(r.nextInt(s.length() / 2));
            String moji = "x" + mojibake(cut, "UTF-8", wrong[k % wrong.length]) + "。" + cut;
            ConsistencyKit.checkNormalizer(REPAIRER, moji);
        }
    }
}
