package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.extract.eval.ClueNerRecord.LabelledSpan;

/**
 * Span-level matching of predicted against gold spans of one text. Exact: same start and end.
 * Lenient: the spans share a character. A prediction is a hit when it matches some gold span; a
 * gold span is found when some prediction matches it (so with lenient matching one long
 * prediction can find two gold spans). Stateless.
 */
public final class SpanScorer {

    private SpanScorer() {
    }

    /** Counts as an {@link EntityScore}; misses and extras read {@code surface@start}. */
    public static EntityScore score(List<LabelledSpan> gold, List<LabelledSpan> predicted, boolean lenient) {
        List<LabelledSpan> missed = missed(gold, predicted, lenient);
        List<LabelledSpan> extra = extra(gold, predicted, lenient);
        return new EntityScore(predicted.size() - extra.size(), predicted.size(),
                gold.size() - missed.size(), gold.size(), labels(missed), labels(extra));
    }

    /** Gold spans no prediction matches. */
    public static List<LabelledSpan> missed(List<LabelledSpan> gold, List<LabelledSpan> predicted, boolean lenient) {
        return unmatched(gold, predicted, lenient);
    }

    /** Predictions that match no gold span. */
    public static List<LabelledSpan> extra(List<LabelledSpan> gold, List<LabelledSpan> predicted, boolean lenient) {
        return unmatched(predicted, gold, lenient);
    }

    private static List<LabelledSpan> unmatched(List<LabelledSpan> these, List<LabelledSpan> others, boolean lenient) {
        List<LabelledSpan> out = new ArrayList<>();
        for (LabelledSpan s : these) {
            boolean hit = false;
            for (LabelledSpan o : others) {
                if (lenient ? s.overlaps(o.start(), o.end()) : s.start() == o.start() && s.end() == o.end()) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> labels(List<LabelledSpan> spans) {
        return spans.stream().map(s -> s.surface() + "@" + s.start()).toList();
    }
}
