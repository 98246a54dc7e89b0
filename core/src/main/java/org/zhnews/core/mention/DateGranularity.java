package org.zhnews.core.mention;

import java.util.Locale;

/** How precise a date is. */
public enum DateGranularity {
    /** One calendar day ({@code 2024-05-03}). */
    DAY,
    /** One ISO week, Monday to Sunday ({@code 2024-W18}). */
    WEEK,
    /** One calendar month ({@code 2024-05}). */
    MONTH,
    /** One calendar quarter ({@code 2024-Q2}). */
    QUARTER,
    /** January to June or July to December ({@code 2024-H1}). */
    HALF_YEAR,
    /** One calendar year ({@code 2024}). */
    YEAR;

    /**
     * The name used in the JSON contract ({@code half_year}).
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
