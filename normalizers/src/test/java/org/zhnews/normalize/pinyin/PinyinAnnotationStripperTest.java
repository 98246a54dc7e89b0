package org.zhnews.normalize.pinyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class PinyinAnnotationStripperTest {

    private static final PinyinAnnotationStripper STRIPPER = new PinyinAnnotationStripper();

    /** Eight tone-marked annotations: enough to show the pattern. Written for this test. */
    private static final String ANNOTATED = "這個應(yīng)用讓開(kāi)發(fā)者們在雲(yún)端訓練模型，"
            + "數(shù)據(jù)中心的規(guī)模持續擴(kuò)大。";
    private static final String ANNOTATED_CLEAN = "這個應用讓開發者們在雲端訓練模型，數據中心的規模持續擴大。";

    private static String strip(String input) {
        Normalization n = ConsistencyKit.checkNormalizer(STRIPPER, input);
        return n.text();
    }

    /** {@code middle} inside an annotated document; returns the middle of the output. */
    private static String stripInAnnotated(String middle) {
        String out = strip(ANNOTATED + middle + ANNOTATED);
        assertTrue(out.startsWith(ANNOTATED_CLEAN) && out.endsWith(ANNOTATED_CLEAN), out);
        return out.substring(ANNOTATED_CLEAN.length(), out.length() - ANNOTATED_CLEAN.length());
    }

    // --- tone-marked annotations: always removed

    @ParameterizedTest
    @CsvSource({
        "創(chuàng)造市場(chǎng), 創造市場",
        "创(chuàng)新, 创新",
        "創（chuàng）造, 創造",
        "創(chuàng）造, 創造",
        "創（chuàng)造, 創造",
        "綠(lǜ)色, 綠色",
        "女(nǚ)性, 女性",
        "策略(lüè)很好, 策略很好",
        "虐(nüè)待, 虐待",
        "旅(lǚ)行, 旅行",
        "而(ér)且, 而且",
        "阿(ā)里, 阿里",
        "俄(é)羅斯, 俄羅斯",
        "歐(ōu)洲, 歐洲",
        "會(huì)議, 會議",
        "流(liú)量, 流量",
        "過(guò)去, 過去",
        "學(xué)習, 學習",
        "雙(shuāng)方, 雙方",
        "市場(chǎng), 市場",
        "市場（chǎng）, 市場",
        "市場(chǎng)。, 市場。",
    })
    void removesToneMarkedAnnotations(String input, String expected) {
        assertEquals(expected, strip(input));
    }

    @Test
    void readsCombiningToneMarks() {
        assertEquals("創造", strip("創(chua\u0300ng)造"));
        assertEquals("綠色", strip("綠(lu\u0308\u0300)色"));
    }

    @Test
    void removesAfterSupplementaryHanCharacter() {
        assertEquals("𠀀字", strip("𠀀(chuàng)字"));
    }

    @Test
    void removesMixedDocumentAnnotationsAndKeepsTheRest() {
        assertEquals("發展(NLP)很快", strip("發(fā)展(zhǎn)(NLP)很快"));
    }

    // --- not pinyin, or not where an annotation goes: untouched

    @ParameterizedTest
    @ValueSource(strings = {
        "自然語言處理(NLP)技術",
        "世界移動通信大會(MWC)開幕",
        "通用人工智能(AGI)",
        "阿里巴巴集團(Alibaba Group Holding)",
        "生物學家(Michale Levin)認為",
        "照片(圖源:路透社)",
        "計畫(Genesis Mission)啟動",
        "Open(ai)公司",
        "say it (an) apple",
        "an (an) word",
        "數據g(shù)",
        "2024(shù)",
        "開_(kāi)",
        "。(chuàng)",
        "ア(chuàng)",
        "(chuàng)造",
        "創 (chuàng)造",
        "創(Chuàng)造",
        "創(chùang)造",
        "過(gùo)去",
        "會(hùi)議",
        "流(líu)量",
        "略(lǘe)",
        "創(āá)造",
        "創(fāi)造",
        "創(gīn)造",
        "創(chuang4)造",
        "嗯(ň)",
        "創(chuàng 造",
        "創(chuàng",
        "創(",
        "創((chuàng))造",
        "創(chuàng(chuàng))造",
        "創(chuàng造市場",
        "",
        "普通的新聞內容，沒有括號。",
    })
    void leavesEverythingElseAlone(String input) {
        Normalization n = ConsistencyKit.checkNormalizer(STRIPPER, input);
        assertEquals(input, n.text());
        assertTrue(n.map().isIdentity());
        assertTrue(n.warnings().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(NLP)", "(MWC)", "（AGI）", "(Alibaba Group Holding)", "(Michale Levin)",
        "(圖源:路透社)", "(Genesis Mission)", "Open(ai)", "word (an)", "g(shù)", "方案(a)"})
    void leavesNonAnnotationsAloneEvenInAnnotatedDocuments(String middle) {
        assertEquals(middle, stripInAnnotated(middle));
    }

    // --- toneless and doubled forms: only where the document shows the pattern

    @ParameterizedTest
    @ValueSource(strings = {"他說的(de)話", "他說的(de)(de)話", "事(shì)業", "創(chuàng)(chuàng)業", "安(an)全",
        "好了(le)", "綠(lv)色"})
    void keepsWeakFormsInOrdinaryText(String input) {
        String expected = input.equals("事(shì)業") ? "事業" : input;
        assertEquals(expected, strip(input));
    }

    @ParameterizedTest
    @CsvSource({
        "他說的(de)話, 他說的話",
        "他說的(de)(de)話, 他說的話",
        "創(chuàng)(chuàng)業, 創業",
        "創（chuàng）(chuàng)業, 創業",
        "安(an)全, 安全",
        "好了(le), 好了",
        "綠(lv)色, 綠色",
        "略(lve)色, 略色",
        "綠(lu:)色, 綠(lu:)色",
        "嗎(ma)？, 嗎？",
    })
    void removesWeakFormsInAnnotatedDocuments(String middle, String expected) {
        assertEquals(expected, stripInAnnotated(middle));
    }

    @Test
    void fourToneMarkedAnnotationsDoNotShowThePattern() {
        String input = "應(yīng)用開(kāi)發(fā)者在雲(yún)端說的(de)話";
        assertEquals("應用開發者在雲端說的(de)話", strip(input));
    }

    @Test
    void farFromTheAnnotationsAToneLessFormStays() {
        String plain = "這是一段很長的普通文字，沒有任何注音。".repeat(30);
        String input = ANNOTATED + plain + "他說的(de)話" + plain;
        String out = strip(input);
        assertEquals(ANNOTATED_CLEAN + plain + "他說的(de)話" + plain, out);
    }

    @Test
    void aThinSprinkleOfAnnotationsIsNotThePattern() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append("人工智能技術的發(fā)展帶動了整個產業鏈的升級與變革，市場規模不斷擴大。");
        }
        String middle = "他說的(de)話";
        String input = sb + middle + sb;
        String out = strip(input);
        assertTrue(out.contains(middle), out);
        assertTrue(!out.contains("(fā)"), out);
    }

    @Test
    void toneLessSingleLettersStayEvenInAnnotatedDocuments() {
        assertEquals("方案(a)和方案(e)", stripInAnnotated("方案(a)和方案(e)"));
    }

    // --- offsets and warnings

    @Test
    void offsetsMapBackAcrossTheDeletion() {
        Normalization n = STRIPPER.normalize("创(chuàng)新");
        assertEquals("创新", n.text());
        OffsetMap map = n.map();
        assertEquals(new TextRange(9, 10), map.toOriginal(1, 2));
        assertEquals(new TextRange(0, 1), map.toOriginal(0, 1));
        assertEquals(new TextRange(0, 10), map.toOriginal(0, 2));
        assertEquals(List.of(new OffsetMap.Edit(1, 9, 1, 1)), map.edits());
    }

    @Test
    void offsetsMapBackAcrossADoubledRun() {
        String input = ANNOTATED + "的(de)(de)話";
        Normalization n = STRIPPER.normalize(input);
        int at = n.text().indexOf('話');
        assertEquals(new TextRange(input.indexOf('話'), input.indexOf('話') + 1), n.map().toOriginal(at, at + 1));
    }

    @Test
    void eachAnnotationIsOneDeletion() {
        Normalization n = STRIPPER.normalize("創(chuàng)造市場(chǎng)");
        assertEquals(List.of(new OffsetMap.Edit(1, 9, 1, 1), new OffsetMap.Edit(12, 19, 4, 4)),
                n.map().edits());
    }

    @Test
    void warnsOnceWithTheCount() {
        Normalization n = STRIPPER.normalize("創(chuàng)造市場(chǎng)");
        assertEquals(1, n.warnings().size());
        Warning w = n.warnings().get(0);
        assertEquals(WarningCode.PINYIN_ANNOTATIONS_STRIPPED, w.code());
        assertTrue(w.message().contains("2"), w.message());
        assertTrue(w.range().isEmpty());
    }

    @Test
    void countsEveryAnnotationOfADoubledRun() {
        Normalization n = STRIPPER.normalize(ANNOTATED + "的(de)(de)話");
        assertTrue(n.warnings().get(0).message().contains("removed 10 "), n.warnings().get(0).message());
    }

    @Test
    void warningCanBeTurnedOff() {
        PinyinAnnotationStripper quiet = PinyinAnnotationStripper.builder().warnWhenStripped(false).build();
        Normalization n = quiet.normalize("創(chuàng)造");
        assertEquals("創造", n.text());
        assertTrue(n.warnings().isEmpty());
    }

    @Test
    void builderThresholdsApply() {
        PinyinAnnotationStripper eager = PinyinAnnotationStripper.builder()
                .minDocumentAnnotations(1).minLocalAnnotations(1).minLocalShare(0).windowRadius(50).build();
        assertEquals("創業的話", eager.normalize("創(chuàng)業的(de)話").text());
    }

    // --- linear time on hostile input (completion only, no timing)

    @Test
    void manyOpeningParenthesesComplete() {
        String input = "((((".repeat(250_000);
        assertTrue(input.equals(STRIPPER.normalize(input).text()));
        String afterHan = "字" + "（(".repeat(250_000);
        assertTrue(afterHan.equals(STRIPPER.normalize(afterHan).text()));
    }

    @Test
    void manyUnclosedAnnotationsComplete() {
        String input = "字(".repeat(500_000);
        assertTrue(input.equals(STRIPPER.normalize(input).text()));
        String nearly = "字(chuàng".repeat(100_000);
        assertTrue(nearly.equals(STRIPPER.normalize(nearly).text()));
    }

    @Test
    void manyAnnotationsComplete() {
        String input = "字(zì)".repeat(200_000) + "字(zì)的(de)(de)".repeat(50_000);
        Normalization n = STRIPPER.normalize(input);
        assertTrue(n.text().equals("字".repeat(200_000) + "字的".repeat(50_000)), "not all stripped");
        String longRun = "字" + "(zì)".repeat(200_000);
        assertTrue(longRun.equals(STRIPPER.normalize(longRun).text()), "a lone run is not the pattern");
        assertEquals(ANNOTATED_CLEAN + "字", STRIPPER.normalize(ANNOTATED + longRun).text());
    }

    @Test
    void manyLoneWeakFormsStay() {
        String input = "字(zì)".repeat(1_000) + "的(de)(de)".repeat(50_000);
        String out = STRIPPER.normalize(input).text();
        assertTrue(out.startsWith("字".repeat(1_000)) && !out.contains("(zì)"), "toned forms not stripped");
        assertTrue(out.endsWith("的(de)(de)".repeat(1_000)), "far weak forms were stripped");
    }

    // --- invariants

    @Test
    void randomDocumentsKeepEveryInvariant() {
        assertEquals(5000, ConsistencyKit.random().documents(5000).seed(1L).check(STRIPPER));
    }

    @Test
    void randomAnnotatedDocumentsKeepEveryInvariant() {
        PinyinAnnotationStripper eager = PinyinAnnotationStripper.builder()
                .minDocumentAnnotations(1).minLocalAnnotations(1).minLocalShare(0).build();
        ConsistencyKit.random().documents(2000).seed(7L).check(eager);
    }
}
