package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * The invariants of the consistency kit on every passage and on every sentence of every passage,
 * through the default pipeline: offsets, original surfaces, text order, JSON, determinism (each
 * text is analysed twice), no failed component. Reusable for any pipeline: see {@link #check}.
 */
class PassageConsistencyTest {

    private final List<GoldPassage> passages = GoldPassages.load();

    /** Checks one passage and each of its sentences; returns the number of texts checked. */
    static int check(Pipeline pipeline, GoldPassage passage) {
        ConsistencyKit.checkPipeline(pipeline, passage.text());
        List<String> sentences = Sentences.split(passage.text());
        for (String sentence : sentences) {
            ConsistencyKit.checkPipeline(pipeline, sentence);
        }
        return 1 + sentences.size();
    }

    @Test
    void everyPassageAndSentenceKeepsTheInvariants() {
        int checked = 0;
        for (GoldPassage p : passages) {
            checked += check(ZhNews.pipeline(), p);
        }
        assertTrue(checked > 3 * passages.size(), checked + " texts");
    }

    @Test
    void passagesAsBytesDecodeToTheirText() {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            for (GoldPassage p : passages) {
                Document doc = ZhNews.pipeline().analyze(p.text().getBytes(cs), p.id());
                ConsistencyKit.checkDocument(doc);
                assertEquals(p.text(), doc.original(), p.id() + " as " + cs);
            }
        }
    }

    @Test
    void sentencesConcatenateBackToTheText() {
        assertEquals(List.of("他说：“好。”", "再见！", "尾巴"), Sentences.split("他说：“好。”再见！尾巴"));
        for (GoldPassage p : passages) {
            assertEquals(p.text(), String.join("", Sentences.split(p.text())), p.id());
        }
    }
}
