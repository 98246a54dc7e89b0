package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.CurrencySource;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.ArticleRegion;
import org.zhnews.core.structure.Region;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.testkit.ConsistencyKit;

/** {@link Pipeline#analyzeArticles} derives each article's document from one analysis. */
class ArticleSlicerTest {

    /** Two articles; the pinyin groups make the offset map change inside both. */
    private static final String INPUT = "#第一篇\n发布于2024-05-03\n今天创(chuang)新OpenAI涨17%\n推荐:OpenAI\n===\n"
            + "#第二篇\n新(xin)品OpenAI今天涨3%。\n";

    private static Pipeline pipeline(Extractor... extra) {
        Pipeline.Builder b = Pipeline.builder()
                .normalizer(new ToyComponents.StripLatinInParens())
                .normalizer(new ToyComponents.ExpandMonthSigns())
                .structure(new ToyComponents.LineStructure())
                .extractor(new ToyComponents.OpenAiExtractor())
                .extractor(new ToyComponents.PercentExtractor())
                .extractor(new ToyComponents.TodayExtractor());
        for (Extractor x : extra) {
            b.extractor(x);
        }
        return b.build();
    }

    @Test
    void theInputIsAnalysedOnce() {
        AtomicInteger calls = new AtomicInteger();
        Extractor counting = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of();
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext context) {
                calls.incrementAndGet();
                return List.of();
            }
        };
        List<Document> docs = pipeline(counting).analyzeArticles(Input.text(INPUT).withSource("a.txt"));
        assertEquals(2, docs.size());
        assertEquals(1, calls.get());
    }

    @Test
    void eachArticleIsTheSliceOfTheWholeWithItsOwnOffsets() {
        Pipeline p = pipeline();
        Input input = Input.text(INPUT).withSource("a.txt").withPublished(LocalDate.of(2025, 1, 2));
        Document whole = p.analyze(input);
        List<Document> docs = p.analyzeArticles(input);
        assertEquals(List.of(Optional.of("a.txt#1"), Optional.of("a.txt#2")), docs.stream().map(Document::source).toList());
        for (int i = 0; i < docs.size(); i++) {
            Document part = docs.get(i);
            Article a = whole.articles().get(i);
            ConsistencyKit.checkDocument(part);
            assertEquals(whole.original().substring(a.originalRange().start(), a.originalRange().end()), part.original());
            assertEquals(whole.text().substring(a.range().start(), a.range().end()), part.text());
            assertEquals(1, part.articles().size());
            assertEquals(a.title(), part.articles().get(0).title());
            assertEquals(a.published(), part.articles().get(0).published());
            List<Mention> expected = whole.mentionsIn(i);
            assertEquals(expected.size(), part.mentions().size());
            for (int k = 0; k < expected.size(); k++) {
                Mention w = expected.get(k);
                Mention m = part.mentions().get(k);
                assertEquals(new Span(w.text(), w.start() - a.range().start(), w.end() - a.range().start(),
                        w.originalStart() - a.originalRange().start(), w.originalEnd() - a.originalRange().start()),
                        m.span());
                assertEquals(part.text().substring(m.start(), m.end()), whole.text().substring(w.start(), w.end()));
                assertEquals(m.toString().replaceFirst("span=Span\\[[^]]*]", ""),
                        w.toString().replaceFirst("span=Span\\[[^]]*]", ""), "values kept");
                assertEquals(whole.isBoilerplate(w), part.isBoilerplate(m));
            }
        }
        assertEquals(1, docs.get(0).zones().size());
        assertEquals("推荐:OpenAI\n", slice(docs.get(0).text(), docs.get(0).zones().get(0).range()));
        assertEquals("推荐:OpenAI\n", slice(docs.get(0).original(), docs.get(0).zones().get(0).originalRange()));
        assertEquals(Optional.of("2025-01-02"), docs.get(1).dates().get(0).value().map(v -> v.iso()),
                "the second article has no date of its own: the input's applies");
        assertEquals(Optional.of("2024-05-03"), docs.get(0).dates().get(0).value().map(v -> v.iso()));
    }

    @Test
    void theSlicedOffsetMapTakesMentionsBackToTheArticlesOriginal() {
        Document second = pipeline().analyzeArticles(Input.text(INPUT)).get(1);
        assertTrue(second.original().startsWith("#第二篇\n新(xin)品"), second.original());
        Mention openai = second.companies().get(0);
        assertEquals(new TextRange(openai.originalStart(), openai.originalEnd()),
                second.offsetMap().toOriginal(openai.start(), openai.end()));
        assertEquals("OpenAI", openai.text());
        assertEquals(1, second.changes().size());
        assertEquals("(xin)", second.changes().get(0).before());
    }

    @Test
    void rangedWarningsGoToTheirArticleAndWholeInputWarningsToEach() {
        Normalizer flagsEveryEqualsSign = text -> {
            List<Warning> ws = new ArrayList<>();
            for (int i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) {
                ws.add(Warning.at(WarningCode.UNPAIRED_QUOTE, "equals sign", i, i + 1));
            }
            ws.add(Warning.of(WarningCode.MIXED_SCRIPT, "whole input"));
            return new Normalization(text, org.zhnews.core.offset.OffsetMap.identity(text.length()), ws,
                    Optional.empty());
        };
        Pipeline p = pipeline().toBuilder().normalizer(flagsEveryEqualsSign).build();
        List<Document> docs = p.analyzeArticles(Input.text(INPUT));
        assertEquals(List.of(WarningCode.UNPAIRED_QUOTE, WarningCode.UNPAIRED_QUOTE, WarningCode.UNPAIRED_QUOTE,
                WarningCode.MIXED_SCRIPT), docs.get(0).warnings().stream().map(Warning::code).toList());
        for (Warning w : docs.get(0).warnings().subList(0, 3)) {
            assertEquals("=", slice(docs.get(0).original(), w.range().orElseThrow()));
        }
        assertEquals(List.of(WarningCode.MIXED_SCRIPT), docs.get(1).warnings().stream().map(Warning::code).toList());
    }

    @Test
    void offsetsInsideValuesMoveWithTheirMention() {
        MentionKind price = MentionKind.of("price_tag");
        Extractor money = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(MoneyMention.class, CustomMention.class);
            }

            @Override
            public Set<MentionKind> kinds() {
                return Set.of(MentionKind.MONEY, price);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext ctx) {
                List<Mention> out = new ArrayList<>();
                String t = ctx.text();
                for (int i = t.indexOf("5美元"); i >= 0; i = t.indexOf("5美元", i + 1)) {
                    int cny = t.indexOf("36元", i);
                    MoneyMention usd = new MoneyMention(ctx.span(i, i + 3), Optional.of(BigDecimal.valueOf(5)), "USD",
                            Qualifier.EXACT, Optional.empty(), Optional.empty());
                    out.add(usd);
                    out.add(new MoneyMention(ctx.span(cny, cny + 3), Optional.of(BigDecimal.valueOf(36)), "CNY",
                            Qualifier.APPROXIMATE, Optional.empty(), Optional.empty()).asEquivalentOf(i));
                    out.add(new CustomMention(ctx.span(i, i + 1), price, Map.of("digits", 1)));
                }
                return out;
            }
        };
        String input = "#一\n售价5美元(约36元)\n===\n#二\n新(xin)品售价5美元(约36元)\n";
        List<Document> docs = pipeline(money).analyzeArticles(Input.text(input));
        assertEquals(2, docs.size());
        for (Document d : docs) {
            ConsistencyKit.checkDocument(d);
            MoneyMention usd = d.money().get(0);
            MoneyMention cny = d.money().get(1);
            assertEquals("5美元", d.text().substring(usd.start(), usd.end()));
            assertEquals(usd.start(), cny.equivalentOf().getAsInt(), "restates the dollars of its own article");
            CustomMention tag = (CustomMention) d.mentions(price).get(0);
            assertEquals(usd.start(), tag.start());
            assertEquals(Map.of("digits", 1), tag.attributes());
        }
        assertTrue(docs.get(1).money().get(0).originalStart() > docs.get(1).money().get(0).start(),
                "the second article's pinyin group shifts its original offsets");
    }

    @Test
    void aSingleArticleIsTheWholeDocument() {
        List<Document> docs = pipeline().analyzeArticles(Input.text("今天OpenAI涨5%").withSource("one.txt"));
        assertEquals(1, docs.size());
        assertEquals(Optional.of("one.txt"), docs.get(0).source());
        assertEquals(3, docs.get(0).mentions().size());
    }

    @Test
    void anArticlesRegionAndAMentionsCurrencySourceGoWithTheirSlice() {
        ArticleRegion tw = new ArticleRegion(Region.TW, List.of("dateline:台北報導"));
        StructureAnalyzer regional = input -> {
            Structure lines = new ToyComponents.LineStructure().analyze(input);
            List<Article> articles = new ArrayList<>(lines.articles());
            articles.set(1, articles.get(1).withRegion(tw));
            return new Structure(articles, lines.zones());
        };
        Extractor yuan = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(MoneyMention.class);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext context) {
                int at = context.text().indexOf("3万元");
                return List.of(new MoneyMention(context.span(at, at + 3), Optional.of(new BigDecimal("30000")), "TWD",
                        Qualifier.EXACT, Optional.empty(), Optional.empty()).withCurrencySource(CurrencySource.REGION));
            }
        };
        Pipeline p = Pipeline.builder().structure(regional).extractor(yuan).build();
        List<Document> docs = p.analyzeArticles(Input.text("#第一篇\n正文。\n===\n#第二篇\n售价3万元。\n"));
        assertEquals(2, docs.size());
        assertTrue(docs.get(0).articles().get(0).region().isEmpty());
        assertEquals(Optional.of(tw), docs.get(1).articles().get(0).region());
        assertEquals(Optional.of(CurrencySource.REGION), docs.get(1).money().get(0).currencySource());
    }

    private static String slice(String s, TextRange r) {
        return s.substring(r.start(), r.end());
    }
}
