package org.zhnews.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateValue;

/**
 * Turns a {@link DatePhrase} into a calendar period, given the publication date that applies
 * where it stands. Stateless; never throws for a phrase the scanner made (an impossible day such
 * as 2023年2月29日 gives an empty value).
 */
final class DateResolver {

    /** Two-digit years more than this far after the publication year are read in the century before. */
    private static final int TWO_DIGIT_FUTURE = 10;
    /** A period without its year starting this many days after the publication is taken a year earlier. */
    static final int FUTURE_DAYS = 90;
    /** A period without its year that ended this many days before the publication is taken a year later. */
    static final int PAST_DAYS = 330;

    private DateResolver() {
    }

    /** The period meant; empty when it depends on an unknown publication date or does not exist. */
    static Optional<DateValue> resolve(DatePhrase phrase, Optional<LocalDate> published) {
        try {
            if (phrase instanceof DatePhrase.Calendar c) {
                return calendar(c, published);
            }
            return published.map(p -> shift((DatePhrase.Shift) phrase, p));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateValue> calendar(DatePhrase.Calendar c, Optional<LocalDate> published) {
        YearRef ref = c.year();
        if (ref.kind() == YearRef.Kind.ABSOLUTE) {
            return Optional.of(build(c, ref.value()));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate pub = published.get();
        int year = pub.getYear();
        return switch (ref.kind()) {
            case OFFSET -> Optional.of(build(c, year + ref.value()));
            case TWO_DIGIT -> {
                int y = year / 100 * 100 + ref.value();
                yield Optional.of(build(c, y > year + TWO_DIGIT_FUTURE ? y - 100 : y));
            }
            default -> nearest(c, pub);
        };
    }

    /**
     * A period written without its year ({@code 4月29日}) is taken in the publication year,
     * unless it would start more than {@link #FUTURE_DAYS} days after the publication (then the
     * year before: 12月28日 in an article of January 3) or have ended more than
     * {@link #PAST_DAYS} days before it (then the year after: 1月15日 in an article of December 20).
     */
    private static Optional<DateValue> nearest(DatePhrase.Calendar c, LocalDate pub) {
        int year = pub.getYear();
        DateValue v = buildOrNull(c, year);
        if (v == null || v.start().isAfter(pub.plusDays(FUTURE_DAYS))) {
            v = buildOrNull(c, year - 1);
        } else if (!v.endExclusive().isAfter(pub.minusDays(PAST_DAYS))) {
            v = buildOrNull(c, year + 1);
        }
        return Optional.ofNullable(v);
    }

    private static DateValue buildOrNull(DatePhrase.Calendar c, int year) {
        try {
            return build(c, year);
        } catch (DateTimeException e) {
            return null; // 2月29日 outside a leap year
        }
    }

    private static DateValue build(DatePhrase.Calendar c, int year) {
        return switch (c.granularity()) {
            case DAY -> DateValue.day(year, c.month(), c.day());
            case MONTH -> DateValue.month(year, c.month());
            case QUARTER -> DateValue.quarter(year, c.part());
            case HALF_YEAR -> DateValue.halfYear(year, c.part());
            case YEAR -> DateValue.year(year);
            case WEEK -> throw new DateTimeException("no calendar week phrase");
        };
    }

    private static DateValue shift(DatePhrase.Shift s, LocalDate pub) {
        return switch (s.unit()) {
            case DAY -> new DateValue(DateGranularity.DAY, pub.plusDays(s.amount()));
            case WEEK -> {
                LocalDate monday = pub.plusWeeks(s.amount()).with(DayOfWeek.MONDAY);
                yield s.weekday() > 0 ? new DateValue(DateGranularity.DAY, monday.plusDays(s.weekday() - 1L))
                        : DateValue.weekOf(monday);
            }
            case MONTH -> {
                LocalDate first = pub.plusMonths(s.amount()).withDayOfMonth(1);
                yield s.dayOfMonth() > 0 ? new DateValue(DateGranularity.DAY, first.withDayOfMonth(s.dayOfMonth()))
                        : new DateValue(DateGranularity.MONTH, first);
            }
            default -> throw new DateTimeException("no shift by " + s.unit());
        };
    }
}
