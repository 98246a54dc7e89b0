package org.zhnews.core.mention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure that is not money: a percentage, a count, a parameter count, a multiple.
 *
 * @param span      where it stands
 * @param value     the value in natural units of {@code unit} (17 % -> 17); empty for an
 *                  explicit range
 * @param unit      the unit
 * @param measure   what it measures, when the text says ({@code growth}, {@code decline},
 *                  {@code share}, {@code monthly_active_users}, ...); the JSON's {@code kind}
 *                  field (not to be confused with the mention's {@link #kind()}, {@code metric})
 * @param qualifier how the figure relates to the true value
 * @param min       lower bound, when a range is known
 * @param max       upper bound, when a range is known
 */
public record MetricMention(Span span, Optional<BigDecimal> value, MetricUnit unit,
                            Optional<String> measure, Qualifier qualifier, Optional<BigDecimal> min,
                            Optional<BigDecimal> max) implements Mention {

    /**
     * Checks that no component is null.
     *
     * @param span      where it stands
     * @param value     the value in units of {@code unit}, or empty
     * @param unit      the unit
     * @param measure   what it measures, or empty
     * @param qualifier how the figure relates to the true value
     * @param min       the lower bound, or empty
     * @param max       the upper bound, or empty
     * @throws NullPointerException if a component is null
     */
    public MetricMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /** Always {@link MentionKind#METRIC}. */
    @Override
    public MentionKind kind() {
        return MentionKind.METRIC;
    }
}
