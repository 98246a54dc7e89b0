package org.zhnews.extract.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.LinearTime;

/** The open-set recogniser through the company extractor: names no list holds, and the traps. */
class OpenCompanyFinderTest {

    private static final Pipeline PIPELINE = Pipeline.builder().extractor(CompanyExtractor.standard()).build();
    private static final Pipeline KNOWN_ONLY = Pipeline.builder()
            .extractor(CompanyExtractor.builder().openCompanies(false).build()).build();

    private static List<String> companies(String text) {
        Document doc = PIPELINE.analyze(text);
        ConsistencyKit.checkDocument(doc);
        return doc.companies().stream().map(c -> c.span().text()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "本轮融资由星澜资本领投，雾山创投和老股东青禾基金跟投。|星澜资本,雾山创投,青禾基金",
        "公司本轮投资方包括苍梧资本、北辰汇智和远帆投资等机构。|苍梧资本,北辰汇智,远帆投资",
        "本轮由澄湖基金独家投资。|澄湖基金",
        "深圳市拾光智能科技有限公司近日完成数亿元B轮融资。|深圳市拾光智能科技有限公司",
        "星耀微算完成数千万元天使轮融资，资金将用于芯片流片。|星耀微算",
        "据晨讯日报报道，该公司正筹备上市。|晨讯日报",
        "Northwind Capital和Bluefin Partners参与了本轮融资。|Northwind Capital,Bluefin Partners",
        "翠屏控股发布公告称，公司拟回购股份。|翠屏控股",
        "北溟远望(Beiming Robotics)发布了新一代四足机器人。|北溟远望,Beiming Robotics",
    })
    void findsCompaniesNoListHolds(String text, String expected) {
        List<String> found = companies(text);
        for (String name : expected.split(",")) {
            assertTrue(found.contains(name), () -> name + " not in " + found);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "资本市场对此反应积极，社会资本和国有资本纷纷入场。",
        "他表示，产业基金将重点投向人工智能领域。",
        "由于市场波动，投资者情绪低迷。",
        "分析师预计，训练需求将继续推高资本开支。",
        "本轮由创始人张伟领投。",
        "本轮由北京一家国资基金领投。",
        "据知情人士透露，相关谈判仍在进行。",
        "这一轮融资约为5亿元，投资方未披露。",
        "该基金规模为50亿元，由地方政府引导基金出资。",
    })
    void descriptionsAndPeopleAreNoCompanies(String text) {
        List<String> found = companies(text);
        assertEquals(List.of(), found, text);
    }

    @Test
    void namesInAListWithKnownCompaniesAreCompanies() {
        List<String> found = companies("华为、宇树和星海通用等厂商均展示了人形机器人。");
        assertTrue(found.containsAll(List.of("华为", "星海通用")), found::toString);
    }

    @Test
    void aProductBesideAKnownNameIsNoListItem() {
        List<String> found = companies("腾讯建立了包含元宝、QQ浏览器、搜狗输入法的产品线。");
        assertFalse(found.contains("QQ浏览器"), found::toString);
    }

    @Test
    void anInvestmentArmOfAKnownCompanyIsItsOwnEntity() {
        Document doc = PIPELINE.analyze("本轮由京东创投领投。");
        CompanyMention arm = doc.companies().stream().filter(c -> c.span().text().equals("京东创投")).findFirst()
                .orElseThrow(() -> new AssertionError(doc.companies().toString()));
        assertFalse(arm.linked());
        assertEquals("open:京东创投", arm.id().orElseThrow());
    }

    @Test
    void anOpenCompanyHasOneIdAcrossScriptsAndLegalForms() {
        String simplified = PIPELINE.analyze("深圳市拾光智能科技有限公司完成融资。").companies().get(0).id().orElseThrow();
        assertEquals("open:深圳市拾光智能科技", simplified);
        assertEquals(simplified, CompanyMention.openId("深圳市拾光智能科技有限公司"));
        assertEquals(simplified, CompanyMention.openId("深圳市拾光智能科技"));
        assertEquals(simplified, CompanyMention.openId("深圳市拾光智能科技公司"));
        assertEquals("open:公司", CompanyMention.openId("公司"));
        assertEquals("open:northwindcapital", CompanyMention.openId("Northwind Capital"));
        assertEquals("open:acmerobotics", CompanyMention.openId("Acme Robotics Inc."));
    }

    @Test
    void knownNamesStayLinkedAndTheOpenSetCanBeSwitchedOff() {
        String text = "本轮融资由红杉中国领投，星澜资本跟投。";
        Document doc = PIPELINE.analyze(text);
        assertTrue(doc.companies().stream().anyMatch(c -> c.linked() && c.id().orElseThrow().equals("hongshan")),
                doc.companies()::toString);
        assertTrue(KNOWN_ONLY.analyze(text).companies().stream().allMatch(CompanyMention::linked));
    }

    @Test
    void aRunOfOpeningQuotesStaysLinear() {
        String small = "初创公司“".repeat(2_000);
        String large = "初创公司“".repeat(20_000);
        assertNull(LinearTime.check("opening quotes", () -> PIPELINE.analyze(small), () -> PIPELINE.analyze(large)));
    }

    @Test
    void workStaysLinear() {
        String unit = "本轮融资由星澜资本领投，雾山创投、青禾基金和老股东跟投。深圳市拾光智能科技有限公司完成融资。";
        String small = unit.repeat(500);
        String large = unit.repeat(5_000);
        assertNull(LinearTime.check("open companies", () -> PIPELINE.analyze(small), () -> PIPELINE.analyze(large)));
    }

    @Test
    void theFirstCellsOfATablesCompanyColumnAreCompanies() {
        List<String> found = companies("公司\t营收（亿元）\t同比\n明宇光电\t12.5\t+8.1%\n合计\t12.5\t+8.1%\n");
        assertTrue(found.contains("明宇光电"), found::toString);
        assertFalse(found.contains("合计"), found::toString);
        List<String> notACompanyColumn = companies("地区\t营收（亿元）\n华东地区\t12.5\n");
        assertFalse(notACompanyColumn.contains("华东地区"), notACompanyColumn::toString);
    }

    @Test
    void aNameWithALineOfBusinessAfterAMakerOrCarmakerNounIsACompany() {
        List<String> found = companies("服务器代工厂华鼎电脑昨天董事会通过人事案。");
        assertTrue(found.contains("华鼎电脑"), found::toString);
        found = companies("智能电动车企沃途汽车公布第二季度业绩。");
        assertTrue(found.contains("沃途汽车"), found::toString);
    }

    @Test
    void aNameEndingInALineOfBusinessFoundOnceIsFoundAgain() {
        Document doc = PIPELINE.analyze("气候科技初创企业碳衡科技（CarbonLens）完成A轮融资。碳衡科技也宣布收购英国软件商TallyCarbon。");
        long times = doc.companies().stream().filter(c -> c.span().text().equals("碳衡科技")).count();
        assertEquals(2, times, doc.companies()::toString);
    }

    @Test
    void aNameAfterAMakerNounEndingInChangIsACompanyButNotAfterBigFirms() {
        List<String> found = companies("同日，散热模组厂冠冷科技以每股承销价168元登录上柜挂牌。");
        assertTrue(found.contains("冠冷科技"), found::toString);
        found = companies("目前大厂们搞AI技术研发，更多服务于自身业务。");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aQuotedNameHoldingABoundaryCharacterIsWhole() {
        List<String> found = companies("人形机器人关节模组厂商“力元动力”完成A轮融资。");
        assertTrue(found.contains("力元动力"), found::toString);
        found = companies("1.「元起生物」完成数千万元种子轮融资，由奇绩创坛领投。");
        assertTrue(found.contains("元起生物"), found::toString);
    }
}
