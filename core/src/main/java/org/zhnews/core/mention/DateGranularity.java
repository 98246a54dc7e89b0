package org.zhnews.core.mention;

import java.util.Locale;

/** How precise a date is. */
public enum DateGranularity {
    DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR;

    /** The name used in the JSON contract ({@code half_year}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
