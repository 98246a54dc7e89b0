package org.zhnews.text.number;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number expression found in text by {@link NumberScanner}.
 *
 * @param start    start offset in the scanned text
 * @param end      exclusive end offset
 * @param value    the figure as written, when the form has one
 * @param min      lower bound, when known (inclusive)
 * @param max      upper bound, when known (exclusive for {@link NumberForm#MORE_THAN} and
 *                 {@link NumberForm#VAGUE}: 数十亿 is [1e9, 1e10); inclusive for a range)
 * @param form     how the value is stated
 * @param fraction a fraction prefix the expression had ({@code 百分之}, {@code 千分之}, {@code 万分之})
 */
public record NumberMatch(int start, int end, Optional<BigDecimal> value, Optional<BigDecimal> min,
                          Optional<BigDecimal> max, NumberForm form, Fraction fraction) {

    /**
     * Checks that no component is null.
     *
     * @param start    start offset in the scanned text
     * @param end      exclusive end offset
     * @param value    the figure as written, or empty
     * @param min      the lower bound, or empty
     * @param max      the upper bound, or empty
     * @param form     how the value is stated
     * @param fraction the fraction prefix, {@link Fraction#NONE} for none
     * @throws NullPointerException if a component is null
     */
    public NumberMatch {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(fraction, "fraction");
    }

    /** A written fraction prefix. */
    public enum Fraction {
        /** No prefix. */
        NONE,
        /** {@code 百分之}: the value is in percent. */
        PERCENT,
        /** {@code 千分之}: the value is in per mille. */
        PERMILLE,
        /** {@code 万分之}: the value is in per ten thousand (basis points). */
        PERMYRIAD
    }
}
