package org.zhnews.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Script;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;

/** Region inference, cue by cue and in mixed cases; every sentence written for this test. */
class RegionFinderTest {

    private static final RegionFinder FINDER = RegionFinder.standard();

    private static String region(String text, Script script) {
        return FINDER.find(text, script).map(r -> r.region().name()).orElse("unknown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // datelines and outlets
        "（中央社記者林小華台北6日電）這家晶圓廠今天公布上月營收。|TRADITIONAL|TW",
        "〔記者陳大同／台北報導〕面板廠昨天召開股東會。|TRADITIONAL|TW",
        "新加坡讯 一家本地金融科技公司昨天宣布完成新一轮融资。|SIMPLIFIED|SG",
        "吉隆坡讯 这家电子商务平台计划明年在槟城设立区域总部。|SIMPLIFIED|MY",
        "據星島日報消息，這家初創公司下月遷往數碼港。|TRADITIONAL|HK",
        "证券时报记者从公司获悉，新工厂预计年底投产。|SIMPLIFIED|CN",
        "聯合報記者王小明／屏東報導 這場收穫祭今天開幕，門票每張200元。|TRADITIONAL|TW",
        "【聯合報／記者李小華／台東報導】部落的收穫祭昨天登場。|TRADITIONAL|TW",
        "〔記者張大年／花蓮報導〕這家民宿今年加價一成。|TRADITIONAL|TW",
        "【明報專訊】這家電腦公司昨晚公布中期業績。|TRADITIONAL|HK",
        "两家媒体联合报道了这家公司的新产品。|SIMPLIFIED|CN",
        "（怡保5日讯）这场美食节吸引了大批游客。|SIMPLIFIED|MY",
        "据中時新聞網報導，這家面板廠下季將擴產。|TRADITIONAL|TW",
        "香港商報記者獲悉，這家初創下月推出新服務。|TRADITIONAL|HK",
        // currency words beside a figure
        "這款筆電售價新台幣4萬元起。|UNKNOWN|TW",
        "这家公司估值约30亿新元。|UNKNOWN|SG",
        "每杯咖啡涨价至8令吉。|UNKNOWN|MY",
        "公司全年收入為280億港元，按年增長一成，恒指收市造好。|TRADITIONAL|HK",
        // tickers and eras
        "聯電(2303)與力積電今日股價走高。|TRADITIONAL|TW",
        "騰訊(0700.HK)今早股價造好。|TRADITIONAL|HK",
        "星展集团(D05.SI)第三季净利增长。|UNKNOWN|SG",
        "马银行（MAYBANK，1155，主板金融股）全天走高。|UNKNOWN|MY",
        "寧德時代(300750.SZ)發布公告。|TRADITIONAL|CN",
        "公司民國113年營收創下新高。|TRADITIONAL|TW",
        // wording and script alone
        "這支智慧型手機搭載自家晶片，執行長表示軟體將持續更新。|TRADITIONAL|TW",
        "这家公司同比增长明显，环比也有改善。|UNKNOWN|CN",
        "一家公司发布了新产品。|SIMPLIFIED|CN",
        // local institutions, markets and firms outweigh the simplified script
        "大华银行第三季净利按年增长，股价在新加坡交易所收报36.5元。|SIMPLIFIED|SG",
        "乌节路和樟宜一带的商场推出亲子活动，入场费每人15元。|SIMPLIFIED|SG",
        "国库控股旗下基金领投，马股科技股全天走高。|SIMPLIFIED|MY",
        // Singapore places and wording add up past the simplified script
        "淡滨尼和义顺的两家小贩中心下月起翻新，摊位租金维持不变。|SIMPLIFIED|SG",
        "这家德士公司说，乐龄乘客在榜鹅和盛港一带可享折扣。|SIMPLIFIED|SG",
        // Hong Kong's own words in traditional text tell it from Taiwan; its outlets decide
        "本地初創今日推出廣東話語音助手，可接駁手機App查詢天氣。|TRADITIONAL|HK",
        "這家新創今天發表繁體中文模型，月費新台幣300元。|TRADITIONAL|TW",
        "【on.cc東網專訊】一家科技公司今日公布季度業績。|TRADITIONAL|HK",
        "調查顯示，本港僱員愈來愈常用生成式AI。|TRADITIONAL|HK",
        // a mainland report naming Hong Kong stays the mainland's
        "公司计划赴香港上市，募资约20亿港元。|SIMPLIFIED|CN",
    })
    void decidesTheRegionFromOneKindOfCue(String text, Script script, String expected) {
        assertEquals(expected, region(text, script), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // traditional script alone speaks for Taiwan and Hong Kong alike
        "一家公司發布了新產品。|TRADITIONAL",
        // 民國 without a year, a year in brackets, currency words away from a figure
        "這座民國時期的老建築將改建為博物館。|UNKNOWN",
        "這份報告(2024)共有三章。|UNKNOWN",
        "设计师为旧品牌加入新元素，也推出新币种钱包。|UNKNOWN",
        // a Hong Kong and a mainland variant only count in traditional text
        "线路的綫与衞生|SIMPLIFIED_NO_CN",
    })
    void decidesNothingOnWeakOrMisleadingCues(String text, String script) {
        Script s = script.equals("SIMPLIFIED_NO_CN") ? Script.UNKNOWN : Script.valueOf(script);
        assertEquals("unknown", region(text, s), text);
    }

    @Test
    void anOutletOutweighsTaiwanWordingFromAConverter() {
        // a mainland report rewritten in Taiwan wording keeps its mainland outlet
        String text = "證券時報記者從公司獲悉，其演算法與資料平台同比增長，執行長表示將支援更多軟體。";
        ArticleRegion r = FINDER.find(text, Script.TRADITIONAL).orElseThrow();
        assertEquals(Region.CN, r.region());
        assertEquals("outlet:證券時報", r.evidence().get(0));
    }

    @Test
    void aLocalCurrencyOutweighsTheSimplifiedScript() {
        assertEquals("MY", region("这家公司在大马投资5亿令吉，同比增加。", Script.SIMPLIFIED));
        assertEquals("TW", region("台积电以新台币计的营收创新高。", Script.SIMPLIFIED));
    }

    @Test
    void wordsSingaporeAndMalaysiaShareDoNotDecideBetweenThem() {
        // each speaks for both regions alike: they outweigh the script, but decide neither
        assertEquals("unknown", region("他每天早上到巴刹买菜，再喝一杯咖啡乌。", Script.SIMPLIFIED));
        assertEquals("CN", region("他每天早上到巴刹买菜。", Script.SIMPLIFIED));
        assertEquals("MY", region("吉隆坡的巴刹里，一杯咖啡乌卖2令吉。", Script.SIMPLIFIED));
    }

    @Test
    void aMainlandReportCitingHongKongTickersStaysMainland() {
        assertEquals("CN", region("腾讯控股(00700.HK)发布公告，拟募资50亿港元。", Script.SIMPLIFIED));
    }

    @Test
    void hongKongListingWordsAndCodesAddUpInTraditionalText() {
        // prospectus words in their Hong Kong form and five-digit codes, each weight 1
        assertEquals("HK", region("這家公司今起招股，招股價每股28.6元，入場費約6,706.96元，集資約13億港元。", Script.TRADITIONAL));
        assertEquals("HK", region("●小米集團-W（01810）股價升3.8%，報46.2元；網易-S（09999）按年增長16%。", Script.TRADITIONAL));
        // a mainland report of a Hong Kong listing stays mainland
        assertEquals("CN", region("这家公司今起招股，招股价每股28.6元，入场费约6706元，股份代号（02498）。", Script.SIMPLIFIED));
    }

    @Test
    void aListingMarkerAfterAHanNameIsHongKongEvidence() {
        // -W, -SW, -S, -B after a Han name mark a Hong Kong listing (weight 1, as a code)
        assertEquals("HK", region("美團-W（03690）股價收報98.5元，跌2.1%。", Script.TRADITIONAL));
        assertEquals("unknown", region("美團（03690）股價收報98.5元，跌2.1%。", Script.TRADITIONAL));
        assertEquals("HK", region("蔚來-SW與百濟神州-B股價分別升3%及5%，成交額按年增加。", Script.TRADITIONAL));
        // a Latin word after the hyphen is no marker
        assertEquals("unknown", region("Qwen-Wiki與萬象-Web今日上線。", Script.TRADITIONAL));
    }

    @Test
    void aFourDigitCodeOpeningWithZeroIsHongKongs() {
        // Hong Kong papers write codes in four digits too; Taiwan's share codes start at 1101
        assertEquals("HK", region("【信報】電訊盈科（0008）昨日公布業績，收入按年增長5%。", Script.TRADITIONAL));
        assertEquals("TW", region("台積電（2330）昨日公布營收，年增三成。", Script.TRADITIONAL));
        assertEquals("unknown", region("騰訊（0700）昨日公布業績。", Script.TRADITIONAL));
        // the outlet needs its full name or credit form: 征信报告 holds 信报
        assertEquals("CN", region("央行征信报告显示，这家公司信用良好。", Script.SIMPLIFIED));
    }

    @Test
    void tiesDecideNothing() {
        // two Hong Kong and two Taiwan points of equal weight
        assertEquals("unknown", region("恒指與奈米", Script.UNKNOWN));
    }

    @Test
    void evidenceNamesTheCuesAsWrittenStrongestFirst() {
        ArticleRegion r = FINDER.find("（中央社記者台北6日電）筆電售價新台幣3萬元，市占率第一。", Script.TRADITIONAL)
                .orElseThrow();
        assertEquals(Region.TW, r.region());
        assertEquals(List.of("outlet:中央社", "dateline:台北6日電", "currency:新台幣", "place:台北", "wording:筆電", "wording:市占率"),
                r.evidence());
    }

    @Test
    void eachCueCountsOnce() {
        // one weak place word repeated stays weak
        assertEquals("unknown", region("新加坡、新加坡、新加坡、新加坡", Script.UNKNOWN));
    }

    @Test
    void readsOnlyTheGivenRange() {
        String text = "（中央社記者台北6日電）晶片。\n新加坡讯 本地公司融资。";
        int cut = text.indexOf('\n') + 1;
        assertEquals(Optional.of(Region.TW), FINDER.find(text, 0, cut, Script.UNKNOWN).map(ArticleRegion::region));
        assertEquals(Optional.of(Region.SG),
                FINDER.find(text, cut, text.length(), Script.UNKNOWN).map(ArticleRegion::region));
    }

    @Test
    void annotatesEachArticleAndKeepsARegionAlreadySet() {
        String text = "（中央社記者台北6日電）晶片。\n吉隆坡讯 这家公司投资5亿令吉。\n无线索的一段。";
        int a = text.indexOf('\n') + 1;
        int b = text.indexOf('\n', a) + 1;
        ArticleRegion given = new ArticleRegion(Region.HK, List.of("caller:test"));
        List<Article> in = List.of(
                Article.plain(new TextRange(0, a), new TextRange(0, a)),
                Article.plain(new TextRange(a, b), new TextRange(a, b)).withRegion(given),
                Article.plain(new TextRange(b, text.length()), new TextRange(b, text.length())));
        List<Article> out = FINDER.annotate(in, text, Script.UNKNOWN);
        assertEquals(Region.TW, out.get(0).region().orElseThrow().region());
        assertEquals(given, out.get(1).region().orElseThrow());
        assertTrue(out.get(2).region().isEmpty());
    }
}
