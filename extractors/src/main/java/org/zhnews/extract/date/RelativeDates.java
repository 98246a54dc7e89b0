package org.zhnews.extract.date;

import org.zhnews.core.mention.DateGranularity;

/**
 * The relative words of the date grammar ({@code relative-words.tsv}: 去年, 本月, 上周) and what may
 * follow them (本月15日, 上个月底, 上周三). Reads the text {@link DateScanner} folded; one per text
 * and thread.
 */
final class RelativeDates extends FoldedScan {

    private static final String WEEKDAYS = "一二三四五六日";
    /** After 上周三: the numeral counts something (上周三次, 本周一共). */
    private static final String NOT_BEFORE_WEEKDAY = "共起直些度同样下次步致系再个天位家名款项成倍年月十百千万亿点%";

    private final CalendarDates calendar;

    RelativeDates(char[] f, CalendarDates calendar) {
        super(f);
        this.calendar = calendar;
    }

    // ---- relative words -----------------------------------------------------------------------

    DateCandidate relative(int i, RelativeWord w) {
        int e = i + w.word().length();
        if (i > 0) {
            char p = f[i - 1];
            if (w.notAfter().indexOf(p) >= 0 || isDigit(p) || isNumeral(p)) {
                return null;
            }
        }
        if (e < n && w.notBefore().indexOf(f[e]) >= 0) {
            return null;
        }
        return switch (w.unit()) {
            case YEAR -> w.modifier() != null
                    ? DateCandidate.of(i, e, DatePhrase.Calendar.year(YearRef.offset(w.amount())), w.modifier())
                    : calendar.yearTail(i, e, YearRef.offset(w.amount()), false);
            case HALF_YEAR -> DateCandidate.of(i, e, DatePhrase.Calendar.half(YearRef.offset(0), w.amount()), w.modifier());
            case MONTH -> w.modifier() != null
                    ? DateCandidate.of(i, e, DatePhrase.Shift.of(DateGranularity.MONTH, w.amount()), w.modifier())
                    : monthShiftTail(i, e, w.amount());
            case WEEK -> weekTail(i, e, w.amount());
            default -> DateCandidate.of(i, e, DatePhrase.Shift.of(w.unit(), w.amount()), w.modifier());
        };
    }

    /** 本月15日, 上个月底, 下月中旬 ({@code k} is just after the month word). */
    private DateCandidate monthShiftTail(int start, int k, int amount) {
        Num d = readNumber(k);
        if (d != null && !d.positional() && d.value() >= 1 && d.value() <= 31 && d.end() < n
                && (f[d.end()] == '日' || f[d.end()] == '号')) {
            return DateCandidate.of(start, d.end() + 1,
                    new DatePhrase.Shift(DateGranularity.MONTH, amount, 0, d.value()), null);
        }
        DatePhrase month = DatePhrase.Shift.of(DateGranularity.MONTH, amount);
        String xun = calendar.xun(k);
        if (xun != null) {
            return DateCandidate.of(start, k + 2, month, xun);
        }
        String mod = calendar.periodModifier(k);
        return DateCandidate.of(start, mod == null ? k : k + 1, month, mod);
    }

    /** 上周三, 本周末 ({@code k} is just after the week word). */
    private DateCandidate weekTail(int start, int k, int amount) {
        if (k < n) {
            int wd = WEEKDAYS.indexOf(f[k]) + 1;
            if (wd > 0 && (k + 1 >= n || NOT_BEFORE_WEEKDAY.indexOf(f[k + 1]) < 0)) {
                return DateCandidate.of(start, k + 1, new DatePhrase.Shift(DateGranularity.WEEK, amount, wd, 0), null);
            }
            if (f[k] == '末') {
                return DateCandidate.of(start, k + 1, DatePhrase.Shift.of(DateGranularity.WEEK, amount), "late");
            }
        }
        return DateCandidate.of(start, k, DatePhrase.Shift.of(DateGranularity.WEEK, amount), null);
    }
}
