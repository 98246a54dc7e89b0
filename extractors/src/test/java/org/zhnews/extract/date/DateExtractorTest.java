package org.zhnews.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

class DateExtractorTest {

    private static final DateExtractor DATES = new DateExtractor();
    private static final LocalDate PUB = LocalDate.of(2024, 11, 28);

    private static List<DateMention> alone(String text, LocalDate published) {
        return DATES.extract(ExtractionContext.of(text, published));
    }

    private static String describe(String text, LocalDate published) {
        return DateCasesTest.describe(alone(text, published));
    }

    @Test
    void readsTraditionalAndFullWidthFormsWithoutANormalizer() {
        assertEquals("民國114年=2025 year", describe("民國114年預算", null));
        assertEquals("上週三=2024-11-20 day rel", describe("上週三發佈", PUB));
        assertEquals("上個月=2024-10 month rel", describe("上個月營收", PUB));
        assertEquals("這個月=2024-11 month rel", describe("這個月", PUB));
        assertEquals("5月3號=2024-05-03 day rel", describe("5月3號開幕", PUB));
        assertEquals("２０２４年１１月=2024-11 month", describe("２０２４年１１月", null));
        assertEquals("２０２５－０３－０３=2025-03-03 day", describe("２０２５－０３－０３", null));
        assertEquals("-", describe("今日頭條", PUB));
        assertEquals("兩個月前=2024-09 month rel", describe("兩個月前", PUB));
    }

    @Test
    void spansPointAtTheSurface() {
        String text = "据报道，今年5月21日和去年底，公司两次调整。";
        List<DateMention> ds = alone(text, PUB);
        assertEquals(2, ds.size());
        for (DateMention d : ds) {
            assertEquals(d.text(), text.substring(d.start(), d.end()));
            assertEquals(d.start(), d.originalStart());
        }
        assertEquals(4, ds.get(0).start());
        assertEquals("去年底", ds.get(1).text());
    }

    @Test
    void relativeDatesWithoutPublicationKeepTheirGranularityAndNoValue() {
        DateMention d = alone("上周三", null).get(0);
        assertTrue(d.value().isEmpty());
        assertTrue(d.relative());
        assertEquals(DateGranularity.DAY, d.granularity());
        DateMention abs = alone("2024年11月", null).get(0);
        assertEquals(Optional.of(DateValue.month(2024, 11)), abs.value());
        assertFalse(abs.relative());
    }

    @Test
    void resolvesAcrossYearAndWeekBoundaries() {
        LocalDate jan2 = LocalDate.of(2025, 1, 2);
        assertEquals("上周=2024-W52 week rel", describe("上周", jan2));
        assertEquals("上个月=2024-12 month rel", describe("上个月", jan2));
        assertEquals("昨天=2025-01-01 day rel", describe("昨天", jan2));
        assertEquals("12月30日=2024-12-30 day rel", describe("12月30日", jan2));
        assertEquals("本月31日=? day rel", describe("本月31日", LocalDate.of(2024, 2, 10)));
        assertEquals("2月29日=2024-02-29 day rel", describe("2月29日", LocalDate.of(2024, 3, 1)));
    }

    @Test
    void twoDigitYearsTakeThePublicationCentury() {
        assertEquals("23年12月=2023-12 month rel", describe("23年12月", PUB));
        assertEquals("98年5月=1998-05 month rel", describe("98年5月", PUB));
        assertEquals("05年5月=2005-05 month rel", describe("05年5月", PUB));
        assertEquals("98年5月=2098-05 month rel", describe("98年5月", LocalDate.of(2095, 1, 1)));
    }

    @Test
    void datesNeverTakeModelsOrMoneyThroughThePipeline() {
        String text = "OpenAI于2024年5月13日发布GPT-4o-2024-05-13，公司2024年营收1,280亿元，今年5月推出Qwen3。";
        Document doc = DateCasesTest.PIPELINE.analyze(Input.text(text).withPublished(PUB));
        assertEquals("2024年5月13日=2024-05-13 day | 2024年=2024 year | 今年5月=2024-05 month rel",
                DateCasesTest.describe(doc.dates()));
        for (DateMention d : doc.dates()) {
            for (Mention m : doc.mentions()) {
                if (m instanceof ModelMention || m instanceof MoneyMention) {
                    assertTrue(d.end() <= m.start() || m.end() <= d.start(), d + " overlaps " + m);
                }
            }
        }
    }

    /** Splits at the first "===" into two articles, the first published on 2024-05-03. */
    private static final StructureAnalyzer TWO_ARTICLES = in -> {
        int cut = in.text().indexOf("===");
        int t = in.text().length();
        Article first = Article.plain(new org.zhnews.core.offset.TextRange(0, cut), in.articleOriginal(0, cut))
                .withPublished(LocalDate.of(2024, 5, 3));
        Article second = Article.plain(new org.zhnews.core.offset.TextRange(cut, t), in.articleOriginal(cut, t));
        return new Structure(List.of(first, second), List.of());
    };

    @Test
    void eachArticleResolvesAgainstItsOwnPublicationDate() {
        Pipeline pipeline = Pipeline.builder().structure(TWO_ARTICLES).extractor(new DateExtractor()).build();
        String text = "昨天，公司发布新品。===上周三，公司又发布新品。";
        Document dated = pipeline.analyze(Input.text(text).withPublished(PUB));
        assertEquals("昨天=2024-05-02 day rel | 上周三=2024-11-20 day rel", DateCasesTest.describe(dated.dates()));
        Document undated = pipeline.analyze(text);
        assertEquals("昨天=2024-05-02 day rel | 上周三=? day rel", DateCasesTest.describe(undated.dates()));
    }

    @Test
    void jsonCarriesTheDate() {
        String json = DateCasesTest.PIPELINE.analyze(Input.text("明年年初上市").withPublished(PUB)).toJson();
        assertTrue(json.contains("\"type\":\"date\""), json);
        assertTrue(json.contains("\"value\":\"2025\""), json);
        assertTrue(json.contains("\"modifier\":\"early\""), json);
    }

    @Test
    void longDigitRunsAndRepeatedCuesFindNothingOrEverything() {
        assertEquals("-", describe("1".repeat(10_000) + "年", PUB));
        String many = "今年5月，".repeat(1000);
        assertEquals(1000, alone(many, PUB).size());
    }
}
