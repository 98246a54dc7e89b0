package org.zhnews.core.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A calendar period: a day, an ISO week, a month, a quarter, a half-year or a year, given by
 * its first day and its granularity.
 *
 * @param granularity how long the period is
 * @param start       its first day: a Monday for a week, the first of the month for a month,
 *                    of January, April, July or October for a quarter, of January or July for a
 *                    half-year, of January for a year
 */
public record DateValue(DateGranularity granularity, LocalDate start) {

    /**
     * @param granularity how long the period is
     * @param start       its first day
     * @throws IllegalArgumentException if {@code start} is not the first day of such a period
     * @throws NullPointerException if an argument is null
     */
    public DateValue {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        boolean aligned = switch (granularity) {
            case DAY -> true;
            case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> start.getDayOfMonth() == 1;
            case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
            case HALF_YEAR -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 6 == 0;
            case YEAR -> start.getDayOfYear() == 1;
        };
        if (!aligned) {
            throw new IllegalArgumentException(start + " does not start a " + granularity.jsonName());
        }
    }

    /**
     * The day {@code year-month-day}.
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @param day   the day of the month
     * @return a day period
     * @throws java.time.DateTimeException if the date does not exist
     */
    public static DateValue day(int year, int month, int day) {
        return new DateValue(DateGranularity.DAY, LocalDate.of(year, month, day));
    }

    /**
     * The month {@code year-month}.
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @return a month period starting on its first day
     * @throws java.time.DateTimeException if {@code month} is out of range
     */
    public static DateValue month(int year, int month) {
        return new DateValue(DateGranularity.MONTH, LocalDate.of(year, month, 1));
    }

    /**
     * The calendar quarter {@code quarter} of {@code year}.
     *
     * @param year    the year
     * @param quarter 1 to 4
     * @return a quarter period starting on its first day
     * @throws java.time.DateTimeException if {@code quarter} is out of range
     */
    public static DateValue quarter(int year, int quarter) {
        return new DateValue(DateGranularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    /**
     * The first ({@code half} 1) or second half of {@code year}.
     *
     * @param year the year
     * @param half 1 or 2
     * @return a half-year period starting on 1 January or 1 July
     * @throws java.time.DateTimeException if {@code half} is out of range
     */
    public static DateValue halfYear(int year, int half) {
        return new DateValue(DateGranularity.HALF_YEAR, LocalDate.of(year, 6 * half - 5, 1));
    }

    /**
     * The calendar year {@code year}.
     *
     * @param year the year
     * @return a year period starting on 1 January
     */
    public static DateValue year(int year) {
        return new DateValue(DateGranularity.YEAR, LocalDate.of(year, 1, 1));
    }

    /**
     * The ISO week holding {@code day}.
     *
     * @param day any day of the week
     * @return a week period starting on that week's Monday
     */
    public static DateValue weekOf(LocalDate day) {
        return new DateValue(DateGranularity.WEEK, day.with(DayOfWeek.MONDAY));
    }

    /**
     * The day after the period ends.
     *
     * @return the first day after the period
     */
    public LocalDate endExclusive() {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case HALF_YEAR -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
        };
    }

    /**
     * ISO-8601 text at this granularity: {@code 2024-05-03}, {@code 2024-W18}, {@code 2024-05},
     * {@code 2024-Q2}, {@code 2024-H1}, {@code 2024}.
     *
     * @return the ISO-8601 form
     */
    public String iso() {
        int y = start.getYear();
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK -> String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", y, start.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", y, (start.getMonthValue() + 2) / 3);
            case HALF_YEAR -> String.format("%04d-H%d", y, start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.format("%04d", y);
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
