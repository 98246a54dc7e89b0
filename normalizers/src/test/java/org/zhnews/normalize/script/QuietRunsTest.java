package org.zhnews.normalize.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.core.Script;

/**
 * Runs of simplified text that cannot convert are told apart from runs that may, and skipping
 * the quiet ones leaves the script normalizer's output and offsets as the table walk gives them.
 */
class QuietRunsTest {

    private static final ConversionTables.Table TABLE = ConversionTables.table(ScriptTarget.SIMPLIFIED_MAINLAND, true);
    private static final QuietRuns RUNS = new QuietRuns(TABLE, ScriptDetector.standard());

    @Test
    void punctuationEndsARun() {
        String text = "軟體開發，用户";
        assertEquals(text.indexOf('，'), RUNS.runEnd(text, 0), "軟體 and 開發 are keys");
        assertEquals(text.indexOf('，'), RUNS.runEnd(text, text.indexOf('，')), "a char in no key starts no run");
    }

    @Test
    void plainSimplifiedIsQuietAndTraditionalLeftoversAreNot() {
        assertTrue(RUNS.quiet("国产大模型发展迅速", 0, 9));
        assertFalse(RUNS.quiet("国产大模型發展迅速", 0, 9), "發 is traditional only");
        assertFalse(RUNS.quiet("乾隆年间", 0, 4), "乾 converts alone");
    }

    @Test
    void simplifiedTextNormalizesAsBeforeAroundLeftovers() {
        ScriptNormalizer n = ScriptNormalizer.builder().build();
        // as the table walk alone converted it before runs were skipped: 軟 and 乾燥 convert, 乾隆 and 著名 stay
        String text = "小米集团发布了新一代手机，售价3999元；该公司表示，这款产品将于后天在国内上线，乾隆年间的故事与軟体无关，著名的乾燥剂也一样。";
        Normalization r = n.normalize(text);
        assertEquals(Optional.of(Script.SIMPLIFIED), r.script());
        assertEquals("小米集团发布了新一代手机，售价3999元；该公司表示，这款产品将于后天在国内上线，乾隆年间的故事与软体无关，著名的干燥剂也一样。", r.text());
        assertEquals(text.indexOf('售'), r.map().toOriginalStart(r.text().indexOf('售')));
        assertEquals(text.indexOf('剂'), r.map().toOriginalStart(r.text().indexOf('剂')));
    }
}
