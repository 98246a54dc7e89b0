package org.zhnews.normalize.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Normalization;
import org.zhnews.core.Script;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class ScriptNormalizerTest {

    static final ScriptNormalizer MAINLAND = ScriptNormalizer.builder().build();
    static final ScriptNormalizer CHARS_ONLY = ScriptNormalizer.builder().regionalPhrases(false).build();
    static final ScriptNormalizer TAIWAN = ScriptNormalizer.builder()
            .target(ScriptTarget.TRADITIONAL_TAIWAN).build();
    static final ScriptNormalizer HONG_KONG = ScriptNormalizer.builder()
            .target(ScriptTarget.TRADITIONAL_HONG_KONG).build();
    static final ScriptNormalizer TRADITIONAL = ScriptNormalizer.builder()
            .target(ScriptTarget.TRADITIONAL).build();

    private static String s(String in) {
        return MAINLAND.normalize(in).text();
    }

    // --- Taiwan wording to mainland -------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "資料, 数据",
            "演算法, 算法",
            "軟體, 软件",
            "網際網路, 互联网",
            "輝達, 英伟达",
            "智慧型手機, 智能手机",
            "雲端運算, 云计算",
            "存取, 访问",
            "矽谷, 硅谷",
            "晶片, 芯片",
            "程式, 程序",
            "記憶體, 内存",
            "伺服器, 服务器",
            "人工智慧, 人工智能",
            "預設值, 默认值",
            "巨集, 宏",
            "快閃記憶體, 闪存",
            "寮國, 老挝",
            "紐西蘭, 新西兰",
            "好市多, 开市客",
            "祖克柏, 扎克伯格",
    })
    void taiwanTermsBecomeMainland(String taiwan, String mainland) {
        assertEquals(mainland, s(taiwan));
    }

    @Test
    void taiwanSentence() {
        assertEquals("英伟达在硅谷发布新的芯片与软件，用于云计算。",
                s("輝達在矽谷發布新的晶片與軟體，用於雲端運算。"));
    }

    @Test
    void sentenceWithSmartphoneAndAlgorithm() {
        assertEquals("这款智能手机的推荐算法访问了数据",
                s("這款智慧型手機的推薦演算法存取了資料"));
    }

    // --- traps: longest match keeps longer terms -------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "軟體動物, 软体动物",
            "方程式, 方程式",
            "參考資料, 参考资料",
            "隨機存取, 随机存取",
            "乾隆, 乾隆",
            "乾坤, 乾坤",
            "慰藉, 慰藉",
    })
    void longerTermsAreNotOverConverted(String in, String out) {
        assertEquals(out, s(in));
    }

    @Test
    void softwareAndMolluscInOneSentence() {
        assertEquals("这个软件里有软体动物的数据库", s("這個軟體裡有軟體動物的資料庫"));
    }

    @Test
    void equationAndProgram() {
        assertEquals("写一个程序来解方程式", s("寫一個程式來解方程式"));
    }

    @Test
    void simplifiedCharactersThatAreAlsoTaiwanVariantsStay() {
        assertEquals("公司的秘密武器，秘书说台风要来", s("公司的秘密武器，秘书说台风要来"));
        assertEquals("神秘的秘密在台湾", s("神祕的祕密在臺灣"));
    }

    @Test
    void driedFoodIsGanButEmperorIsQian() {
        assertEquals("葡萄干与乾隆", s("葡萄乾與乾隆"));
    }

    // --- character-only mode ---------------------------------------------------------------

    @Test
    void charactersOnlyKeepsTaiwanWording() {
        assertEquals("软体与资料", CHARS_ONLY.normalize("軟體與資料").text());
        assertEquals("演算法", CHARS_ONLY.normalize("演算法").text());
        assertEquals("辉达", CHARS_ONLY.normalize("輝達").text());
    }

    @Test
    void hongKongVariantsBecomeSimplified() {
        assertEquals("虚伪叹息", CHARS_ONLY.normalize("虛偽歎息").text());
        assertEquals("说明", CHARS_ONLY.normalize("説明").text());
    }

    @Test
    void simplifiedInputIsUnchanged() {
        String in = "阿里巴巴发布通义千问，英伟达股价上涨百分之五。";
        Normalization n = MAINLAND.normalize(in);
        assertEquals(in, n.text());
        assertEquals(Script.SIMPLIFIED, n.script().orElseThrow());
    }

    // --- reverse direction -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "软件, 軟體",
            "数据库, 資料庫",
            "互联网, 網際網路",
            "英伟达, 輝達",
            "智能手机, 智慧型手機",
            "云计算, 雲端運算",
            "硅谷, 矽谷",
            "芯片, 晶片",
            "软体动物, 軟體動物",
    })
    void mainlandTermsBecomeTaiwan(String mainland, String taiwan) {
        assertEquals(taiwan, TAIWAN.normalize(mainland).text());
    }

    @Test
    void taiwanVariantCharacters() {
        assertEquals("裡面", TAIWAN.normalize("里面").text());
        assertEquals("為什麼", TAIWAN.normalize("为什么").text());
    }

    @Test
    void accessIsOneWay() {
        // 访问 a website is not 存取 in Taiwan: the overlay row is tw2s only
        assertEquals("訪問", TAIWAN.normalize("访问").text());
    }

    @Test
    void hongKongTarget() {
        assertEquals("虛偽", HONG_KONG.normalize("虚伪").text());
        assertEquals("伊利諾州", HONG_KONG.normalize("伊利诺伊州").text());
    }

    @Test
    void openCcStandardTraditional() {
        assertEquals("僞造數據", TRADITIONAL.normalize("伪造数据").text());
        assertEquals("軟件", TRADITIONAL.normalize("软件").text());
    }

    @Test
    void roundTripOfTechSentence() {
        String mainland = "英伟达的芯片用于云计算";
        String taiwan = TAIWAN.normalize(mainland).text();
        assertEquals("輝達的晶片用於雲端運算", taiwan);
        assertEquals(mainland, s(taiwan));
    }

    // --- Latin, digits, model names --------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Qwen2.5-Max", "Gemini 2.5 Pro", "GPT-4o mini", "DeepSeek-V3 671B",
            "https://example.com/a?b=1", "2024-11-28 12:00", "ＡＢＣ１２３", ""})
    void latinAndDigitsPassUntouched(String in) {
        for (ScriptNormalizer n : List.of(MAINLAND, TAIWAN, HONG_KONG, TRADITIONAL, CHARS_ONLY)) {
            Normalization r = n.normalize(in);
            assertEquals(in, r.text());
            assertEquals(Script.UNKNOWN, r.script().orElseThrow());
        }
    }

    @Test
    void modelNameInsideTraditionalSentence() {
        assertEquals("阿里巴巴发布Qwen2.5-Max模型，对标Gemini 2.5 Pro",
                s("阿里巴巴發布Qwen2.5-Max模型，對標Gemini 2.5 Pro"));
    }

    @Test
    void mixedLatinHanTermsNeedAWordStart() {
        assertEquals("SQL注入", s("SQL隱碼攻擊"));
        assertEquals("XSQL隐码攻击", s("XSQL隱碼攻擊"));
    }

    // --- offsets ---------------------------------------------------------------------------

    @Test
    void lengthChangingPhraseMapsToWholeOriginal() {
        String in = "買了智慧型手機";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("买了智能手机", n.text());
        int start = n.text().indexOf("智能手机");
        assertEquals(new TextRange(2, 7), n.map().toOriginal(start, start + 4));
        // any part of the output phrase maps to the whole original phrase
        assertEquals(new TextRange(2, 7), n.map().toOriginal(start + 1, start + 2));
        assertEquals(new TextRange(0, 1), n.map().toOriginal(0, 1));
    }

    @Test
    void algorithmOffsets() {
        String in = "新演算法";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("新算法", n.text());
        assertEquals(new TextRange(1, 4), n.map().toOriginal(1, 3));
        assertEquals(new TextRange(0, 1), n.map().toOriginal(0, 1));
    }

    @Test
    void nvidiaOffsetsAndSurface() {
        String in = "據輝達表示";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("据英伟达表示", n.text());
        TextRange r = n.map().toOriginal(1, 4);
        assertEquals("輝達", in.substring(r.start(), r.end()));
    }

    @Test
    void oneToOneCharactersMapOneToOne() {
        String in = "國際貿易";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("国际贸易", n.text());
        for (int i = 0; i < in.length(); i++) {
            assertEquals(new TextRange(i, i + 1), n.map().toOriginal(i, i + 1));
        }
    }

    @Test
    void reverseLengthChangeOffsets() {
        String in = "用云计算";
        Normalization n = TAIWAN.normalize(in);
        assertEquals("用雲端運算", n.text());
        assertEquals(new TextRange(1, 4), n.map().toOriginal(1, 5));
    }

    // --- detection -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "这是一个简体中文的句子, SIMPLIFIED",
            "這是一個繁體中文的句子, TRADITIONAL",
            "这是繁體與简体混合的文字, MIXED",
            "中文, UNKNOWN",
            "a, UNKNOWN",
            "國, UNKNOWN",
            "Hello world, UNKNOWN",
            "臺灣的資料, TRADITIONAL",
            "国家统计局发布数据, SIMPLIFIED",
    })
    void detection(String in, Script expected) {
        assertEquals(expected, ScriptDetector.standard().detect(in));
        assertEquals(expected, MAINLAND.normalize(in).script().orElseThrow());
    }

    @Test
    void mixedScriptWarns() {
        Normalization n = MAINLAND.normalize("这是繁體與简体混合的文字");
        assertEquals(Script.MIXED, n.script().orElseThrow());
        assertTrue(n.warnings().stream().anyMatch(w -> w.code() == WarningCode.MIXED_SCRIPT));
        assertTrue(MAINLAND.normalize("這是繁體").warnings().isEmpty());
    }

    @Test
    void detectorNeverThrowsOnNull() {
        assertEquals(Script.UNKNOWN, ScriptDetector.standard().detect(null));
    }

    @Test
    void fewTraditionalCharsInALongSimplifiedTextIsStillSimplified() {
        String in = "国家统计局今天发布了最新的数据，经济增长继续保持稳定，这说明改革开放有效（臺）";
        assertEquals(Script.SIMPLIFIED, ScriptDetector.standard().detect(in));
    }

    // --- contract --------------------------------------------------------------------------

    @Test
    void builderDefaults() {
        ScriptNormalizer n = ScriptNormalizer.builder().build();
        assertEquals(ScriptTarget.SIMPLIFIED_MAINLAND, n.target());
        assertTrue(n.regionalPhrases());
        assertFalse(CHARS_ONLY.regionalPhrases());
        assertThrows(NullPointerException.class, () -> ScriptNormalizer.builder().target(null));
        assertThrows(NullPointerException.class, () -> MAINLAND.normalize(null));
    }

    @Test
    void overlayLoadsAndEveryRowHasASource() {
        List<OverlayEntry> entries = Overlay.entries();
        assertTrue(entries.size() > 50);
        assertSame(entries, Overlay.entries());
        for (OverlayEntry e : entries) {
            assertFalse(e.source().isBlank(), e.toString());
        }
    }

    @Test
    void supplementaryCharactersSurvive() {
        String in = "𠮷野家與𫝈";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("𠮷野家与𫝈", n.text());
        ConsistencyKit.checkNormalizer(MAINLAND, in);
    }

    @Test
    void concurrentUseGivesSameResults() throws Exception {
        String in = "輝達在矽谷發布新的晶片與軟體，用於雲端運算。".repeat(50);
        String expected = s(in);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> s(in)));
            }
            for (Future<String> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void linearTimeOnLongInput() {
        String in = "軟體資料演算法".repeat(100_000) + "a".repeat(200_000);
        long t0 = System.nanoTime();
        Normalization n = MAINLAND.normalize(in);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("软件数据算法".length() * 100_000 + 200_000, n.text().length());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @ParameterizedTest
    @EnumSource(ScriptTarget.class)
    void consistencyKitRandomRun(ScriptTarget target) {
        ScriptNormalizer n = ScriptNormalizer.builder().target(target).build();
        ConsistencyKit.random().documents(5000).seed(1L).check(n);
    }

    @Test
    void consistencyKitCharsOnly() {
        ConsistencyKit.random().documents(5000).seed(2L).check(CHARS_ONLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"智慧型手機", "輝達與矽谷", "\uD800孤立", "軟體\u0000動物", "說\r\n明"})
    void consistencyKitOnTrickyInputs(String in) {
        for (ScriptNormalizer n : List.of(MAINLAND, TAIWAN, HONG_KONG, TRADITIONAL, CHARS_ONLY)) {
            ConsistencyKit.checkNormalizer(n, in);
        }
    }
}
