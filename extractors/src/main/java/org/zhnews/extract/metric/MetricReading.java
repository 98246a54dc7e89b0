package org.zhnews.extract.metric;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * A figure read as a metric by {@link MetricReader}, before qualifier words: the span [start, end)
 * with its value or range in natural units, its unit and kind, the qualifier its own form gives
 * ({@code 50余个}), where the figure itself starts, whether it used up the next figure too
 * ({@code 30%-35%}), and the restatement of its figure that stands right after it
 * ({@code 4050亿(405B)}: a second mention of the same quantity). Immutable.
 */
record MetricReading(int start, int end, Optional<BigDecimal> value, Optional<BigDecimal> min,
        Optional<BigDecimal> max, MetricUnit unit, Optional<String> kind, Qualifier formQualifier,
        int figureStart, boolean consumesNext, Optional<MetricReading> restatement) {

    /** A reading without a restatement. */
    MetricReading(int start, int end, Optional<BigDecimal> value, Optional<BigDecimal> min,
            Optional<BigDecimal> max, MetricUnit unit, Optional<String> kind, Qualifier formQualifier,
            int figureStart, boolean consumesNext) {
        this(start, end, value, min, max, unit, kind, formQualifier, figureStart, consumesNext, Optional.empty());
    }

    /**
     * This reading ending at {@code newEnd}, followed by its restatement {@code again} (the next
     * figure, which it uses up) as a reading of its own: the same unit and kind, the value as
     * written there. Each notation is one mention, as in the gold convention (one entry per
     * mention); the two are linked only when {@link Restatements} finds them the same value.
     */
    MetricReading restated(int newEnd, NumberMatch again) {
        MetricReading second = new MetricReading(again.start(), again.end(), valueOf(again), again.min(), again.max(),
                unit, kind, formQualifier(again), again.start(), false);
        return new MetricReading(start, newEnd, value, min, max, unit, kind, formQualifier, figureStart, true,
                Optional.of(second));
    }

    static Optional<BigDecimal> valueOf(NumberMatch m) {
        return m.form() == NumberForm.RANGE || m.form() == NumberForm.VAGUE ? Optional.empty() : m.value();
    }

    static Qualifier formQualifier(NumberMatch m) {
        return switch (m.form()) {
            case MORE_THAN -> Qualifier.MORE_THAN;
            case AT_LEAST -> Qualifier.AT_LEAST;
            case VAGUE -> Qualifier.APPROXIMATE;
            default -> Qualifier.EXACT;
        };
    }
}
