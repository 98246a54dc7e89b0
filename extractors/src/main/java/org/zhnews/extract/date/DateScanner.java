package org.zhnews.extract.date;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.extract.date.CalendarDates.Part;

/**
 * The date grammar: one left-to-right pass over a folded copy of the text (traditional
 * characters and full-width forms folded one to one, so offsets stay those of the text). At each
 * position it tries a bounded number of short patterns, each looking at most a few characters
 * ahead, and jumps past what it found: time is linear in the text. No regular expressions.
 * This class reads numbers, 民国 years and ago phrases and hands over to {@link CalendarDates}
 * (what follows a year, a month or a quarter) and {@link RelativeDates} (relative words).
 * One scanner serves one text on one thread.
 */
final class DateScanner extends FoldedScan {

    /** Before a number: it is an ordinal, a count or a vague figure, not a date (第3, 每5, 数十). */
    private static final String NOT_AFTER_NUMBER = "第每几数";
    /**
     * Before a month without its year: a span of months (前5月, 近3月), a word (统一月), or a
     * year the grammar did not take (每年5月).
     */
    private static final String NOT_AFTER_BARE_MONTH = "前近每这那上下头首后统唯同单逐某年";
    /** Before a quarter without its year: a span of quarters (前三季度, 连续两季度). */
    private static final String NOT_AFTER_BARE_QUARTER = "前近续去每这那几数多上下";
    /** After 年前 / 天前: 前 begins another word (前景, 前沿). */
    private static final String NOT_BEFORE_AGO = "景沿端列茅瞻夕台";

    private final DateWords words;
    private final CalendarDates calendar;
    private final RelativeDates relatives;

    private DateScanner(char[] f, DateWords words) {
        super(f);
        this.words = words;
        this.calendar = new CalendarDates(f);
        this.relatives = new RelativeDates(f, calendar);
    }

    /** The date expressions of {@code text}, in order, not overlapping. */
    static List<DateCandidate> scan(String text, DateWords words) {
        return new DateScanner(fold(text, words), words).run();
    }

    /** The text folded one to one (traditional characters, full-width forms). */
    private static char[] fold(String text, DateWords words) {
        int n = text.length();
        char[] f = new char[n];
        for (int i = 0; i < n; i++) {
            f[i] = words.fold(text.charAt(i));
        }
        return f;
    }

    private List<DateCandidate> run() {
        List<DateCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int blocked = words.blockedEnd(f, i);
            if (blocked > 0) {
                i = blocked;
                continue;
            }
            DateCandidate c = at(i);
            if (c != null) {
                out.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private DateCandidate at(int i) {
        char c = f[i];
        if (isDigit(c) || isNumeral(c) && c != '百') { // 百 starts words (百度), not dates
            return number(i);
        }
        if (c == '民' && i + 1 < n && f[i + 1] == '国') {
            return roc(i);
        }
        if (c == 'Q' && (i == 0 || !isAsciiAlnum(f[i - 1]) && f[i - 1] != '-')
                || c == '第' && (i == 0 || NOT_AFTER_BARE_QUARTER.indexOf(f[i - 1]) < 0)) {
            Part q = calendar.quarter(i);
            return q == null ? null : calendar.quarterTail(i, q, YearRef.offset(0));
        }
        RelativeWord w = words.relativeAt(f, i);
        return w == null ? null : relatives.relative(i, w);
    }

    private boolean numberStartOk(int i) {
        if (i == 0) {
            return true;
        }
        char p = f[i - 1];
        if (isAsciiAlnum(p) || p == '.' || NOT_AFTER_NUMBER.indexOf(p) >= 0) {
            return false;
        }
        if (isNumeral(f[i]) && isNumeral(p)) {
            return false;
        }
        return !((p == '-' || p == '_' || p == '/') && i >= 2 && inCode(i - 2));
    }

    /**
     * Whether the ASCII character at {@code k} ends a code such as {@code 4o} or {@code V3}: a
     * letter, or digits after a letter or a separator (gpt-4o-2024-08-06), not plain digits
     * (2024-2025年). Looks back at most eight characters.
     */
    private boolean inCode(int k) {
        int x = k;
        while (x >= 0 && k - x < 8 && isDigit(f[x])) {
            x--;
        }
        if (x == k) {
            return isAsciiAlnum(f[k]);
        }
        return x >= 0 && (isAsciiAlnum(f[x]) || f[x] == '-' || f[x] == '.' || f[x] == '_');
    }

    private DateCandidate number(int i) {
        if (!numberStartOk(i)) {
            return null;
        }
        Num num = readNumber(i);
        if (num == null) {
            return null;
        }
        int j = num.end();
        char next = j < n ? f[j] : 0;
        int v = num.value();
        boolean fourDigits = num.length(i) == 4 && (num.ascii() || num.positional());
        if (fourDigits) {
            if (v < 1900 || v > 2100) {
                return null;
            }
            if (next == '年') {
                return calendar.yearTail(i, j + 1, YearRef.absolute(v), false);
            }
            if (num.ascii() && (next == '-' || next == '/' || next == '.')) {
                return calendar.numeric(i, j, v, next);
            }
            if (num.ascii() && next == 'Q') {
                Part q = calendar.quarter(j);
                return q == null ? null : calendar.quarterTail(i, q, YearRef.absolute(v));
            }
            return null;
        }
        if (num.positional()) {
            return null; // 一二月 is January and February, not December
        }
        if (num.ascii() && num.length(i) == 2 && next == '年') {
            DateCandidate c = calendar.yearTail(i, j + 1, YearRef.twoDigit(v), true);
            if (c != null) {
                return c;
            }
        }
        if (next == '月' && v >= 1 && v <= 12 && (i == 0 || NOT_AFTER_BARE_MONTH.indexOf(f[i - 1]) < 0)
                && !isRange(i)) {
            return calendar.monthTail(i, j + 1, YearRef.unwritten(), v);
        }
        if (next == '季' && (i == 0 || NOT_AFTER_BARE_QUARTER.indexOf(f[i - 1]) < 0)) {
            Part q = calendar.quarter(i);
            return q == null ? null : calendar.quarterTail(i, q, YearRef.offset(0));
        }
        return ago(i, j, v);
    }

    /** 1-5月: the month ends a range of months. */
    private boolean isRange(int i) {
        if (i < 2) {
            return false;
        }
        char p = f[i - 1];
        return (p == '-' || p == '~' || p == '至' || p == '到' || p == '、' || p == '—')
                && (isDigit(f[i - 2]) || isNumeral(f[i - 2]));
    }

    /** 18年前, 三个月前, 3天前, 两周前 ({@code j} is just after the number). */
    private DateCandidate ago(int start, int j, int v) {
        if (v < 1) {
            return null;
        }
        DateGranularity unit = null;
        int end = -1;
        if (matches(j, "年前") && v <= 200) {
            unit = DateGranularity.YEAR;
            end = j + 2;
        } else if (matches(j, "个月前") && v <= 1200) {
            unit = DateGranularity.MONTH;
            end = j + 3;
        } else if (matches(j, "天前") && v <= 3650) {
            unit = DateGranularity.DAY;
            end = j + 2;
        } else if (matches(j, "周前") && v <= 520) {
            unit = DateGranularity.WEEK;
            end = j + 2;
        } else if (matches(j, "个星期前") && v <= 520) {
            unit = DateGranularity.WEEK;
            end = j + 4;
        }
        if (unit == null || end < n && NOT_BEFORE_AGO.indexOf(f[end]) >= 0) {
            return null;
        }
        DatePhrase p = unit == DateGranularity.YEAR ? DatePhrase.Calendar.year(YearRef.offset(-v))
                : DatePhrase.Shift.of(unit, -v);
        return DateCandidate.of(start, end, p, null);
    }

    /** 民国114年 = 2025 (years of the Republic of China, as Taiwan writes them). */
    private DateCandidate roc(int i) {
        Num num = readNumber(i + 2);
        if (num == null || num.value() < 1 || num.value() > 200 || num.end() >= n || f[num.end()] != '年') {
            return null;
        }
        return calendar.yearTail(i, num.end() + 1, YearRef.absolute(1911 + num.value()), false);
    }
}
