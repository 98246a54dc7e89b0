package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;
import org.zhnews.testkit.ConsistencyKit;

class StructureTest {

    private static final String TWO_ARTICLES = "#第一篇\n发布于2024-05-03\n今天OpenAI发布新品。\n推荐:OpenAI涨了17%\n===\n"
            + "#第二篇\n今天OpenAI又来了,涨3%。\n";

    private static final Pipeline PIPELINE = Pipeline.builder()
            .normalizer(new ToyComponents.StripLatinInParens())
            .structure(new ToyComponents.LineStructure())
            .extractor(new ToyComponents.OpenAiExtractor())
            .extractor(new ToyComponents.PercentExtractor())
            .extractor(new ToyComponents.TodayExtractor())
            .build();

    @Test
    void withoutAStructureStepADocumentIsOneArticleWithoutZones() {
        Document doc = Pipeline.builder().extractor(new ToyComponents.OpenAiExtractor()).build()
                .analyze("OpenAI\n===\nOpenAI");
        assertEquals(1, doc.articles().size());
        assertEquals(new TextRange(0, doc.text().length()), doc.articles().get(0).range());
        assertTrue(doc.zones().isEmpty());
        assertEquals(0, doc.articleOf(doc.companies().get(1)));
    }

    @Test
    void mentionsKnowTheirArticleAndZone() {
        Document doc = PIPELINE.analyze(TWO_ARTICLES);
        ConsistencyKit.checkDocument(doc);
        assertEquals(2, doc.articles().size());
        assertEquals(Optional.of("第一篇"), doc.articles().get(0).title());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), doc.articles().get(0).published());
        assertEquals(1, doc.zones().size());
        assertEquals(ZoneKind.RELATED_LINKS, doc.zones().get(0).kind());
        List<Mention> flagged = doc.mentions().stream().filter(doc::isBoilerplate).toList();
        assertEquals(List.of("OpenAI", "17%"), flagged.stream().map(Mention::text).toList());
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 1),
                doc.mentions().stream().map(doc::articleOf).toList());
        assertEquals(3, doc.mentionsIn(1).size());
    }

    @Test
    void relativeDatesResolveAgainstTheirOwnArticleOrTheCallersDate() {
        Document doc = PIPELINE.analyze(Input.text(TWO_ARTICLES).withPublished(LocalDate.of(2025, 1, 2)));
        List<DateMention> dates = doc.dates();
        assertEquals(Optional.of(DateValue.day(2024, 5, 3)), dates.get(0).value());
        assertEquals(Optional.of(DateValue.day(2025, 1, 2)), dates.get(1).value());
        Document undated = PIPELINE.analyze(TWO_ARTICLES);
        assertTrue(undated.dates().get(1).value().isEmpty());
    }

    @Test
    void boilerplateMentionsCanBeDropped() {
        Document doc = PIPELINE.toBuilder().dropBoilerplate(true).build().analyze(TWO_ARTICLES);
        assertEquals(5, doc.mentions().size());
        assertFalse(doc.mentions().stream().anyMatch(doc::isBoilerplate));
        assertEquals(1, doc.zones().size(), "the zone itself is still reported");
    }

    @Test
    void analyzeArticlesGivesOneDocumentPerArticle() {
        List<Document> docs = PIPELINE.analyzeArticles(Input.text(TWO_ARTICLES).withSource("a.txt"));
        assertEquals(2, docs.size());
        assertEquals(Optional.of("a.txt#2"), docs.get(1).source());
        assertTrue(docs.get(1).original().startsWith("#第二篇"));
        assertEquals(2, docs.get(1).companies().size() + docs.get(1).metrics().size());
        assertEquals(Optional.of(DateValue.day(2024, 5, 3)), docs.get(0).dates().get(0).value());
        docs.forEach(ConsistencyKit::checkDocument);
        assertEquals(1, PIPELINE.analyzeArticles(Input.text("只有一篇")).size());
    }

    @Test
    void aFailingStructureStepBecomesAWarning() {
        StructureAnalyzer broken = in -> {
            throw new IllegalStateException("boom");
        };
        Document doc = PIPELINE.toBuilder().structure(broken).build().analyze(TWO_ARTICLES);
        assertEquals(1, doc.articles().size());
        assertEquals(WarningCode.COMPONENT_FAILED, doc.warnings().get(0).code());
        assertEquals(7, doc.mentions().size());
    }

    @Test
    void aStructureOutsideTheTextIsRejected() {
        StructureAnalyzer tooLong = in -> Structure.single(in.text().length() + 5, in.original().length());
        Document doc = PIPELINE.toBuilder().structure(tooLong).build().analyze("OpenAI");
        assertEquals(WarningCode.COMPONENT_FAILED, doc.warnings().get(0).code());
        assertThrows(IllegalArgumentException.class, () -> new Structure(List.of(), List.of()));
        Article a = Article.plain(new TextRange(0, 2), new TextRange(0, 2));
        Article gap = Article.plain(new TextRange(3, 4), new TextRange(3, 4));
        assertThrows(IllegalArgumentException.class, () -> new Structure(List.of(a, gap), List.of()));
        Zone z = new Zone(ZoneKind.AD, new TextRange(0, 2), new TextRange(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new Structure(List.of(a), List.of(z, z)));
    }

    @Test
    void jsonCarriesArticlesZonesAndMentionFlags() {
        String json = PIPELINE.analyze(Input.text(TWO_ARTICLES).withPublished(LocalDate.of(2025, 1, 2))).toJson();
        assertTrue(json.contains("\"articles\":[{\"start\":0,"), json);
        assertTrue(json.contains("\"title\":\"第一篇\""), json);
        assertTrue(json.contains("\"published\":\"2024-05-03\""), json);
        assertTrue(json.contains("\"zones\":[{\"kind\":\"boilerplate\",\"category\":\"related_links\""), json);
        assertTrue(json.contains("\"text\":\"17%\",\"start\":44,\"end\":47,\"originalStart\":44,\"originalEnd\":47,"
                + "\"article\":0,\"boilerplate\":true"), json);
        assertTrue(json.contains("\"type\":\"date\",\"text\":\"今天\""), json);
        assertTrue(json.contains("\"value\":\"2025-01-02\",\"granularity\":\"day\",\"relative\":true"), json);
    }

    @Test
    void datePeriodsPrintAsIso() {
        assertEquals("2024-05-03", DateValue.day(2024, 5, 3).iso());
        assertEquals("2024-05", DateValue.month(2024, 5).iso());
        assertEquals("2024-Q2", DateValue.quarter(2024, 2).iso());
        assertEquals("2024-H2", DateValue.halfYear(2024, 2).iso());
        assertEquals("2024", DateValue.year(2024).iso());
        assertEquals("2025-W01", DateValue.weekOf(LocalDate.of(2024, 12, 31)).iso());
        assertEquals(LocalDate.of(2024, 7, 1), DateValue.quarter(2024, 2).endExclusive());
        assertThrows(IllegalArgumentException.class,
                () -> new DateValue(org.zhnews.core.mention.DateGranularity.MONTH, LocalDate.of(2024, 5, 2)));
    }
}
