package org.zhnews.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.testkit.ConsistencyKit;

/**
 * A bare 元 read from the article's region or a declaration, and the sub-unit 仙; every sentence
 * written for this test.
 */
class RegionalMoneyTest {

    private static final MoneyExtractor MONEY = new MoneyExtractor();

    /** The money of {@code text} read alone (no structure step: one implicit article). */
    private static String alone(String text) {
        return describe(MONEY.extract(ExtractionContext.of(text)));
    }

    /** The amounts as {@code surface=amount CUR [source]}, joined by {@code " | "}: shared with {@link RoundAmountsTest}. */
    static String describe(List<MoneyMention> ms) {
        return ms.stream().map(m -> m.text() + "=" + m.amount().map(BigDecimal::toPlainString).orElse("") + " "
                        + m.currency() + m.currencySource().map(s -> " " + s.jsonName()).orElse(""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        // the region of the implicit article decides
        "（中央社記者台北6日電）這款手機售價3萬元。=>3萬元=30000 TWD region",
        "新加坡讯 这款新手机售价1299元。=>1299元=1299 SGD region",
        "吉隆坡讯 这场演唱会门票每张380元。=>380元=380 MYR region",
        "星島日報消息，這家茶餐廳套餐加價至68元，按年加一成。=>68元=68 HKD region",
        "证券时报记者获悉，公司全年营收120亿元。=>120亿元=12000000000 CNY region",
        // no region: CNY by default
        "这款耳机售价399元。=>399元=399 CNY default",
        // Malaysian news about renminbi: a bare 元 is not ringgit there
        "吉隆坡讯 这家中国车企投资人民币10亿元，另有5亿元用于研发。=>人民币10亿元=1000000000 CNY | 5亿元=500000000 CNY default",
        // a written currency is never touched
        "（中央社記者台北6日電）輝達市值達3兆美元。=>3兆美元=3000000000000 USD",
        // a list carries the currency its first amount names
        "星島日報消息，公司三年收入分別為人民幣3.8億元、6.1億元及9.4億元。=>人民幣3.8億元=380000000 CNY | 6.1億元=610000000 CNY | 9.4億元=940000000 CNY",
        "星島日報消息，公司收入為人民幣3.8億元，另派息6,000萬元。=>人民幣3.8億元=380000000 CNY | 6,000萬元=60000000 HKD region",
        // the lines of the accounts in the sentence of an amount that is one take its currency
        "星島日報消息，公司去年收入人民幣5.2億元，按年增長30%，並由虧損0.9億元轉為盈利0.3億元。"
                + "=>人民幣5.2億元=520000000 CNY | 0.9億元=90000000 CNY | 0.3億元=30000000 CNY",
        "星島日報消息，公司去年收入人民幣5.2億元，今次集資淨額約12億元。=>人民幣5.2億元=520000000 CNY | 12億元=1200000000 HKD region",
        "星島日報消息，公司去年收入人民幣5.2億元。虧損0.9億元。=>人民幣5.2億元=520000000 CNY | 0.9億元=90000000 HKD region",
        // a semicolon joins lines of the accounts; a full stop does not (above)
        "星島日報消息，期內收入按年增長9%至人民幣820億元；股東應佔盈利為190億元。"
                + "=>人民幣820億元=82000000000 CNY | 190億元=19000000000 CNY",
        // Singapore press words with a Singapore bank: SGD
        "星展集团第三季净利为29亿元，净利息赔率为2.01%。=>29亿元=2900000000 SGD region",
        // a Singapore bank's results credited to the Business Times, with its ROE wording: SGD
        "星展集团第三季净利为29.5亿元，股本回酬率为17.1%。（商业时报）=>29.5亿元=2950000000 SGD region",
    })
    void aBareYuanTakesTheRegionsCurrency(String text, String expected) {
        assertEquals(expected, alone(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        // a declaration covers its own amount and the rest of the article, beating the region
        "星島日報消息，騰訊季度收入1,600億元（人民幣，下同），純利500億元，恒指收市造好。"
                + "=>1,600億元=160000000000 CNY declaration | 500億元=50000000000 CNY declaration",
        // before the declaration the region still decides
        "星島日報消息，茶餐廳套餐加價至68元。另一家公司收入100億元（人民幣，下同），利潤20億元。"
                + "=>68元=68 HKD region | 100億元=10000000000 CNY declaration | 20億元=2000000000 CNY declaration",
        "這家公司營收500億元（新台幣，下同），毛利200億元。=>500億元=50000000000 TWD declaration | 200億元=20000000000 TWD declaration",
        "新加坡讯 该公司收入30亿元(美元,下同)，利润4亿元。=>30亿元=3000000000 USD declaration | 4亿元=400000000 USD declaration",
        "联发科第三季营收1,300亿元，以新台币计。=>1,300亿元=130000000000 TWD declaration",
        // 以…计 covers its own sentence (the document's) and what follows, never the sentence before
        // (there the article's region decides: 新台币 makes it Taiwan)
        "这家公司上季营收1,200亿元。第三季营收1,300亿元，以新台币计。全年营收5,000亿元。"
                + "=>1,200亿元=120000000000 TWD region | 1,300亿元=130000000000 TWD declaration"
                + " | 5,000亿元=500000000000 TWD declaration",
        // 以 + a currency + 列示, 呈列, 为单位 declare it the same way
        "星島日報消息，這家公司公布季度成績，主要數字如下（以人民幣列示）：收入860億元，純利95億元。"
                + "=>860億元=86000000000 CNY declaration | 95億元=9500000000 CNY declaration",
        "新加坡讯 这家银行的报表以美元为单位，全年营收12亿元。=>12亿元=1200000000 USD declaration",
    })
    void aDeclarationSwitchesTheDefault(String text, String expected) {
        assertEquals(expected, alone(text), text);
    }

    @Test
    void aHeadingWithABracketedCurrencyCoversTheLinesBelowItToTheBlankLine() {
        String text = "星島日報消息，季度業績要點（人民幣）：\n－ 遊戲收入：260億元\n－ 資本開支：85億元\n\n股價收報410元。";
        assertEquals("260億元=26000000000 CNY declaration | 85億元=8500000000 CNY declaration | 410元=410 HKD region",
                alone(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        // a bare $ is the local dollar in Hong Kong and Singapore news
        "星島日報消息，這家戲院票價$65，長者$40。=>$65=65 HKD region | $40=40 HKD region",
        "星島日報消息，新計劃月費$168起。=>$168=168 HKD region",
        "新加坡讯 这家咖啡店的咖啡每杯$3.50。=>$3.50=3.5 SGD region",
        // US$, HK$, and 美元 after the figure name their currency in Hong Kong too
        "星島日報消息，這部手機售US$799，港版HK$6,299。=>US$799=799 USD | HK$6,299=6299 HKD",
        "星島日報消息，這家公司估值$50億美元。=>50億美元=5000000000 USD", // 美元 decides, as before
        // elsewhere a bare $ stays USD, with no source
        "证券时报记者获悉，这款耳机海外售价$249。=>$249=249 USD",
        "这款耳机海外售价$249。=>$249=249 USD",
        "（中央社記者台北6日電）這款顯卡美國售價$1,999。=>$1,999=1999 USD",
    })
    void aBareDollarSignTakesTheRegionsDollar(String text, String expected) {
        assertEquals(expected, alone(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "吉隆坡讯 一杯拉茶卖2令吉50仙，一块面包卖80仙。=>2令吉50仙=2.5 MYR | 80仙=0.8 MYR region",
        "新加坡讯 巴士车资上调5仙。=>5仙=0.05 SGD region",
        "新加坡讯 这杯咖啡卖1元20仙。=>1元20仙=1.2 SGD region",
        // elsewhere 仙 is no money, and never a word like 仙人
        "八仙过海，各显神通，其中有3仙人。=>",
        "吉隆坡讯 故事里的3仙女很有名。=>",
        // 分 as cents after a yuan amount, as before
        "这支笔卖3元5角2分。=>3元5角2分=3.52 CNY default",
        // Hong Kong writes its cents 仙 too
        "星島日報消息，這家公司每股派息8仙。=>8仙=0.08 HKD region",
    })
    void readsSubUnits(String text, String expected) {
        assertEquals(expected == null ? "" : expected, alone(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        // a sub-unit word that names its currency
        "這家公司宣派末期息每股12港仙。=>12港仙=0.12 HKD",
        "这款应用每条消息收费5美分。=>5美分=0.05 USD",
        // the Malaysian and Singapore symbols and the colloquial ringgit
        "吉隆坡讯 新配套月费RM50，另斥资马币2亿扩建。=>RM50=50 MYR | 马币2亿=200000000 MYR",
        "这家公司以SG$3.5亿收购对手。=>SG$3.5亿=350000000 SGD",
        // 分钱: a hundredth of the local yuan, wherever
        "新加坡讯 每发一条短信只需2分钱。=>2分钱=0.02 SGD region",
        "发一条短信只需3分钱。=>3分钱=0.03 CNY default",
        // a bare 分 is a cent in a sentence on share prices or dividends, where the region writes cents so
        "新加坡讯 该银行宣布每股派息54分。=>54分=0.54 SGD region",
        "新加坡讯 该股昨天收在1.25元，涨3分。=>1.25元=1.25 SGD region | 3分=0.03 SGD region",
        "新加坡讯 甲银行跌4分；乙银行起10分，报34.5元。=>4分=0.04 SGD region | 10分=0.1 SGD region | 34.5元=34.5 SGD region",
        // else a score, a minute, or a word
        "新加坡讯 这场比赛她得了95分。=>",
        "新加坡讯 股市在下午5时05分闭市，股价走高。=>",
        "新加坡讯 股价波动持续了30分钟。=>",
        "证券时报讯 该股收盘涨5分。=>",
        // a 分 under a declaration is a hundredth of the declared currency, like a bare 元 there
        "星島日報消息，這家公司收入30億元（人民幣，下同），每股基本盈利3.2分。"
                + "=>30億元=3000000000 CNY declaration | 3.2分=0.032 CNY declaration",
        "星島日報消息，該股昨日收報1.25元，起5分。公司收入30億元（人民幣，下同），每股派息8分。"
                + "=>1.25元=1.25 HKD region | 5分=0.05 HKD region | 30億元=3000000000 CNY declaration"
                + " | 8分=0.08 CNY declaration",
        // 仙 stays the region's cent, and a score stays a score
        "星島日報消息，這家公司收入30億元（人民幣，下同），每股派息8仙。"
                + "=>30億元=3000000000 CNY declaration | 8仙=0.08 HKD region",
        "星島日報消息，這家公司收入30億元（人民幣，下同），產品評測得95分。=>30億元=3000000000 CNY declaration",
    })
    void readsSubUnitWords(String text, String expected) {
        assertEquals(expected == null ? "" : expected, alone(text), text);
    }

    /** A structure step of this test: one article per paragraph, with the given region on the first. */
    private static Pipeline twoArticles(Optional<ArticleRegion> firstRegion) {
        StructureAnalyzer paragraphs = input -> {
            String text = input.text();
            int cut = text.indexOf("\n\n") + 2;
            Article first = Article.plain(new TextRange(0, cut), input.articleOriginal(0, cut));
            return new Structure(List.of(firstRegion.map(first::withRegion).orElse(first),
                    Article.plain(new TextRange(cut, text.length()), input.articleOriginal(cut, text.length()))), List.of());
        };
        return ZhNews.builder().structure(paragraphs).build();
    }

    private static final String TWO = "（中央社記者台北6日電）這款筆電售價3萬元，市占率居冠。\n\n"
            + "吉隆坡讯 马来西亚一家电商的会员费每年80元。\n";

    @Test
    void eachArticleWithoutARegionIsReadAlone() {
        Document doc = twoArticles(Optional.empty()).analyze(TWO);
        ConsistencyKit.checkDocument(doc);
        assertEquals("3萬元=30000 TWD region | 80元=80 MYR region", describe(doc.money()));
    }

    @Test
    void aRegionTheStructureStepSetIsUsed() {
        ArticleRegion given = new ArticleRegion(Region.HK, List.of("caller:test"));
        Document doc = twoArticles(Optional.of(given)).analyze(TWO);
        assertEquals("3萬元=30000 HKD region | 80元=80 MYR region", describe(doc.money()));
    }

    @Test
    void theDefaultPipelineSetsTheRegionOnTheArticle() {
        Document doc = ZhNews.analyze("（中央社記者台北6日電）這款手機售價3萬元，晶片自製。");
        assertEquals(Region.TW, doc.articles().get(0).region().orElseThrow().region());
        assertEquals(Optional.of(CurrencySource.REGION), doc.money().get(0).currencySource());
    }

    @Test
    void theJsonCarriesTheRegionAndTheCurrencySource() {
        Document doc = ZhNews.analyze("（中央社記者台北6日電）這款手機售價3萬元，晶片自製。");
        String json = doc.toJson();
        assertTrue(json.contains("\"region\":\"TW\",\"regionEvidence\":[\"outlet:中央社\""), json);
        assertTrue(json.contains("\"currency\":\"TWD\",\"qualifier\":\"exact\",\"currencySource\":\"region\""), json);
    }
}
