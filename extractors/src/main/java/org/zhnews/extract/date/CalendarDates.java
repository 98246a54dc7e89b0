package org.zhnews.extract.date;

/**
 * The calendar part of the date grammar: what may follow a year, a month or a quarter (a month,
 * a day, 上旬, 年初, 上半年, 第二季度), and numeric dates ({@code 2025-03-03}). Reads the text
 * {@link DateScanner} folded; one per text and thread.
 */
final class CalendarDates extends FoldedScan {

    /** After 初 / 底 / 末: the character begins another word (初步, 底层, 末端). */
    private static final String NOT_BEFORE_CHU = "步次衷心始创级代稿版赛选审具露见";
    private static final String NOT_BEFORE_DI = "层线座部气蕴牌价薪子盘";
    private static final String NOT_BEFORE_MO = "端尾位日梢";
    /** After 中 (年中, 月中): mid only before these or a non-Han character (not 2024年中国). */
    private static final String AFTER_ZHONG = "前后旬左时";

    CalendarDates(char[] f) {
        super(f);
    }

    // ---- years, months, days ------------------------------------------------------------------

    /**
     * What may follow a year ({@code k} is just after 年): 度, a month, a half, a quarter, or
     * 初/底/末/中 (also after a second 年: 明年年初). With {@code needTail} (a two-digit year) a
     * year alone is no date.
     */
    DateCandidate yearTail(int start, int k, YearRef y, boolean needTail) {
        if (k < n) {
            if (f[k] == '度' && !needTail) {
                return DateCandidate.of(start, k + 1, DatePhrase.Calendar.year(y), null);
            }
            Num m = readNumber(k);
            if (m != null && !m.positional() && m.value() >= 1 && m.value() <= 12 && m.end() < n
                    && f[m.end()] == '月') {
                return monthTail(start, m.end() + 1, y, m.value());
            }
            if (matches(k, "上半年") || matches(k, "下半年")) {
                return DateCandidate.of(start, k + 3, DatePhrase.Calendar.half(y, f[k] == '上' ? 1 : 2), null);
            }
            Part q = quarter(k);
            if (q != null) {
                return quarterTail(start, q, y);
            }
            boolean doubled = f[k] == '年';
            int mk = doubled ? k + 1 : k;
            String mod = doubled && mk < n && f[mk] == '中' ? "mid" : periodModifier(mk);
            if (mod != null) {
                return DateCandidate.of(start, mk + 1, DatePhrase.Calendar.year(y), mod);
            }
        }
        return needTail ? null : DateCandidate.of(start, k, DatePhrase.Calendar.year(y), null);
    }

    /** What may follow a month ({@code k} is just after 月): 份, a day, 上旬/中旬/下旬, 初/底/末/中. */
    DateCandidate monthTail(int start, int k, YearRef y, int month) {
        if (k < n && (f[k] == '薪' || f[k] == '活' && (k + 1 >= n || f[k + 1] != '动'))) {
            return null; // 月薪, 月活
        }
        if (k < n && f[k] == '份') {
            return DateCandidate.of(start, k + 1, DatePhrase.Calendar.month(y, month), null);
        }
        Num d = readNumber(k);
        if (d != null && !d.positional() && d.end() < n && (f[d.end()] == '日' || f[d.end()] == '号')) {
            if (d.value() < 1 || d.value() > maxDay(month)) {
                return null; // 2月30日
            }
            return DateCandidate.of(start, d.end() + 1, DatePhrase.Calendar.day(y, month, d.value()), null);
        }
        String xun = xun(k);
        if (xun != null) {
            return DateCandidate.of(start, k + 2, DatePhrase.Calendar.month(y, month), xun);
        }
        String mod = periodModifier(k);
        return DateCandidate.of(start, mod == null ? k : k + 1, DatePhrase.Calendar.month(y, month), mod);
    }

    private static int maxDay(int month) {
        return switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** 上旬, 中旬, 下旬 at {@code k}. */
    String xun(int k) {
        if (k + 1 >= n || f[k + 1] != '旬') {
            return null;
        }
        return switch (f[k]) {
            case '上' -> "early";
            case '中' -> "mid";
            case '下' -> "late";
            default -> null;
        };
    }

    /** 初, 底, 末 or 中 at {@code k} as the part of a year, month or quarter, unless it begins another word. */
    String periodModifier(int k) {
        if (k >= n) {
            return null;
        }
        char after = k + 1 < n ? f[k + 1] : ' ';
        return switch (f[k]) {
            case '初' -> NOT_BEFORE_CHU.indexOf(after) < 0 ? "early" : null;
            case '底' -> NOT_BEFORE_DI.indexOf(after) < 0 ? "late" : null;
            case '末' -> NOT_BEFORE_MO.indexOf(after) < 0 ? "late" : null;
            case '中' -> !isHan(after) || AFTER_ZHONG.indexOf(after) >= 0 ? "mid" : null;
            default -> null;
        };
    }

    /** 2025-03-03, 2025/3/3, 2025.03.03, 2024-05, 2024/5 ({@code j} is at the separator). */
    DateCandidate numeric(int start, int j, int year, char sep) {
        int mEnd = digitsEnd(j + 1);
        if (mEnd < 0) {
            return null;
        }
        int month = Integer.parseInt(new String(f, j + 1, mEnd - j - 1));
        if (month < 1 || month > 12) {
            return null;
        }
        YearRef y = YearRef.absolute(year);
        if (mEnd < n && f[mEnd] == sep) {
            int dEnd = digitsEnd(mEnd + 1);
            if (dEnd < 0 || !numericEnd(dEnd)) {
                return null;
            }
            int day = Integer.parseInt(new String(f, mEnd + 1, dEnd - mEnd - 1));
            if (day < 1 || day > maxDay(month)) {
                return null;
            }
            return DateCandidate.of(start, dEnd, DatePhrase.Calendar.day(y, month, day), null);
        }
        if (sep == '.' || !numericEnd(mEnd)) {
            return null; // 2024.5 is a number
        }
        return DateCandidate.of(start, mEnd, DatePhrase.Calendar.month(y, month), null);
    }

    /** The end of one or two ASCII digits at {@code i} not followed by a third, or -1. */
    private int digitsEnd(int i) {
        int j = i;
        while (j < n && j - i < 3 && isDigit(f[j])) {
            j++;
        }
        return j - i == 1 || j - i == 2 ? j : -1;
    }

    /** A numeric date ends here: no letter, digit or further separated figure follows (not 2024-05-06-01). */
    private boolean numericEnd(int k) {
        if (k >= n) {
            return true;
        }
        char c = f[k];
        if (c == 'T' || c == 'Z') {
            return true;
        }
        if (isAsciiAlnum(c)) {
            return false;
        }
        return !((c == '.' || c == '-' || c == '/') && k + 1 < n && isAsciiAlnum(f[k + 1]));
    }

    // ---- quarters -----------------------------------------------------------------------------

    /** A quarter and where its words end. */
    record Part(int end, int value) {
    }

    /** Q1-Q4, 第二季度, 二季度, 2季度 at {@code k}. */
    Part quarter(int k) {
        if (k >= n) {
            return null;
        }
        if (f[k] == 'Q') {
            if (k + 1 < n && f[k + 1] >= '1' && f[k + 1] <= '4' && (k + 2 >= n || !isAsciiAlnum(f[k + 2]))) {
                return new Part(k + 2, f[k + 1] - '0');
            }
            return null;
        }
        int p = f[k] == '第' ? k + 1 : k;
        if (p + 2 >= n) {
            return null;
        }
        int v = "一二三四".indexOf(f[p]) + 1;
        if (v == 0 && f[p] >= '1' && f[p] <= '4') {
            v = f[p] - '0';
        }
        if (v == 0 || f[p + 1] != '季' || f[p + 2] != '度') {
            return null;
        }
        return new Part(p + 3, v);
    }

    DateCandidate quarterTail(int start, Part q, YearRef y) {
        DatePhrase p = DatePhrase.Calendar.quarter(y, q.value());
        String mod = q.end() < n && (f[q.end()] == '初' || f[q.end()] == '末') ? periodModifier(q.end()) : null;
        return DateCandidate.of(start, mod == null ? q.end() : q.end() + 1, p, mod);
    }
}
