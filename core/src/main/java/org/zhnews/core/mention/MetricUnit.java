package org.zhnews.core.mention;

import java.util.Locale;

/** The unit of a metric value. */
public enum MetricUnit {
    /** Percent: 17 means 17 %. */
    PERCENT,
    /** Per mille: 5 means 5 ‰. */
    PERMILLE,
    /** A count of things (users, models, people). */
    COUNT,
    /** A count of model parameters. */
    PARAMETERS,
    /** A multiple ({@code 两倍} -> 2). */
    MULTIPLE,
    /** Percentage points, a difference of two percentages ({@code 3个百分点} -> 3). */
    PERCENTAGE_POINT,
    /** A count of tokens processed or trained on ({@code 36万亿个token}, {@code 词元}). */
    TOKENS;

    /**
     * The name used in the JSON contract: {@code percent}, {@code count}, ...
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
