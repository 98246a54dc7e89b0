package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.ConsistencyKit;

/**
 * The consistency kit's other modes over the default pipeline: a mock offset-changing normalizer
 * ahead of every component, one seed replayed on four threads at once, and every default
 * extractor alone (with the extractors it requires before it) on text nobody normalized.
 */
class KitModesTest {

    private static final Pipeline PIPELINE = ZhNews.pipeline();

    @Test
    void offsetsHoldWithAMockNormalizerAheadOfEveryComponent() {
        int places = PIPELINE.normalizers().size() + 1;
        assertEquals(places * 300, ConsistencyKit.random().documents(300).seed(41).checkWithMockNormalizer(PIPELINE));
    }

    @Test
    void fourThreadsGiveWhatOneThreadGives() {
        assertEquals(600, ConsistencyKit.random().documents(600).seed(42).checkThreaded(PIPELINE, 4));
    }

    @Test
    void everyDefaultExtractorAloneKeepsTheInvariants() {
        List<Extractor> extractors = PIPELINE.extractors();
        for (int i = 0; i < extractors.size(); i++) {
            Extractor[] before = extractors.subList(0, i).toArray(new Extractor[0]);
            assertEquals(300, ConsistencyKit.random().documents(300).seed(43 + i).check(extractors.get(i), before),
                    extractors.get(i).name());
        }
    }
}
