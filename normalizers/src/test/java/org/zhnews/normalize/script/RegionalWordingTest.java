package org.zhnews.normalize.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Normalization;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Taiwan and Hong Kong wording, names and character exceptions added to the overlay: each row
 * converts where it should, and nothing around it is over-converted. Sentences written for this
 * test.
 */
class RegionalWordingTest {

    static final ScriptNormalizer MAINLAND = ScriptNormalizerTest.MAINLAND;
    static final ScriptNormalizer CHARS_ONLY = ScriptNormalizerTest.CHARS_ONLY;
    static final ScriptNormalizer TAIWAN = ScriptNormalizerTest.TAIWAN;

    private static String s(String in) {
        return MAINLAND.normalize(in).text();
    }

    // --- technology wording ------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "這台筆電搭載繪圖處理器, 这台笔记本电脑搭载图形处理器",
            "新創公司把原始碼公開, 初创公司把源代码公开",
            "據報導，行動設備的觸控螢幕更大了, 据报道，移动设备的触摸屏更大了",
            "史丹佛大學的團隊用雷射做實驗, 斯坦福大学的团队用激光做实验",
            "擴增實境與虛擬實境, 增强现实与虚拟现实",
            "邊緣運算和量子運算, 边缘计算和量子计算",
            "推動數位轉型與數位經濟, 推动数字化转型与数字经济",
            "社群媒體上的串流影片, 社交媒体上的流媒体视频",
            "新的使用者介面設計, 新的用户界面设计",
            "語音助理聽不懂, 语音助手听不懂",
    })
    void taiwanTechWording(String taiwan, String mainland) {
        assertEquals(mainland, s(taiwan));
    }

    /** A display projection to Taiwan reads 先进制程 as 先進|製程, not 先|進位制|程. */
    @Test
    void chipProcessIsShownInTaiwanWording() {
        assertEquals("臺積電先進製程產能滿載，7奈米製程", TAIWAN.normalize("台积电先进制程产能满载，7纳米制程").text());
        assertEquals("台积电先进制程", s("臺積電先進製程"));
    }

    /** Computing wording of Taiwan and Hong Kong pages becomes mainland wording in the analysis text. */
    @ParameterizedTest
    @CsvSource({
            "國網中心的新一代超級電腦, 国网中心的新一代超级计算机",
            "這台量子電腦有一百個量子位元, 这台量子计算机有一百个量子比特",
            "電腦視覺與電腦科學系, 计算机视觉与计算机科学系",
            "改用分散式運算和平行運算, 改用分布式计算和并行计算",
            "平行計算框架, 并行计算框架",
            "人臉辨識、語音辨識和影像辨識, 人脸识别、语音识别和图像识别",
            "開放應用程式介面給開發者, 开放应用程序接口给开发者",
            "資訊安全與用戶端更新, 信息安全与客户端更新",
            "類比晶片處理類比訊號, 模拟芯片处理模拟信号",
            "穿戴式裝置出貨成長, 可穿戴设备出货成长",
            "筆電、伺服器、演算法與晶片, 笔记本电脑、服务器、算法与芯片",
    })
    void taiwanComputingWording(String taiwan, String mainland) {
        assertEquals(mainland, s(taiwan));
    }

    /** The same terms shown to Taiwan readers take Taiwan wording; one-way rows keep mainland text as is. */
    @ParameterizedTest
    @CsvSource({
            "国家超级计算机中心, 國家超級電腦中心",
            "超级计算机和量子计算机, 超級電腦和量子電腦",
            "计算机视觉, 電腦視覺",
            "分布式计算, 分散式運算",
            "人脸识别与语音识别, 人臉辨識與語音辨識",
            "应用程序接口, 應用程式介面",
            "信息安全, 資訊安全",
            "模拟芯片, 類比晶片",
            "可穿戴设备, 穿戴式裝置",
    })
    void computingWordingIsShownInTaiwanWording(String mainland, String taiwan) {
        assertEquals(taiwan, TAIWAN.normalize(mainland).text());
    }

    /** Words near the new rows that mean the same in both places stay as they are. */
    @ParameterizedTest
    @CsvSource({
            "智慧城市建設, 智慧城市建设",
            "兩者可以類比, 两者可以类比",
            "這台電腦很快, 这台电脑很快",
            "个人电脑与平板电脑, 个人电脑与平板电脑",
            "新型智慧城市, 新型智慧城市",
    })
    void neighboursOfTheComputingRowsStay(String in, String out) {
        assertEquals(out, s(in));
    }

    // --- 著: particle zhe -> 着, the zhù words keep 著 -----------------------------------------

    @ParameterizedTest
    @CsvSource({
            "他隨著音樂點頭，意味著同意, 他随着音乐点头，意味着同意",
            "孩子已經睡著了, 孩子已经睡着了",
            "這是一部著名的著作, 这是一部著名的著作",
            "效果顯著，成績卓著, 效果显著，成绩卓著",
            "他看著名單發呆, 他看着名单发呆",
            "飛機平穩著陸, 飞机平稳着陆",
            "他大著膽子走進去, 他大着胆子走进去",
    })
    void zheBecomesZheButZhuStays(String in, String out) {
        assertEquals(out, s(in));
    }

    @Test
    void characterModeKeepsZhu() {
        // OpenCC-standard traditional writes zhe as 着, so 著 is left alone without wording
        assertEquals("孩子已经睡著了", CHARS_ONLY.normalize("孩子已經睡著了").text());
    }

    // --- medicine and chemistry ----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "病人服用阿斯匹靈後白血球回升, 病人服用阿司匹林后白细胞回升",
            "糖尿病患要控制飲食, 糖尿病人要控制饮食",
            "心臟病患者與疾病患者, 心脏病患者与疾病患者",
            "愛滋病患的照護, 艾滋病人的照护",
            "麩胺酸與白胺酸都是胺基酸, 谷氨酸与亮氨酸都是氨基酸",
            "乙醯膽鹼與醯胺, 乙酰胆碱与酰胺",
            "B型肝炎疫苗, 乙型肝炎疫苗",
            "過動症要做電腦斷層嗎, 多动症要做计算机断层吗",
            "焚化爐排出戴奧辛, 焚化炉排出二\uD86E\uDEC7英",
    })
    void medicalAndChemistryTerms(String in, String out) {
        assertEquals(out, s(in));
    }

    @Test
    void acylStaysInCharacterMode() {
        assertEquals("乙醯胆碱", CHARS_ONLY.normalize("乙醯膽鹼").text());
    }

    @Test
    void amphetamineIsNotAnAminoAcid() {
        assertEquals("苯丙胺是兴奋剂", s("苯丙胺是興奮劑"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC型肝炎", "HBV-B型", "BMW集團"})
    void latinLettersAreNeverRewritten(String in) {
        String out = s(in);
        String latin = in.replaceAll("[^A-Za-z-]", "");
        assertEquals(latin, out.replaceAll("[^A-Za-z-]", ""), out);
    }

    // --- names -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "莫札特與蕭邦的作品, 莫扎特与肖邦的作品",
            "伊隆·馬斯克宣布, 埃隆·马斯克宣布",
            "伊隆‧馬斯克宣布, 埃隆‧马斯克宣布",
            "伊隆馬斯克宣布, 埃隆马斯克宣布",
            "史匹柏的新片, 斯皮尔伯格的新片",
            "梅克爾與馬克宏會面, 默克尔与马克龙会面",
            "佛瑞德說, 弗雷德说",
            "雷根斯堡的工廠, 雷根斯堡的工厂",
    })
    void taiwanNames(String taiwan, String mainland) {
        assertEquals(mainland, s(taiwan));
    }

    @Test
    void hongKongNames() {
        assertEquals("斯皮尔伯格与扎克伯格", s("史匹堡與朱克伯格"));
        assertEquals("买了笔记本电脑和草莓", s("買了筆記簿型電腦和士多啤梨"));
    }

    @Test
    void nameOffsetsCoverTheWholeName() {
        String in = "據伊隆·馬斯克說";
        Normalization n = MAINLAND.normalize(in);
        assertEquals("据埃隆·马斯克说", n.text());
        TextRange r = n.map().toOriginal(1, 7);
        assertEquals("伊隆·馬斯克", in.substring(r.start(), r.end()));
        assertEquals(new TextRange(7, 8), n.map().toOriginal(7, 8));
        ConsistencyKit.checkNormalizer(MAINLAND, in);
    }

    @Test
    void supplementaryCharacterInAPhraseKeepsOffsets() {
        String in = "有戴奧辛";
        Normalization n = MAINLAND.normalize(in);
        assertEquals(5, n.text().length());
        TextRange r = n.map().toOriginal(1, 5);
        assertEquals("戴奧辛", in.substring(r.start(), r.end()));
        ConsistencyKit.checkNormalizer(MAINLAND, in);
    }

    // --- character exceptions (OpenCC-standard input) ------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "讀書劄記, 读书札记",
            "目劄, 目劄",
            "谿工, 谿工",
            "小溪谿水, 小溪溪水",
            "甦生, 苏生",
            "手工製坏, 手工制坯",
    })
    void characterExceptions(String in, String out) {
        assertEquals(out, CHARS_ONLY.normalize(in).text());
        assertEquals(out, s(in));
    }

    // --- no over-conversion ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "透過網路下單, 透过网络下单",
            "緊急通道, 紧急通道",
            "核心業務與核心團隊, 核心业务与核心团队",
            "核心技术与核心成员, 核心技术与核心成员",
            "數位專家表示, 数位专家表示",
            "戀愛滋味, 恋爱滋味",
            "喬治亞, 乔治亚",
            "喬治亞共和國, 格鲁吉亚共和国",
            "說到做到的行動上, 说到做到的行动上",
            "手机一坏就换, 手机一坏就换",
            "調色盤, 调色盘",
            "稽覈, 稽核",
    })
    void keepsWhatMeansTheSameOnTheMainland(String in, String out) {
        assertEquals(out, s(in));
    }

    @Test
    void simplifiedTechSentenceIsUnchanged() {
        String in = "这家初创公司的核心团队正在研发增强现实眼镜，随着算力提升，效果显著。";
        assertEquals(in, s(in));
        String zhu = "他与人合著了一本专著，编著者所著的书以严谨著称。";
        assertEquals(zhu, s(zhu));
    }

    // --- reverse direction -----------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "增强现实, 擴增實境",
            "源代码, 原始碼",
            "斯坦福, 史丹佛",
            "多动症, 過動症",
            "阿司匹林, 阿斯匹靈",
            "社交媒体, 社群媒體",
    })
    void twoWayRowsConvertBack(String mainland, String taiwan) {
        assertEquals(taiwan, TAIWAN.normalize(mainland).text());
    }

    @Test
    void oneWayRowsDoNotConvertBack() {
        assertEquals("報道", TAIWAN.normalize("报道").text());
        assertEquals("莫扎特", TAIWAN.normalize("莫扎特").text());
    }

    // --- resources ------------------------------------------------------------------------------

    @Test
    void nameFilesLoadWithSourcesAndSeparatorVariants() {
        List<OverlayEntry> entries = Overlay.entries();
        assertTrue(entries.stream().anyMatch(e -> e.from().equals("蕭邦") && e.to().equals("肖邦")));
        assertTrue(entries.stream().anyMatch(e -> e.from().equals("伊隆\u2027馬斯克")));
        assertTrue(entries.stream().anyMatch(e -> e.from().equals("史匹堡")));
        for (OverlayEntry e : entries) {
            assertFalse(e.source().isBlank(), e.toString());
            assertFalse(e.from().chars().anyMatch(c -> c == '\t' || c == ' '), e.toString());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "人工智能是这家公司战略的核心，研发投入持续增加。",
        "医院表示病患人数比去年同期有所下降，医生们压力减轻。",
        "这是我们的核心业务，也是公司增长最快的部分。"})
    void simplifiedMainlandTextKeepsItsWording(String text) {
        assertEquals(text, MAINLAND.normalize(text).text());
    }

    @org.junit.jupiter.api.Test
    void traditionalTextStillGetsMainlandWording() {
        assertEquals("这款软件的界面很好用，数据都存在云端。", MAINLAND.normalize("這款軟體的介面很好用，資料都存在雲端。").text());
    }
}
