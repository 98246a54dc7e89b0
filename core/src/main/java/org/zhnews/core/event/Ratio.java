package org.zhnews.core.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhnews.core.mention.Span;

/**
 * A share or a rate of change as a fraction, with where it is read from.
 *
 * @param fraction the value as a fraction: {@code 38%} -> 0.38, a decline of 12% -> -0.12,
 *                 a 51% stake -> 0.51, a whole company ({@code 全资收购}) -> 1
 * @param span     the percentage it is read from, or the word that states it ({@code 全资})
 */
public record Ratio(BigDecimal fraction, Span span) {

    /**
     * Checks that no component is null.
     *
     * @param fraction the value as a fraction (0.38 for 38%)
     * @param span     where it is read from
     * @throws NullPointerException if a component is null
     */
    public Ratio {
        Objects.requireNonNull(fraction, "fraction");
        Objects.requireNonNull(span, "span");
    }
}
