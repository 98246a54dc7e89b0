package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventKind;
import org.zhnews.core.json.DocumentJson;
import org.zhnews.testkit.ConsistencyKit;
import org.zhnews.testkit.Escapes;
import org.zhnews.testkit.MockOffsetNormalizer;

/**
 * The consistency kit over the default pipeline on event-dense news ({@link EventNews}): every
 * document keeps every invariant ({@link ConsistencyKit#checkDocument}, events included), the same
 * input gives the same events, and the step finds events of every kind, so the run exercises it.
 * Once more with a {@link MockOffsetNormalizer} ahead of the normalizers, so every event span is
 * read through moved offsets, and once with random text in some of the slots. The count comes from {@code -Dzhnews.random.documents} (default
 * 2,000), the seed from {@code -Dzhnews.random.seed} (default fixed).
 */
class EventRandomDocumentsTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();

    @Test
    void eventDenseDocumentsKeepEveryInvariant() {
        Map<EventKind, Integer> found = run(PIPELINE, Long.getLong("zhnews.random.seed", 15_001L), false);
        for (EventKind kind : EventKind.values()) {
            assertTrue(found.getOrDefault(kind, 0) >= 20, "too few " + kind + " events to exercise the step: " + found);
        }
    }

    @Test
    void eventSpansSurviveMovedOffsets() {
        Pipeline.Builder b = PIPELINE.toBuilder().clearNormalizers().normalizer(new MockOffsetNormalizer());
        for (var n : PIPELINE.normalizers()) {
            b.normalizer(n);
        }
        Map<EventKind, Integer> found = run(b.build(), Long.getLong("zhnews.random.seed", 15_002L), false);
        assertTrue(found.values().stream().mapToInt(Integer::intValue).sum() >= 100, found.toString());
    }
    @Test
    void eventDenseDocumentsWithRandomTextInTheirSlotsKeepEveryInvariant() {
        Map<EventKind, Integer> found = run(PIPELINE, Long.getLong("zhnews.random.seed", 15_001L), true);
        assertTrue(found.values().stream().mapToInt(Integer::intValue).sum() >= 100, found.toString());
    }

    private static Map<EventKind, Integer> run(Pipeline pipeline, long seed, boolean noise) {
        Random random = new Random(seed);
        EventNews.Chooser chooser = EventNews.of(random, noise);
        int n = Integer.getInteger("zhnews.random.documents", 2_000);
        Map<EventKind, Integer> found = new EnumMap<>(EventKind.class);
        for (int i = 0; i < n; i++) {
            String text = EventNews.document(chooser, 8);
            LocalDate published = random.nextBoolean() ? LocalDate.of(2020 + random.nextInt(8), 1 + random.nextInt(12),
                    1 + random.nextInt(28)) : null;
            Input input = Input.text(text).withPublished(published);
            try {
                Document doc = pipeline.analyze(input);
                ConsistencyKit.checkDocument(doc);
                Document again = pipeline.analyze(input);
                assertEquals(doc.events(), again.events(), "same input, different events");
                assertEquals(DocumentJson.toJson(doc, true), DocumentJson.toJson(again, true), "same input, different JSON");
                for (Event e : doc.events()) {
                    found.merge(e.kind(), 1, Integer::sum);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("event document #" + i + " (seed " + seed + ", published " + published
                        + ") broke an invariant: " + e.getMessage() + "\ninput: " + Escapes.java(text), e);
            }
        }
        return found;
    }
}
