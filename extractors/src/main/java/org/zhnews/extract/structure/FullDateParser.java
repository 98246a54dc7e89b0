package org.zhnews.extract.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds full calendar dates as datelines write them: {@code 2024年11月28日}, {@code 2024-11-28},
 * {@code 2024/11/28}, {@code 2024.11.28} (ASCII digits; fold full-width digits first), years
 * 1900 to 2099. A date glued to more digits ({@code 12024-11-28}) or an impossible day is not
 * a date. Relative and partial dates are the date extractor's business. One pass, linear time;
 * stateless and thread-safe.
 */
final class FullDateParser {

    /**
     * A date found in a text.
     *
     * @param date  the date
     * @param start where it begins
     * @param end   where it ends (after {@code 日} or the day's digits)
     */
    record Found(LocalDate date, int start, int end) {
    }

    private FullDateParser() {
    }

    /** The first full date in {@code s}, if any. */
    static Optional<Found> find(CharSequence s) {
        int n = s.length();
        for (int i = 0; i + 4 <= n; i++) {
            if (!digit(s, i) || (i > 0 && digit(s, i - 1))) {
                continue;
            }
            Optional<Found> f = at(s, i);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** The full date starting at {@code i}, if one does. */
    static Optional<Found> at(CharSequence s, int i) {
        int n = s.length();
        int p = i;
        int year = 0;
        for (int k = 0; k < 4; k++, p++) {
            if (p >= n || !digit(s, p)) {
                return Optional.empty();
            }
            year = year * 10 + (s.charAt(p) - '0');
        }
        if (year < 1900 || year > 2099 || p >= n) {
            return Optional.empty();
        }
        char sep = s.charAt(p);
        boolean chinese = sep == '年';
        if (!chinese && sep != '-' && sep != '/' && sep != '.') {
            return Optional.empty();
        }
        p++;
        int[] month = number(s, p);
        if (month == null) {
            return Optional.empty();
        }
        p = month[1];
        if (p >= n || s.charAt(p) != (chinese ? '月' : sep)) {
            return Optional.empty();
        }
        p++;
        int[] day = number(s, p);
        if (day == null) {
            return Optional.empty();
        }
        p = day[1];
        if (chinese) {
            if (p >= n || (s.charAt(p) != '日' && s.charAt(p) != '号')) {
                return Optional.empty();
            }
            p++;
        } else if (p < n && (digit(s, p) || (s.charAt(p) == sep))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Found(LocalDate.of(year, month[0], day[0]), i, p));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A number of one or two digits at {@code p}: {value, end}, or null. */
    private static int[] number(CharSequence s, int p) {
        int n = s.length();
        if (p >= n || !digit(s, p)) {
            return null;
        }
        int v = s.charAt(p) - '0';
        int q = p + 1;
        if (q < n && digit(s, q)) {
            v = v * 10 + (s.charAt(q) - '0');
            q++;
            if (q < n && digit(s, q)) {
                return null;
            }
        }
        return new int[] {v, q};
    }

    private static boolean digit(CharSequence s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }
}
