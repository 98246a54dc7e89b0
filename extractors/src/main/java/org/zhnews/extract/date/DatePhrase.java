package org.zhnews.extract.date;

import org.zhnews.core.mention.DateGranularity;

/**
 * What a date expression means before it is resolved: a calendar period with a (possibly
 * relative) year, or a shift of days, weeks or months from the publication date.
 */
sealed interface DatePhrase permits DatePhrase.Calendar, DatePhrase.Shift {

    DateGranularity granularity();

    /** Whether the expression depends on when it was written. */
    boolean relative();

    /**
     * A period of the calendar: {@code 2024年11月24日}, {@code 去年二季度}, {@code 23年12月}.
     *
     * @param year        its year
     * @param granularity DAY, MONTH, QUARTER, HALF_YEAR or YEAR
     * @param month       1-12 for DAY and MONTH, else 0
     * @param day         1-31 for DAY, else 0
     * @param part        the quarter (1-4) or half (1-2), else 0
     */
    record Calendar(YearRef year, DateGranularity granularity, int month, int day, int part)
            implements DatePhrase {

        static Calendar year(YearRef y) {
            return new Calendar(y, DateGranularity.YEAR, 0, 0, 0);
        }

        static Calendar month(YearRef y, int month) {
            return new Calendar(y, DateGranularity.MONTH, month, 0, 0);
        }

        static Calendar day(YearRef y, int month, int day) {
            return new Calendar(y, DateGranularity.DAY, month, day, 0);
        }

        static Calendar quarter(YearRef y, int quarter) {
            return new Calendar(y, DateGranularity.QUARTER, 0, 0, quarter);
        }

        static Calendar half(YearRef y, int half) {
            return new Calendar(y, DateGranularity.HALF_YEAR, 0, 0, half);
        }

        @Override
        public boolean relative() {
            return year.relative();
        }
    }

    /**
     * A shift from the publication date: {@code 昨天} (DAY, -1), {@code 上周} (WEEK, -1),
     * {@code 上周三} (WEEK, -1, weekday 3), {@code 本月15日} (MONTH, 0, day of month 15),
     * {@code 3天前} (DAY, -3).
     *
     * @param unit       DAY, WEEK or MONTH
     * @param amount     how many units from the publication's
     * @param weekday    1 (Monday) to 7 in the week shifted to, else 0
     * @param dayOfMonth 1-31 in the month shifted to, else 0
     */
    record Shift(DateGranularity unit, int amount, int weekday, int dayOfMonth) implements DatePhrase {

        static Shift of(DateGranularity unit, int amount) {
            return new Shift(unit, amount, 0, 0);
        }

        @Override
        public DateGranularity granularity() {
            return weekday > 0 || dayOfMonth > 0 ? DateGranularity.DAY : unit;
        }

        @Override
        public boolean relative() {
            return true;
        }
    }
}
