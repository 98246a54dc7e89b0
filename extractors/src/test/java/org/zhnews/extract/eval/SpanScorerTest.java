package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.extract.eval.ClueNerRecord.LabelledSpan;

/** Span matching and the CLUENER reader on hand-made input. */
class SpanScorerTest {

    private static LabelledSpan span(int start, int end, String surface) {
        return new LabelledSpan("company", start, end, surface);
    }

    @Test
    void exactNeedsBothEnds() {
        List<LabelledSpan> gold = List.of(span(0, 4, "招商银行"), span(10, 12, "京东"));
        List<LabelledSpan> pred = List.of(span(0, 2, "招商"), span(10, 12, "京东"), span(20, 22, "新浪"));
        EntityScore exact = SpanScorer.score(gold, pred, false);
        assertEquals(List.of(1, 3, 1, 2), List.of(exact.tpPred(), exact.nPred(), exact.tpGold(), exact.nGold()));
        assertEquals(List.of("招商银行@0"), exact.misses());
        assertEquals(List.of("招商@0", "新浪@20"), exact.extras());
    }

    @Test
    void lenientNeedsOneSharedCharacter() {
        List<LabelledSpan> gold = List.of(span(0, 4, "招商银行"), span(4, 6, "广州"));
        List<LabelledSpan> pred = List.of(span(2, 5, "银行广"), span(6, 8, "分行"));
        EntityScore lenient = SpanScorer.score(gold, pred, true);
        // one prediction touches both gold spans; the other only touches gold's end boundary
        assertEquals(List.of(1, 2, 2, 2),
                List.of(lenient.tpPred(), lenient.nPred(), lenient.tpGold(), lenient.nGold()));
        assertEquals(List.of("分行@6"), lenient.extras());
    }

    @Test
    void readerConvertsInclusiveEndsAndKeepsEveryLabel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, """
                {"text": "据新浪报道，招行和京东今天签约，招行表示。", "label": {"company": {"新浪": [[1, 2]], "招行": [[6, 7], [16, 17]], "京东": [[9, 10]]}, "name": {"张三": []}}}

                {"text": "没有公司。", "label": {"organization": {"没有": [[0, 1]]}}}
                """, StandardCharsets.UTF_8);
        List<ClueNerRecord> records = ClueNerReader.read(file);
        assertEquals(2, records.size());
        ClueNerRecord first = records.get(0);
        assertEquals(1, first.line());
        assertEquals(List.of(span(1, 3, "新浪"), span(6, 8, "招行"), span(9, 11, "京东"), span(16, 18, "招行")),
                first.companies());
        assertEquals(3, records.get(1).line());
        assertEquals(List.of(), records.get(1).companies());
        assertEquals("organization", records.get(1).spans().get(0).label());
    }
}
