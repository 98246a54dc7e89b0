package org.zhnews.core.mention;

import java.util.Locale;

/** How a figure relates to the true value, as the text words it. */
public enum Qualifier {
    /** The figure as stated ({@code 540亿美元}). */
    EXACT,
    /** About the figure ({@code 约}, {@code 近}, {@code 左右}). */
    APPROXIMATE,
    /** At least the figure ({@code 超}, {@code 逾}, {@code 以上}). */
    AT_LEAST,
    /** More than a round figure ({@code 100多亿}, {@code 50余个}). */
    MORE_THAN,
    /** At most the figure ({@code 不超过}, {@code 以内}). */
    AT_MOST,
    /** Less than the figure ({@code 不到}, {@code 不足}). */
    LESS_THAN;

    /**
     * The name used in the JSON contract: {@code exact}, {@code more_than}, ...
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
