package org.zhnews.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Coverage-guided fuzz targets (Jazzer) for the default pipeline: bytes → Document, text
 * (with a source name and a publication date) → Document, and event-dense news built from the
 * fuzzer's choices → Document; every DESIGN.md invariant must hold
 * ({@link ConsistencyKit#checkDocument}). In a normal test run they replay the committed inputs in
 * {@code src/test/resources/org/zhnews/reliability/DocumentFuzzTestInputs/<method>/} (regression
 * mode); with {@code JAZZER_FUZZ=1} one of them fuzzes for its {@code maxDuration} ({@code .ci/run}
 * runs each in turn) and a crash lands as a new input in that directory, to be committed with
 * the fix.
 */
class DocumentFuzzTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();

    @FuzzTest(maxDuration = "90s")
    void bytes(byte[] input) {
        Document doc = PIPELINE.analyze(input);
        ConsistencyKit.checkDocument(doc);
    }

    @FuzzTest(maxDuration = "90s")
    void text(FuzzedDataProvider data) {
        String source = data.consumeBoolean() ? data.consumeString(20) : null;
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeInt(-100_000, 100_000)) : null;
        String text = data.consumeRemainingAsString();
        Document doc = PIPELINE.analyze(Input.text(text).withSource(source).withPublished(published));
        ConsistencyKit.checkDocument(doc);
        if (!doc.original().equals(text)) {
            throw new AssertionError("the original is not the input");
        }
    }

    /**
     * Event-dense news ({@link EventNews}) whose every choice (template, slot filler, separator,
     * or a fuzzed string in their place) the fuzzer makes: the event step must keep every
     * invariant and give the same events twice.
     */
    @FuzzTest(maxDuration = "90s")
    void events(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeInt(-100_000, 100_000)) : null;
        String text = EventNews.document(chooser(data), 12);
        Input input = Input.text(text).withPublished(published);
        Document doc = PIPELINE.analyze(input);
        ConsistencyKit.checkDocument(doc);
        if (!doc.events().equals(PIPELINE.analyze(input).events())) {
            throw new AssertionError("the same input gave other events");
        }
    }

    /** Choices from the fuzzer's data: an option by index, or past the last index a fuzzed string. */
    private static EventNews.Chooser chooser(FuzzedDataProvider data) {
        return new EventNews.Chooser() {
            @Override
            public String pick(List<String> options) {
                int k = data.consumeInt(0, options.size());
                return k < options.size() ? options.get(k) : data.consumeString(16);
            }

            @Override
            public int upTo(int max) {
                return data.consumeInt(0, max);
            }
        };
    }
}
