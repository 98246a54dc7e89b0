package org.zhnews.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.zhnews.core.mention.DateGranularity;

/**
 * Full calendar dates, with year, month and day written out ({@code 2024年11月28日},
 * {@code 2024-11-28}, {@code 2024/11/28}, {@code 2024.11.28}), read by the one date grammar the
 * date extractor uses, so the structure step's datelines and the date mentions never disagree
 * about what a date is. Stateless and thread-safe; linear in the text.
 */
public final class FullDates {

    /**
     * A full date found in a text.
     *
     * @param date  the date
     * @param start where it begins
     * @param end   where it ends
     */
    public record Found(LocalDate date, int start, int end) {
    }

    private FullDates() {
    }

    /**
     * The first full date of {@code text}: an expression of the date grammar with a written
     * four-digit year and day granularity that names a real day; relative and partial dates
     * ({@code 11月28日}, {@code 今年5月}) are not full dates.
     *
     * @param text the text
     * @return the first full date with its range in {@code text}, or empty
     */
    public static Optional<Found> first(CharSequence text) {
        for (DateCandidate c : DateScanner.scan(text.toString(), DateWords.standard())) {
            if (c.phrase() instanceof DatePhrase.Calendar cal && cal.granularity() == DateGranularity.DAY
                    && cal.year().kind() == YearRef.Kind.ABSOLUTE) {
                try {
                    return Optional.of(new Found(LocalDate.of(cal.year().value(), cal.month(), cal.day()),
                            c.start(), c.end()));
                } catch (DateTimeException e) {
                    // 2023-02-29: the grammar reads the shape, the calendar refuses the day
                }
            }
        }
        return Optional.empty();
    }
}
