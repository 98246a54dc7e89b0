package org.zhnews.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Extractor;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.Rewriter;

/** The kit must catch broken components, not only pass good ones. */
class ConsistencyKitTest {

    /** Removes spaces correctly. */
    static final Normalizer GOOD = text -> {
        Rewriter r = new Rewriter(text);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                r.delete(1);
            } else {
                r.keep(1);
            }
        }
        return Normalization.of(r.text(), r.offsetMap());
    };

    /** Removes spaces but records all deletions at the start: lengths add up, places do not. */
    static final Normalizer MISPLACED_EDITS = text -> {
        String out = text.replace(" ", "");
        int removed = text.length() - out.length();
        return Normalization.of(out, OffsetMap.builder().delete(removed).keep(out.length()).build());
    };

    /** Removes spaces and claims nothing changed. */
    static final Normalizer CLAIMS_IDENTITY = text -> {
        String out = text.replace(" ", "");
        return Normalization.of(out, OffsetMap.identity(out.length()));
    };

    /** Inserts a marker as a pure insertion: the marker maps to no original text. */
    static final Normalizer ZERO_WIDTH_INSERT = text -> {
        OffsetMap map = OffsetMap.builder().change(0, 1).keep(text.length()).build();
        return Normalization.of("^" + text, map);
    };

    @Test
    void passesACorrectNormalizer() {
        assertEquals(500, ConsistencyKit.random().documents(500).seed(1).check(GOOD));
    }

    @Test
    void catchesEditsRecordedInTheWrongPlace() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConsistencyKit.random().documents(500).seed(1).check(MISPLACED_EDITS));
        assertTrue(e.getMessage().contains("seed 1"), e.getMessage());
        assertTrue(e.getMessage().contains("kept run"), e.getMessage());
    }

    @Test
    void catchesAMapThatDoesNotCoverTheInput() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConsistencyKit.random().documents(500).seed(2).check(CLAIMS_IDENTITY));
        assertTrue(e.getMessage().contains("map covers"), e.getMessage());
    }

    @Test
    void catchesOutputThatMapsToNothing() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConsistencyKit.checkNormalizer(ZERO_WIDTH_INSERT, "abc"));
        assertTrue(e.getMessage().contains("empty original range"), e.getMessage());
    }

    @Test
    void catchesNondeterminism() {
        AtomicInteger calls = new AtomicInteger();
        Normalizer flaky = text -> Normalization.unchanged(calls.incrementAndGet() % 2 == 0 ? text : text);
        ConsistencyKit.checkNormalizer(flaky, "same");
        Normalizer random = text -> {
            String out = calls.incrementAndGet() % 2 == 0 ? text : text.replace("a", "b");
            return Normalization.of(out, OffsetMap.identity(text.length()).andThen(
                    OffsetMap.identity(out.length())));
        };
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkNormalizer(random, "aaa"));
        assertTrue(e.getMessage().contains("kept run") || e.getMessage().contains("deterministic"), e.getMessage());
    }

    @Test
    void catchesAMentionWhoseOriginalRangeIsOff() {
        Extractor offByOne = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(CompanyMention.class);
            }

            @Override
            public List<? extends Mention> extract(org.zhnews.core.ExtractionContext ctx) {
                int i = ctx.text().indexOf("OpenAI");
                Span right = ctx.span(i, i + 6);
                int os = right.originalStart() + 1;
                int oe = right.originalEnd() + 1;
                // a span made by hand, one character to the right of the truth
                Span wrong = new Span(ctx.original().substring(os, oe), i, i + 6, os, oe);
                return List.of(new CompanyMention(wrong, "OpenAI", Optional.empty()));
            }
        };
        Pipeline p = Pipeline.builder().normalizer(GOOD).extractor(offByOne).build();
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, "x OpenAI 1"));
        assertTrue(e.getMessage().contains("not where the offset map sends"), e.getMessage());
    }

    @Test
    void catchesAFailingComponent() {
        Normalizer throwing = text -> {
            if (text.contains("7")) {
                throw new IllegalStateException("no sevens");
            }
            return Normalization.unchanged(text);
        };
        Pipeline p = Pipeline.builder().normalizer(throwing).build();
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.checkPipeline(p, "17%"));
        assertTrue(e.getMessage().contains("no sevens"), e.getMessage());
    }

    /** Links every "OpenAI" to a company, correctly or with one deliberate bug. */
    static final class FindsOpenAi implements Extractor {
        enum Bug { NONE, ASSUMES_SAME_OFFSETS, THROWS_WITHOUT_A_NAME }

        private final Bug bug;

        FindsOpenAi(Bug bug) {
            this.bug = bug;
        }

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(org.zhnews.core.ExtractionContext ctx) {
            String where = bug == Bug.ASSUMES_SAME_OFFSETS ? ctx.original() : ctx.text();
            if (bug == Bug.ASSUMES_SAME_OFFSETS) {
                // finds the name in the original and takes its offsets as normalized ones too
                int i = where.indexOf("OpenAI");
                return i < 0 || i + 6 > ctx.text().length() ? List.of()
                        : List.of(new CompanyMention(new Span(where.substring(i, i + 6), i, i + 6, i, i + 6),
                                "OpenAI", Optional.empty()));
            }
            List<Mention> out = new java.util.ArrayList<>();
            for (int i = where.indexOf("OpenAI"); i >= 0; i = where.indexOf("OpenAI", i + 1)) {
                if (i + 6 <= ctx.text().length()) {
                    out.add(new CompanyMention(ctx.span(i, i + 6), "OpenAI", Optional.empty()));
                }
            }
            if (bug == Bug.THROWS_WITHOUT_A_NAME && out.isEmpty()) {
                throw new IllegalStateException("no OpenAI in this text");
            }
            return out;
        }

    }

    /**
     * Keeps the text under analysis in a field and sleeps before reading it back: alone it is
     * right; on overlapping threads it reads another document's text, whose length decides
     * whether it reports the first character.
     */
    static final class SharesAField implements Extractor {
        private volatile String last = "";

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(org.zhnews.core.ExtractionContext ctx) {
            last = ctx.text();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String seen = last;
            return seen.length() % 2 == 1 && !ctx.text().isEmpty()
                    ? List.of(new CompanyMention(ctx.span(0, 1), "first", Optional.empty())) : List.of();
        }    }

    @Test
    void mockNormalizerMovesOffsetsButKeepsWords() {
        Normalization n = new MockOffsetNormalizer().normalize("a b\u3000c\u200Bd");
        assertEquals("a  b  cd", n.text());
        ConsistencyKit.checkOffsetMap("a b\u3000c\u200Bd", n.text(), n.map());
    }

    @Test
    void mockNormalizerExposesAnExtractorThatReadsTheWrongText() {
        Pipeline plain = Pipeline.builder().extractor(new FindsOpenAi(FindsOpenAi.Bug.ASSUMES_SAME_OFFSETS)).build();
        assertEquals(300, ConsistencyKit.random().documents(300).seed(5).check(plain),
                "without a normalizer both texts are one and the bug hides");
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConsistencyKit.random().documents(300).seed(5).checkWithMockNormalizer(plain));
        assertTrue(e.getMessage().contains("not where the offset map sends"), e.getMessage());
    }

    @Test
    void mockNormalizerGoesAheadOfEveryComponent() {
        Pipeline p = Pipeline.builder().normalizer(GOOD).normalizer(GOOD)
                .extractor(new FindsOpenAi(FindsOpenAi.Bug.NONE)).build();
        assertEquals(3 * 200, ConsistencyKit.random().documents(200).seed(6).checkWithMockNormalizer(p));
    }

    @Test
    void extractorOnlyModeRunsTheExtractorWithoutNormalizers() {
        assertEquals(200, ConsistencyKit.random().documents(200).seed(7)
                .check(new FindsOpenAi(FindsOpenAi.Bug.NONE)));
        AssertionError e = assertThrows(AssertionError.class, () -> ConsistencyKit.random().documents(50).seed(7)
                .check(new FindsOpenAi(FindsOpenAi.Bug.THROWS_WITHOUT_A_NAME)));
        assertTrue(e.getMessage().contains("seed 7") && e.getMessage().contains("no OpenAI"), e.getMessage());
    }

    @Test
    void threadedReplayPassesAStatelessPipelineAndCatchesSharedState() {
        Pipeline good = Pipeline.builder().normalizer(GOOD).extractor(new FindsOpenAi(FindsOpenAi.Bug.NONE)).build();
        assertEquals(400, ConsistencyKit.random().documents(400).seed(8).checkThreaded(good, 4));
        Pipeline bad = Pipeline.builder().normalizer(GOOD).extractor(new SharesAField()).build();
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConsistencyKit.random().documents(200).seed(8).checkThreaded(bad, 4));
        assertTrue(e.getMessage().contains("threaded replay"), e.getMessage());
    }

    @Test
    void documentCountCanBeSetByProperty() {
        assertEquals(123, ConsistencyKit.random().documents(123).documentCount());
    }
}
