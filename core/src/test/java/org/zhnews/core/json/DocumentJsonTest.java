package org.zhnews.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;

class DocumentJsonTest {

    private static final Company BYTEDANCE = new Company("bytedance", "字节跳动", Optional.of("字節跳動"),
            Optional.of("ByteDance"), List.of("字节"), List.of(), Optional.empty());

    /** Emits one mention of each type at fixed places of "字節 Qwen2.5-Max 540億美元 增長393.9% \"<x>\"". */
    private static final Extractor FIXED = new Extractor() {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class, ModelMention.class, MoneyMention.class, MetricMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            String t = ctx.text();
            int q = t.indexOf("Qwen");
            int m = t.indexOf("540");
            int g = t.indexOf("增長");
            return List.of(
                    new CompanyMention(ctx.span(0, 2), "字节跳动", Optional.of(BYTEDANCE)),
                    new ModelMention(ctx.span(q, q + 11), new AiModel("Qwen", Optional.of("2.5"),
                            Optional.of("Max"), Optional.of("alibaba")), Optional.empty()),
                    new MoneyMention(ctx.span(m, m + 6), Optional.of(new BigDecimal("5.4E+10")), "USD",
                            Qualifier.EXACT, Optional.empty(), Optional.empty()),
                    new MetricMention(ctx.span(g, g + 8), Optional.of(new BigDecimal("393.90")),
                            MetricUnit.PERCENT, Optional.of("growth"), Qualifier.EXACT, Optional.empty(),
                            Optional.empty()));
        }
    };

    @Test
    void writesTheContract() {
        Document doc = Pipeline.builder().extractor(FIXED).build()
                .analyze("字節 Qwen2.5-Max 540億美元 增長393.9% \"<x>\"\u0001", "a.txt");
        String json = DocumentJson.toJson(doc, false);
        assertTrue(json.startsWith("{\"source\":\"a.txt\",\"charset\":null,\"script\":\"unknown\",\"warnings\":[],"
                + "\"articles\":[{\"start\":0,\"end\":37,\"originalStart\":0,\"originalEnd\":37}],\"zones\":[],\"mentions\":["), json);
        assertTrue(json.contains("{\"type\":\"company\",\"text\":\"字節\",\"start\":0,\"end\":2,\"originalStart\":0,"
                + "\"originalEnd\":2,\"article\":0,\"boilerplate\":false,\"id\":\"bytedance\",\"name\":\"字节跳动\",\"nameEn\":\"ByteDance\"}"), json);
        assertTrue(json.contains("\"type\":\"model\",\"text\":\"Qwen2.5-Max\""), json);
        assertTrue(json.contains("\"family\":\"Qwen\",\"version\":\"2.5\",\"variant\":\"Max\",\"vendor\":\"alibaba\"}"), json);
        assertTrue(json.contains("\"amount\":54000000000,\"currency\":\"USD\",\"qualifier\":\"exact\"}"), json);
        assertTrue(json.contains("\"value\":393.9,\"unit\":\"percent\",\"kind\":\"growth\",\"qualifier\":\"exact\"}"), json);
        assertFalse(json.contains("\"text\":\"字節 Qwen"), "text only when asked");
        assertFalse(json.contains("\n"));
    }

    @Test
    void textIsIncludedOnRequestAndEscaped() {
        Document doc = Pipeline.builder().build().analyze("a\"b\\c\u0001\n</script>");
        String json = DocumentJson.toJson(doc, true);
        assertTrue(json.contains("\"text\":\"a\\\"b\\\\c\\u0001\\n\\u003C/script\\u003E\""), json);
        assertFalse(json.contains("\n"));
    }

    @Test
    void warningsCarryCodeMessageAndRange() {
        Document doc = Pipeline.builder().build().analyze(new byte[] {'a', (byte) 0xFF});
        String json = doc.toJson();
        assertTrue(json.contains("\"charset\":\"UTF-8\""), json);
        assertTrue(json.contains("{\"code\":\"malformed_input\",\"message\":"), json);
        assertTrue(json.contains("\"originalStart\":1,\"originalEnd\":2}"), json);
    }

    @Test
    void equivalentOfOnlyWhenPresent() {
        Extractor two = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(MoneyMention.class);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext ctx) {
                MoneyMention usd = new MoneyMention(ctx.span(0, 6), Optional.of(new BigDecimal("5.4E+10")), "USD",
                        Qualifier.EXACT, Optional.empty(), Optional.empty());
                MoneyMention cny = new MoneyMention(ctx.span(9, 16), Optional.of(new BigDecimal("3.922E+11")), "CNY",
                        Qualifier.APPROXIMATE, Optional.empty(), Optional.empty()).asEquivalentOf(0);
                return List.of(usd, cny);
            }
        };
        String json = Pipeline.builder().extractor(two).build().analyze("540亿美元(约合3922亿元人民币)").toJson();
        assertTrue(json.contains("\"amount\":392200000000,\"currency\":\"CNY\",\"qualifier\":\"approximate\",\"equivalentOf\":0}"), json);
        assertEquals(1, json.split("equivalentOf", -1).length - 1, json);
    }

    @Test
    void regionAndCurrencySourceOnlyWhenKnown() {
        Extractor yuan = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(MoneyMention.class);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext ctx) {
                MoneyMention written = new MoneyMention(ctx.span(0, 5), Optional.of(new BigDecimal("300")), "USD",
                        Qualifier.EXACT, Optional.empty(), Optional.empty());
                MoneyMention bare = new MoneyMention(ctx.span(6, 9), Optional.of(new BigDecimal("30000")), "TWD",
                        Qualifier.EXACT, Optional.empty(), Optional.empty()).withCurrencySource(CurrencySource.REGION);
                return List.of(written, bare);
            }
        };
        String text = "300美元，3萬元\n其餘";
        StructureAnalyzer regional = input -> new Structure(List.of(
                Article.plain(new TextRange(0, 10), new TextRange(0, 10))
                        .withRegion(new ArticleRegion(Region.TW, List.of("dateline:台北報導", "script:traditional"))),
                Article.plain(new TextRange(10, 12), new TextRange(10, 12))), List.of());
        String json = Pipeline.builder().structure(regional).extractor(yuan).build().analyze(text).toJson();
        assertTrue(json.contains("\"articles\":[{\"start\":0,\"end\":10,\"originalStart\":0,\"originalEnd\":10,"
                + "\"region\":\"TW\",\"regionEvidence\":[\"dateline:台北報導\",\"script:traditional\"]},"
                + "{\"start\":10,\"end\":12,\"originalStart\":10,\"originalEnd\":12}]"), json);
        assertTrue(json.contains("\"currency\":\"USD\",\"qualifier\":\"exact\"}"), json);
        assertTrue(json.contains("\"currency\":\"TWD\",\"qualifier\":\"exact\",\"currencySource\":\"region\"}"), json);
        assertEquals(1, json.split("currencySource", -1).length - 1, json);
    }

    @Test
    void integersStayPlain() {
        Document doc = Pipeline.builder().extractor(FIXED).build().analyze("字節 Qwen2.5-Max 540億美元 增長393.9%");
        assertEquals(new BigDecimal("5.4E+10"), doc.money().get(0).amount().orElseThrow());
        assertFalse(doc.toJson().contains("E+"));
    }

    @Test
    void optionsFilterMentionKindsAndLeaveEverythingElse() {
        Document doc = Pipeline.builder().extractor(FIXED).build()
                .analyze("字節 Qwen2.5-Max 540億美元 增長393.9%\n第二行。", "a.txt");
        assertEquals(doc.toJson(), doc.toJson(JsonOptions.defaults()));
        assertEquals(DocumentJson.toJson(doc, true), doc.toJson(JsonOptions.builder().text(true).build()));
        String all = doc.toJson();
        String money = doc.toJson(JsonOptions.builder().kinds("money", "metric").build());
        String head = all.substring(0, all.indexOf("\"mentions\":["));
        assertTrue(money.startsWith(head), money);
        assertFalse(money.contains("\"type\":\"company\""), money);
        assertFalse(money.contains("\"type\":\"model\""), money);
        assertTrue(money.contains("\"type\":\"money\"") && money.contains("\"type\":\"metric\""), money);
        assertEquals(all, doc.toJson(JsonOptions.builder().kinds("money").kinds(List.of()).build()));
    }

    @Test
    void sentencesAreWrittenOnRequestAndCoverTheText() {
        Document doc = Pipeline.builder().build().analyze("第一句。第二句！\n第三行");
        assertFalse(doc.toJson().contains("sentences"));
        String json = doc.toJson(JsonOptions.builder().sentences(true).build());
        assertTrue(json.endsWith(",\"mentions\":[],\"events\":[],\"sentences\":["
                + "{\"start\":0,\"end\":4,\"originalStart\":0,\"originalEnd\":4},"
                + "{\"start\":4,\"end\":9,\"originalStart\":4,\"originalEnd\":9},"
                + "{\"start\":9,\"end\":12,\"originalStart\":9,\"originalEnd\":12}]}"), json);
    }
}
