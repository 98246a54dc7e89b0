package org.zhnews.text.number;

/** How a number expression states its value. */
public enum NumberForm {
    /** One figure ({@code 540亿}, {@code 二十五万}). */
    EXACT,
    /** A round figure and more ({@code 100多亿}, {@code 50余}): value is the figure, min/max the span. */
    MORE_THAN,
    /** At least a round figure ({@code 上万}, {@code 上百}): value is the figure. */
    AT_LEAST,
    /** A vague count ({@code 数十亿}, {@code 几百万}): no value, min/max only ([1e9, 1e10) for 数十亿). */
    VAGUE,
    /** An explicit range ({@code 3-5亿}, {@code 3至5亿}, {@code 三四十}): no value, min/max. */
    RANGE
}
