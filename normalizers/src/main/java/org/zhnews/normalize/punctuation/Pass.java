package org.zhnews.normalize.punctuation;

import java.util.List;
import org.zhnews.core.Warning;
import org.zhnews.core.offset.OffsetMap;

/** One rewriting step of the punctuation normalizer. Implementations are immutable. */
interface Pass {

    /** What a pass made of its input; warning ranges are in the pass's input. */
    record Result(String text, OffsetMap map, List<Warning> warnings) {
    }

    Result apply(String text);
}
