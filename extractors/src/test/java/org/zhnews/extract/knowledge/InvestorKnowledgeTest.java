package org.zhnews.extract.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.ZhNews;
import org.zhnews.core.mention.CompanyMention;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Investors of the bundled knowledge base, as the default pipeline links them in funding news. */
class InvestorKnowledgeTest {

    private static final KnowledgeBase KB = KnowledgeBase.standard();

    /**
     * Ids of the knowledge-base companies the default pipeline reports, in text order,
     * comma-separated (names no list holds are left out: they are not this test's subject).
     */
    private static String companies(String text) {
        return ZhNews.analyze(text).mentions().stream()
                .filter(m -> m instanceof CompanyMention)
                .flatMap(m -> ((CompanyMention) m).id().stream())
                .filter(id -> KB.company(id).isPresent())
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            星衡机器人完成5亿元B轮融资,大基金、高瓴和红杉中国联合领投            | china-ic-fund, hillhouse, hongshan
            本轮由大基金二期领投,深创投、达晨财智跟投                          | china-ic-fund-2, scgc, dachen-capital
            华为哈勃与小米长江产业基金共同入股这家传感器公司                     | hubble-investment, xiaomi-changjiang-fund
            公司A轮融资的投资方包括经纬创投、中金资本和合肥产投                   | matrix-china, cicc-capital, hefei-industry-investment
            該公司獲國發基金與中華開發資本注資                                 | taiwan-ndf, cdib-capital
            港投公司和淡马锡参与了这轮融资                                    | hkic, temasek
            Coatue Management与KKR、Tiger Global共同投资                       | coatue, kkr, tiger-global
            """)
    void linksInvestorsInFundingSentences(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @Test
    void aShortAliasCountsInAListOfInvestors() {
        assertEquals("matrix-china, hillhouse", companies("经纬、高瓴参与了本轮融资"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            地图上的经纬线交织成网
            望远镜之父的名字后来给了哈勃空间望远镜
            金沙江流经云南和四川
            夜空中出现了罕见的北极光
            """)
    void leavesCommonWordsAndOtherMeaningsAlone(String text) {
        assertEquals("", companies(text));
    }

    @Test
    void aDepartmentAcronymIsNoBuyoutFirm() {
        assertEquals("baidu", companies("类似百度TPG(技术中台群组),主要负责训练模型"));
    }

    @Test
    void investmentArmsHangUnderTheirParents() {
        assertTrue(KB.isWithin("hubble-investment", "huawei"));
        assertTrue(KB.isWithin("gl-ventures", "hillhouse"));
        assertTrue(KB.isWithin("vertex-ventures-china", "temasek"));
        assertTrue(KB.isWithin("cicc-capital", "cicc"));
        assertTrue(KB.isWithin("cdib-capital", "kgi"));
    }
}
