package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.TextRange;
import org.zhnews.testkit.ConsistencyKit;

class EncodingNormalizerTest {

    private static final EncodingNormalizer NORMALIZER = new EncodingNormalizer();

    @Test
    void repairsThenCleans() {
        String moji = new String("中文".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Normalization n = ConsistencyKit.checkNormalizer(NORMALIZER, "\u200B" + moji + "\uFEFF新闻");
        assertEquals("中文新闻", n.text());
        assertTrue(n.warnings().stream().anyMatch(w -> w.code() == WarningCode.MOJIBAKE_REPAIRED));
        assertTrue(n.warnings().stream().anyMatch(w -> w.code() == WarningCode.CONTROL_CHARACTERS_REMOVED));
    }

    @Test
    void cleanerWarningsMappedToInput() {
        String moji = new String("模型".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        String input = moji + "\uFFFD";
        Normalization n = ConsistencyKit.checkNormalizer(NORMALIZER, input);
        Warning w = n.warnings().stream().filter(x -> x.code() == WarningCode.REPLACEMENT_CHARACTER).findFirst().orElseThrow();
        assertEquals(new TextRange(moji.length(), moji.length() + 1), w.range().get());
    }

    @Test
    void randomDocuments() {
        ConsistencyKit.random().documents(5000).seed(1L).check(NORMALIZER);
    }
}
