package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.RoleSpan;
import org.zhnews.core.event.Round;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Span;
import org.zhnews.testkit.ConsistencyKit;

/**
 * The event API of the core: {@link Document#events()}, {@link Pipeline.Builder#events}, a failing
 * event step, boilerplate zones and documents per article, with small hand-made event steps.
 */
class DocumentEventsTest {

    private static final String TEXT = "星衡完成5亿元B轮融资，红杉领投，高瓴跟投。张三丰加入星衡。";

    private static Pipeline.Builder base() {
        return Pipeline.builder()
                .normalizer(new ToyComponents.StripLatinInParens())
                .structure(new ToyComponents.LineStructure())
                .extractor(new ToyEvents.CompanyNames("星衡", "红杉", "高瓴"))
                .extractor(new ToyEvents.YuanExtractor());
    }

    @Test
    void withoutAnEventStepADocumentHasNoEvents() {
        Pipeline p = base().build();
        assertEquals(Optional.empty(), p.eventFinder());
        Document doc = p.analyze(TEXT);
        assertEquals(List.of(), doc.events());
        assertEquals(List.of(), doc.events(Funding.class));
        assertTrue(doc.toJson().contains("\"events\":[]"), doc.toJson());
    }

    @Test
    void eventsComeInTriggerOrderAndByRecordType() {
        // the join finder runs first, yet the funding's trigger comes first in the text
        Pipeline p = base().events(ToyEvents.all(new ToyEvents.JoinFinder(), new ToyEvents.FundingFinder())).build();
        Document doc = p.analyze(TEXT);
        List<Event> events = doc.events();
        assertEquals(2, events.size(), events.toString());
        Funding f = (Funding) events.get(0);
        Personnel j = (Personnel) events.get(1);
        assertEquals(List.of(f), doc.events(Funding.class));
        assertEquals(List.of(j), doc.events(Personnel.class));
        assertEquals(List.of(), doc.events(Acquisition.class));
        assertEquals(events, doc.events(Event.class));
        assertThrows(NullPointerException.class, () -> doc.events(null));
        assertThrows(UnsupportedOperationException.class, () -> doc.events().add(f));
        assertThrows(UnsupportedOperationException.class, () -> doc.events(Funding.class).add(f));

        assertEquals("融资", doc.text().substring(f.start(), f.trigger().end()));
        assertEquals(0, f.sentence());
        assertEquals("星衡", f.company().name());
        assertEquals(Optional.of(Round.B), f.round());
        assertEquals(0, new BigDecimal("500000000").compareTo(f.amount().orElseThrow().amount().orElseThrow()));
        assertEquals(List.of("红杉", "高瓴"), f.investors().stream().map(CompanyMention::name).toList());
        assertEquals(List.of("红杉"), f.lead().stream().map(CompanyMention::name).toList());
        assertTrue(doc.mentions().containsAll(f.investors()), "roles are the document's own mentions");
        assertTrue(doc.mentions().contains(f.company()));
        assertEquals("张三丰", j.person().value());
        assertEquals(1, j.sentence());
        assertEquals("星衡", j.company().orElseThrow().name());
        assertTrue(doc.toString().contains("2 events"), doc.toString());
    }

    @Test
    void theBuilderSetsKeepsReplacesAndRemovesTheEventStep() {
        ToyEvents.FundingFinder funding = new ToyEvents.FundingFinder();
        Pipeline.Builder b = base().events(funding);
        Pipeline p = b.build();
        b.events(null);
        assertSame(funding, p.eventFinder().orElseThrow(), "a built pipeline keeps its event step");
        assertSame(funding, p.toBuilder().build().eventFinder().orElseThrow(), "toBuilder keeps it");

        Pipeline removed = p.toBuilder().remove(ToyEvents.FundingFinder.class).build();
        assertEquals(Optional.empty(), removed.eventFinder());
        assertEquals(p.extractors(), removed.extractors(), "removing the event step leaves the extractors");
        Document doc = removed.analyze(TEXT);
        assertEquals(List.of(), doc.events());
        assertEquals(p.analyze(TEXT).mentions(), doc.mentions());

        assertEquals(Optional.empty(), p.toBuilder().remove(EventFinder.class).build().eventFinder());
        assertEquals(Optional.empty(), p.toBuilder().events(null).build().eventFinder());
        assertThrows(IllegalArgumentException.class, () -> p.toBuilder().remove(ToyEvents.JoinFinder.class));

        Pipeline replaced = p.toBuilder().events(new ToyEvents.JoinFinder()).build();
        List<Event> events = replaced.analyze(TEXT).events();
        assertEquals(1, events.size());
        assertTrue(events.get(0) instanceof Personnel, events.toString());
    }

    @Test
    void aFailingEventStepBecomesAWarningAndTheDocumentHasNoEvents() {
        Pipeline p = base().events(new ToyEvents.BrokenFinder()).build();
        Document doc = p.analyze(TEXT);
        assertEquals(List.of(), doc.events());
        List<Warning> failed = doc.warnings().stream().filter(w -> w.code() == WarningCode.COMPONENT_FAILED).toList();
        assertEquals(1, failed.size(), doc.warnings().toString());
        assertTrue(failed.get(0).message().contains("BrokenFinder"), failed.get(0).message());
        assertEquals(base().build().analyze(TEXT).mentions(), doc.mentions(), "the mentions are kept");
    }

    @Test
    void anEventOutsideTheDocumentOrANullEventFailsTheWholeStep() {
        EventFinder good = new ToyEvents.FundingFinder();
        EventFinder outside = ctx -> {
            List<Event> out = new ArrayList<>(good.find(ctx));
            Funding f = (Funding) out.get(0);
            int past = ctx.text().length() + 5;
            out.add(new Funding(new Span("融资", past, past + 2, 0, 2), 0, Modality.STATED, f.company(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()));
            return out;
        };
        Document doc = base().events(outside).build().analyze(TEXT);
        assertEquals(List.of(), doc.events(), "no event of a failed step is kept, not even the good ones");
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.COMPONENT_FAILED
                && w.message().contains("outside")), doc.warnings().toString());

        EventFinder withNull = ctx -> Arrays.asList(good.find(ctx).get(0), null);
        Document nulls = base().events(withNull).build().analyze(TEXT);
        assertEquals(List.of(), nulls.events());
        assertTrue(nulls.warnings().stream().anyMatch(w -> w.code() == WarningCode.COMPONENT_FAILED),
                nulls.warnings().toString());
    }

    @Test
    void droppingBoilerplateDropsTheEventsWhoseTriggerStandsInAZone() {
        String text = "星衡完成5亿元B轮融资。\n推荐:高瓴完成融资\n";
        Pipeline keep = base().events(new ToyEvents.FundingFinder()).build();
        Document kept = keep.analyze(text);
        assertEquals(1, kept.zones().size());
        assertEquals(2, kept.events().size(), kept.events().toString());
        assertEquals("高瓴", ((Funding) kept.events().get(1)).company().name());

        Document dropped = keep.toBuilder().dropBoilerplate(true).build().analyze(text);
        assertEquals(1, dropped.events().size(), dropped.events().toString());
        Funding f = (Funding) dropped.events().get(0);
        assertEquals("星衡", f.company().name());
        assertTrue(dropped.zones().get(0).range().start() > f.start());
    }

    /** Two articles; the pinyin group makes the second's normalized offsets differ from its original ones. */
    private static final String TWO_ARTICLES = "#第一篇\n星衡完成5亿元B轮融资，红杉领投。\n===\n"
            + "#第二篇\n新(xin)闻一则。张三丰加入高瓴。高瓴完成3亿元融资。\n";

    @Test
    void eachArticlesDocumentHoldsItsEventsWithItsOwnOffsetsAndSentences() {
        Pipeline p = base().events(ToyEvents.all(new ToyEvents.FundingFinder(), new ToyEvents.JoinFinder())).build();
        Input input = Input.text(TWO_ARTICLES).withSource("two.txt");
        Document whole = p.analyze(input);
        assertEquals(3, whole.events().size(), whole.events().toString());
        List<Document> parts = p.analyzeArticles(input);
        assertEquals(2, parts.size());
        assertEquals(1, parts.get(0).events().size());
        assertEquals(2, parts.get(1).events().size());
        for (Document part : parts) {
            for (Event e : part.events()) {
                checkInside(part, e.trigger(), e + " trigger");
                for (RoleSpan r : EventRoles.of(e)) {
                    checkInside(part, r.span(), e + " role " + r.role());
                }
                assertTrue(part.sentences().get(e.sentence()).contains(e.start()),
                        "the sentence index counts in the article's document: " + e);
            }
        }
        Personnel join = parts.get(1).events(Personnel.class).get(0);
        Personnel wholeJoin = whole.events(Personnel.class).get(0);
        assertEquals("张三丰", join.person().value());
        assertEquals("张三丰", parts.get(1).text().substring(join.person().span().start(), join.person().span().end()));
        assertTrue(join.sentence() < wholeJoin.sentence(), "sentence " + join.sentence() + " in the article, "
                + wholeJoin.sentence() + " in the whole");
        assertNotEquals(join.start(), join.trigger().originalStart(), "the pinyin group moved the normalized offsets");
        Funding second = parts.get(1).events(Funding.class).get(0);
        assertTrue(parts.get(1).mentions().contains(second.company()), "roles are the article document's mentions");
        assertTrue(parts.get(1).mentions().contains(second.amount().orElseThrow()));
    }

    @Test
    void anEventWhoseRolesCrossArticlesIsLeftOutOfTheArticleDocuments() {
        // a funding in the second article whose company is the first article's
        EventFinder crossing = ctx -> {
            int at = ctx.text().lastIndexOf("融资");
            CompanyMention first = ctx.mentions(CompanyMention.class).get(0);
            return List.of(new Funding(ctx.span(at, at + 2), ctx.sentenceAt(at).index(), Modality.STATED, first,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()));
        };
        Pipeline p = base().events(crossing).build();
        Input input = Input.text(TWO_ARTICLES);
        assertEquals(1, p.analyze(input).events().size());
        for (Document part : p.analyzeArticles(input)) {
            assertEquals(List.of(), part.events(), part.source().orElse(""));
        }
    }

    @Test
    void documentsWithEventsKeepEveryInvariant() {
        Pipeline p = base().events(ToyEvents.all(new ToyEvents.FundingFinder(), new ToyEvents.JoinFinder())).build();
        Document doc = ConsistencyKit.checkPipeline(p, TWO_ARTICLES);
        assertEquals(3, doc.events().size());
        for (Document part : p.analyzeArticles(Input.text(TWO_ARTICLES))) {
            ConsistencyKit.checkDocument(part);
        }
        ConsistencyKit.random().documents(300).seed(15).check(p);
    }

    private static void checkInside(Document doc, Span s, String what) {
        assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= doc.text().length(), what + " " + s);
        assertTrue(s.originalEnd() <= doc.original().length(), what + " " + s);
        assertEquals(s.text(), doc.original().substring(s.originalStart(), s.originalEnd()), what);
    }
}
