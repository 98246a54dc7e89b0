package org.zhnews.extract.knowledge;

import org.junit.jupiter.api.Test;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {

    private static final String COMPANY_HEADER = "id\tname\ttraditional\tenglish\taliases\ttickers\tparent\tcategory\tsource\n";
    private static final String MODEL_HEADER = "id\tfamily\tchinese\taliases\tvendor\ttype\tversions\tshort_forms\tsource\n";

    private static InputStream tsv(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String ids(KnowledgeBase kb, String text) {
        return companyHits(kb, text).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.values().get(0).entry().id())
                .collect(Collectors.joining(" "));
    }

    /** The longest leftmost company names of the one dictionary. */
    private static List<Match<CompanySurface>> companyHits(KnowledgeBase kb, String text) {
        return DictionaryMatcher.longestLeftmost(kb.names().findAll(text).stream()
                .map(m -> new Match<>(m.start(), m.end(), m.values().stream()
                        .filter(CompanySurface.class::isInstance).map(CompanySurface.class::cast).toList()))
                .filter(m -> !m.values().isEmpty()).toList());
    }

    /** The longest leftmost model names of the one dictionary. */
    private static List<Match<ModelSurface>> modelHits(KnowledgeBase kb, String text) {
        return DictionaryMatcher.longestLeftmost(kb.names().findAll(text).stream()
                .map(m -> new Match<>(m.start(), m.end(), m.values().stream()
                        .filter(ModelSurface.class::isInstance).map(ModelSurface.class::cast).toList()))
                .filter(m -> !m.values().isEmpty()).toList());
    }

    @Test
    void readsEveryColumn() {
        KnowledgeBase kb = TestKnowledge.kb();
        CompanyEntry alibaba = kb.company("alibaba").orElseThrow();
        assertEquals("阿里巴巴", alibaba.company().name());
        assertEquals("Alibaba", alibaba.company().nameEn().orElseThrow());
        assertEquals(List.of("BABA", "9988.HK"), alibaba.company().tickers());
        assertTrue(alibaba.company().aliases().contains("阿里"));
        assertEquals("internet", alibaba.category());
        CompanyEntry engine = kb.company("volcano-engine").orElseThrow();
        assertEquals("bytedance", engine.company().parentId().orElseThrow());
        assertTrue(engine.contextOnly().contains("火山"));
        assertTrue(kb.company("apple").orElseThrow().exactCase().contains("Apple"));
        ModelFamily ds = kb.model("deepseek").orElseThrow();
        assertEquals(List.of("R1", "R2", "V3"), ds.shortForms());
        assertEquals("deepseek", ds.vendor().orElseThrow());
    }

    @Test
    void traditionalAndSimplifiedFormsAreBothIndexed() {
        KnowledgeBase kb = TestKnowledge.kb();
        assertEquals("字节跳动=bytedance 字節跳動=bytedance", ids(kb, "字节跳动和字節跳動"));
        assertEquals("微軟=microsoft 微软=microsoft", ids(kb, "微軟與微软"));
        assertEquals("腾讯控股=tencent", ids(kb, "腾讯控股"));
        assertEquals("阿里巴巴集團控股=alibaba", ids(kb, "阿里巴巴集團控股"));
    }

    @Test
    void taiwanNamesAreAlsoIndexedInTheirMainlandForm() {
        KnowledgeBase kb = TestKnowledge.kb();
        assertEquals("輝達=nvidia", ids(kb, "輝達"));
        assertEquals("英偉達=nvidia", ids(kb, "英偉達"));
    }

    @Test
    void parentLinksAreFollowed() {
        KnowledgeBase kb = TestKnowledge.kb();
        assertTrue(kb.isWithin("volcano-engine", "bytedance"));
        assertTrue(kb.isWithin("bytedance", "bytedance"));
        assertFalse(kb.isWithin("bytedance", "volcano-engine"));
        assertFalse(kb.isWithin("nobody", "bytedance"));
    }

    @Test
    void usersAddTheirOwnEntries() {
        KnowledgeBase kb = KnowledgeBase.builder()
                .company(CompanyEntry.builder("acme").name("艾克米").english("Acme Robotics")
                        .alias("艾克米科技").contextOnlyAlias("艾克").ticker("ACME").build())
                .model(ModelFamily.builder("acme-lm").family("AcmeLM").chinese("艾克大模型").vendor("acme").build())
                .build();
        assertEquals("艾克米科技=acme", ids(kb, "艾克米科技发布了AcmeLM"));
        List<Match<ModelSurface>> models = modelHits(kb, "艾克米科技发布了AcmeLM2");
        assertEquals(1, models.size());
        assertEquals("acme-lm", models.get(0).values().get(0).family().id());
        assertTrue(companyHits(kb, "艾克").get(0).values().get(0).contextOnly());
    }

    @Test
    void badFilesFailWithFileAndLine() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().companies(tsv("id\tname\n"), "mine.tsv"));
        assertTrue(header.getMessage().startsWith("mine.tsv:1: header must be"), header.getMessage());

        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().companies(tsv(COMPANY_HEADER
                        + "acme\t艾克米\t\tAcme\t\t\t\tother\tx\n# comment\nacme\t艾克米2\t\tAcme\t\t\t\tother\tx\n"), "mine.tsv"));
        assertEquals("mine.tsv:4: duplicate company id acme", dup.getMessage());

        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().companies(tsv(COMPANY_HEADER + "Acme Inc\t艾克米\t\t\t\t\t\tother\tx\n"), "mine.tsv"));
        assertTrue(badId.getMessage().startsWith("mine.tsv:2: company id must be"), badId.getMessage());

        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().companies(tsv(COMPANY_HEADER + "acme\t\t\t\t\t\t\tother\tx\n"), "mine.tsv"));
        assertEquals("mine.tsv:2: company acme needs a name", noName.getMessage());

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().models(tsv(MODEL_HEADER + "a\tA\t\t\t\t\t\t\t\textra\n"), "m.tsv"));
        assertTrue(tooMany.getMessage().startsWith("m.tsv:2: 10 columns"), tooMany.getMessage());
    }

    @Test
    void danglingReferencesFailAtBuild() {
        IllegalArgumentException parent = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().company(CompanyEntry.builder("unit").name("事业部").parent("ghost").build()).build());
        assertEquals("company unit: unknown parent ghost", parent.getMessage());
        IllegalArgumentException vendor = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.builder().model(ModelFamily.builder("lm").family("LM").vendor("ghost").build()).build());
        assertEquals("model lm: unknown vendor ghost", vendor.getMessage());
    }

    @Test
    void oneDictionaryHoldsCompanyAndModelNames() {
        KnowledgeBase kb = TestKnowledge.kb();
        List<Match<KnownName>> hits = kb.names().findAll("DeepSeek");
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).values().stream().anyMatch(CompanySurface.class::isInstance));
        assertTrue(hits.get(0).values().stream().anyMatch(ModelSurface.class::isInstance));
    }

    @Test
    void oneLetterFamilyNamesAreNotSurfaces() {
        ModelFamily o = TestKnowledge.kb().model("o-series").orElseThrow();
        assertEquals("o", o.family());
        assertFalse(o.surfaces().contains("o"));
        assertTrue(TestKnowledge.kb().names().findAll("o and o").isEmpty());
    }
}
