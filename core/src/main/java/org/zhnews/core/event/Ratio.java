package org.zhnews.core.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhnews.core.mention.MetricMention;

/**
 * A share or a rate of change as a fraction, with the figure it is read from.
 *
 * @param fraction the value as a fraction: {@code 38%} -> 0.38, a decline of 12% -> -0.12,
 *                 a 51% stake -> 0.51
 * @param mention  the percentage mention it is read from
 */
public record Ratio(BigDecimal fraction, MetricMention mention) {

    public Ratio {
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(mention, "mention");
    }
}
