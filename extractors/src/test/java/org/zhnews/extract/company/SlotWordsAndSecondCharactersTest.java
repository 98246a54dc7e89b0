package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhnews.core.Pipeline;

/**
 * A slot word ending in 有 ({@code 参与者有}, {@code 投资方有}) opens a list and is no part of the
 * name after it; 达, 元 and 同, like 和, may be a name's second character after an introducer
 * ({@code AI公司骞达智能}), while a verb 达 after a noun still cuts; 软件商 introduces a name;
 * {@code X全资子公司Y} names a subsidiary; 则有 and 另有 open a list, 随后跟进 closes one, an
 * adverb opening the predicate ({@code 也}, {@code 则}) ends an item; 主攻 and 担任 are verbs,
 * 金融系资本 a description.
 * Invented sentences.
 */
class SlotWordsAndSecondCharactersTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();

    private static String companies(String text) {
        return CompanySpans.of(PIPELINE.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本轮领投者为国库控股（Khazanah Nasional），其他参与者有大马创投公司（MAVCAP）、森那美（Sime Darby）。 | 国库控股=khazanah Khazanah Nasional=khazanah MAVCAP=mavcap 森那美=sime-darby Sime Darby=sime-darby
            本轮投资方有琛和资本、湛川创投。 | 琛和资本=open:琛和资本 湛川创投=open:湛川创投
            """)
    void aSlotWordEndingInYouIsNoPartOfTheName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            加盟內地工業AI公司騫達智能，出任首席營運官。 | 騫達智能=open:骞达智能
            內地工業AI軟件商騫達智能（Qianda Intelligence）今天開始招股。 | 騫達智能=open:骞达智能 Qianda Intelligence=open:qiandaintelligence
            """)
    void daAsASecondCharacterStaysInTheName(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            中金资本旗下基金、国元证券全资子公司国元创新与交银国际随后跟进。 | 中金资本=cicc-capital 国元证券=guoyuan-securities 国元创新=open:国元创新 交银国际=bocom-international
            """)
    void aWhollyOwnedSubsidiaryIsNamedAfterItsParent(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            金融业则有兆丰创投、台新创投参与。 | 兆丰创投=mega-venture 台新创投=open:台新创投
            浙江省产业基金与杭州资本领投，杭州高新金投、国开科创随后跟进。 | 浙江省产业基金=open:浙江省产业基金 杭州资本=hangzhou-capital 杭州高新金投=open:杭州高新金投 国开科创=open:国开科创
            华侨银行和越南Do Ventures也有份。 | 华侨银行=ocbc Do Ventures=open:doventures
            宁德时代与南方电网旗下的南网能创基金则代表产业方入股。 | 宁德时代=catl 南方电网=china-southern-power-grid 南网能创基金=open:南网能创基金
            """)
    void slotWordsRoleClosesAndPredicateAdverbsEndTheNames(String text, String expected) {
        assertEquals(expected, companies(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年营收达智能设备板块的三成。 |
            公司主攻汽车及3C组装场景。 |
            国寿股权、中银资产等金融系资本跟投。 | 国寿股权=china-life-equity 中银资产=boc-asset-investment
            本轮由腾讯和红杉中国领投。 | 腾讯=tencent 红杉中国=hongshan
            """)
    void aVerbDaOrAConjunctionStillCuts(String text, String expected) {
        assertEquals(expected == null ? "" : expected, companies(text));
    }
}
