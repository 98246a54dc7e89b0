package org.zhnews.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Modality;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;

/** The kit must catch broken event steps, not only pass good ones. */
class EventChecksTest {

    private static final String TEXT = "x 星衡 完成 融资，红杉 领投。";

    /** Finds 星衡 and 红杉. */
    private static final Extractor COMPANIES = new Extractor() {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            int a = ctx.text().indexOf("星衡");
            int b = ctx.text().indexOf("红杉");
            if (a < 0 || b < 0) {
                return List.of();
            }
            return List.of(new CompanyMention(ctx.span(a, a + 2), "星衡", Optional.empty()),
                    new CompanyMention(ctx.span(b, b + 2), "红杉", Optional.empty()));
        }
    };

    /** A funding at 融资 built by {@code make} from the trigger span and the two companies. */
    private interface Maker {
        Event make(ExtractionContext ctx, Span trigger, CompanyMention company, CompanyMention investor);
    }

    private static Pipeline pipeline(Maker make) {
        EventFinder finder = ctx -> {
            int i = ctx.text().indexOf("融资");
            List<CompanyMention> c = ctx.mentions(CompanyMention.class);
            if (i < 0 || c.size() < 2) {
                return List.of();
            }
            return List.of(make.make(ctx, ctx.span(i, i + 2), c.get(0), c.get(1)));
        };
        return Pipeline.builder().normalizer(new MockOffsetNormalizer()).extractor(COMPANIES).events(finder).build();
    }

    private static Funding funding(Span trigger, int sentence, CompanyMention company, List<CompanyMention> investors,
                                   List<CompanyMention> lead) {
        return new Funding(trigger, sentence, Modality.STATED, company, Optional.empty(), Optional.empty(),
                Optional.empty(), investors, lead);
    }

    @Test
    void passesAGoodEventStep() {
        Pipeline p = pipeline((ctx, t, c, i) -> funding(t, ctx.sentenceAt(t.start()).index(), c, List.of(i), List.of(i)));
        Document doc = ConsistencyKit.checkPipeline(p, TEXT);
        assertEquals(1, doc.events().size());
        assertEquals(300, ConsistencyKit.random().documents(300).seed(3).check(p));
    }

    @Test
    void catchesATriggerWhoseOriginalRangeIsOff() {
        Pipeline p = pipeline((ctx, t, c, i) -> {
            int os = t.originalStart() + 1;
            int oe = t.originalEnd() + 1;
            Span wrong = new Span(ctx.original().substring(os, oe), t.start(), t.end(), os, oe);
            return funding(wrong, 0, c, List.of(), List.of());
        });
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("trigger of funding"), e.getMessage());
    }

    @Test
    void catchesARoleTextThatIsNotTheOriginal() {
        Pipeline p = pipeline((ctx, t, c, i) -> {
            Span s = i.span();
            CompanyMention renamed = new CompanyMention(new Span("紅杉", s.start(), s.end(), s.originalStart(),
                    s.originalEnd()), "红杉", Optional.empty());
            return funding(t, 0, c, List.of(renamed), List.of());
        });
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("investors of funding"), e.getMessage());
    }

    @Test
    void catchesAWrongSentenceIndex() {
        Pipeline p = pipeline((ctx, t, c, i) -> funding(t, 3, c, List.of(), List.of()));
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT + "二。三。四。"));
        assertTrue(e.getMessage().contains("does not hold the trigger"), e.getMessage());
    }

    @Test
    void catchesALeadThatIsNoInvestor() {
        Pipeline p = pipeline((ctx, t, c, i) -> funding(t, 0, c, List.of(), List.of(i)));
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("not among its investors"), e.getMessage());
    }

    @Test
    void catchesARoleThatIsNotAMentionOfTheDocument() {
        Pipeline p = pipeline((ctx, t, c, i) -> funding(t, 0,
                new CompanyMention(c.span(), "别的名字", Optional.empty()), List.of(), List.of()));
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("not a mention of the document"), e.getMessage());
    }

    @Test
    void catchesEventsThatDependOnTheRun() {
        AtomicInteger runs = new AtomicInteger();
        Pipeline p = pipeline((ctx, t, c, i) -> new Funding(t, 0,
                runs.incrementAndGet() % 2 == 0 ? Modality.STATED : Modality.REPORTED, c, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of()));
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("same input, different"), e.getMessage());
    }

    @Test
    void catchesAFailedEventStep() {
        EventFinder broken = ctx -> {
            throw new IllegalStateException("broken on purpose");
        };
        Pipeline p = Pipeline.builder().extractor(COMPANIES).events(broken).build();
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, TEXT));
        assertTrue(e.getMessage().contains("a component failed"), e.getMessage());
    }
}
