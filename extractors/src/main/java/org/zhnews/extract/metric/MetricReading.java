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
 * ({@code 50余个}), where the figure itself starts, and whether it used up the next figure too
 * ({@code 30%-35%}). Immutable.
 */
record MetricReading(int start, int end, Optional<BigDecimal> value, Optional<BigDecimal> min,
        Optional<BigDecimal> max, MetricUnit unit, Optional<String> kind, Qualifier formQualifier,
        int figureStart, boolean consumesNext) {

    /**
     * This reading with the restatement of its figure, the next figure: ending at {@code newEnd},
     * valued {@code finer} (the finer of the two figures), using up the next figure.
     */
    MetricReading restated(int newEnd, BigDecimal finer) {
        return new MetricReading(start, newEnd, Optional.of(finer), min, max, unit, kind, formQualifier, figureStart, true);
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
