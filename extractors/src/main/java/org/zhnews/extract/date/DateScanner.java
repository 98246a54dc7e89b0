package org.zhnews.extract.date;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.number.ChineseNumber;

/**
 * The date grammar: one left-to-right pass over a folded copy of the text (traditional
 * characters and full-width forms folded one to one, so offsets stay those of the text). At each
 * position it tries a bounded number of short patterns, each looking at most a few characters
 * ahead, and jumps past what it found: time is linear in the text. No regular expressions.
 * One scanner serves one text on one thread.
 */
final class DateScanner {

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
    /** After 初 / 底 / 末: the character begins another word (初步, 底层, 末端). */
    private static final String NOT_BEFORE_CHU = "步次衷心始创级代稿版赛选审具露见";
    private static final String NOT_BEFORE_DI = "层线座部气蕴牌价薪子盘";
    private static final String NOT_BEFORE_MO = "端尾位日梢";
    /** After 中 (年中, 月中): mid only before these or a non-Han character (not 2024年中国). */
    private static final String AFTER_ZHONG = "前后旬左时";
    private static final String WEEKDAYS = "一二三四五六日";
    /** What may follow a Chinese number in a date: 年, 月, 日/号, 季(度), 个(月前), 天/周/星(期前). */
    private static final String UNIT_AFTER_NUMERAL = "年月日号季个天周星";
    /** After 上周三: the numeral counts something (上周三次, 本周一共). */
    private static final String NOT_BEFORE_WEEKDAY = "共起直些度同样下次步致系再个天位家名款项成倍年月十百千万亿点%";

    private final DateWords words;
    private final char[] f;
    private final int n;

    private DateScanner(String text, DateWords words) {
        this.words = words;
        this.n = text.length();
        this.f = new char[n];
        for (int i = 0; i < n; i++) {
            f[i] = words.fold(text.charAt(i));
        }
    }

    /** The date expressions of {@code text}, in order, not overlapping. */
    static List<DateCandidate> scan(String text, DateWords words) {
        return new DateScanner(text, words).run();
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
        if (CharClass.isAsciiDigit(c) || isNumeral(c) && c != '百') { // 百 starts words (百度), not dates
            return number(i);
        }
        if (c == '民' && i + 1 < n && f[i + 1] == '国') {
            return roc(i);
        }
        if (c == 'Q' && (i == 0 || !CharClass.isAsciiAlnum(f[i - 1]) && f[i - 1] != '-')
                || c == '第' && (i == 0 || NOT_AFTER_BARE_QUARTER.indexOf(f[i - 1]) < 0)) {
            Part q = quarter(i);
            return q == null ? null : quarterTail(i, q, YearRef.offset(0));
        }
        RelativeWord w = words.relativeAt(f, i);
        return w == null ? null : relative(i, w);
    }

    // ---- numbers ------------------------------------------------------------------------------

    /** A number of at most five Arabic digits or eight Chinese numerals. */
    private record Num(int end, int value, boolean ascii, boolean positional) {
        int length(int start) {
            return end - start;
        }
    }

    private Num readNumber(int i) {
        if (i >= n) {
            return null;
        }
        boolean ascii = CharClass.isAsciiDigit(f[i]);
        if (!ascii && !isNumeral(f[i])) {
            return null;
        }
        int max = ascii ? 5 : 8; // 一百一十四
        int j = i;
        while (j < n && j - i <= max && (ascii ? CharClass.isAsciiDigit(f[j]) : isNumeral(f[j]))) {
            j++;
        }
        if (j - i > max) {
            return null;
        }
        if (ascii) {
            int v = 0;
            for (int k = i; k < j; k++) {
                v = v * 10 + (f[k] - '0');
            }
            return new Num(j, v, true, false);
        }
        if (j >= n || UNIT_AFTER_NUMERAL.indexOf(f[j]) < 0) {
            return null; // 一个, 统一: most Chinese numerals begin no date; skip the parse
        }
        String run = new String(f, i, j - i);
        boolean positional = run.length() >= 2 && run.indexOf('十') < 0;
        if (positional && run.indexOf('两') >= 0) {
            return null;
        }
        Optional<BigDecimal> v = ChineseNumber.parse(run);
        if (v.isEmpty() || v.get().signum() < 0 || v.get().compareTo(BigDecimal.valueOf(99_999)) > 0
                || v.get().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return new Num(j, v.get().intValue(), false, positional);
    }

    private boolean numberStartOk(int i) {
        if (i == 0) {
            return true;
        }
        char p = f[i - 1];
        if (CharClass.isAsciiAlnum(p) || p == '.' || NOT_AFTER_NUMBER.indexOf(p) >= 0) {
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
        while (x >= 0 && k - x < 8 && CharClass.isAsciiDigit(f[x])) {
            x--;
        }
        if (x == k) {
            return CharClass.isAsciiAlnum(f[k]);
        }
        return x >= 0 && (CharClass.isAsciiAlnum(f[x]) || f[x] == '-' || f[x] == '.' || f[x] == '_');
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
                return yearTail(i, j + 1, YearRef.absolute(v), false);
            }
            if (num.ascii() && (next == '-' || next == '/' || next == '.')) {
                return numeric(i, j, v, next);
            }
            if (num.ascii() && next == 'Q') {
                Part q = quarter(j);
                return q == null ? null : quarterTail(i, q, YearRef.absolute(v));
            }
            return null;
        }
        if (num.positional()) {
            return null; // 一二月 is January and February, not December
        }
        if (num.ascii() && num.length(i) == 2 && next == '年') {
            DateCandidate c = yearTail(i, j + 1, YearRef.twoDigit(v), true);
            if (c != null) {
                return c;
            }
        }
        if (next == '月' && v >= 1 && v <= 12 && (i == 0 || NOT_AFTER_BARE_MONTH.indexOf(f[i - 1]) < 0)
                && !isRange(i)) {
            return monthTail(i, j + 1, YearRef.unwritten(), v);
        }
        if (next == '季' && (i == 0 || NOT_AFTER_BARE_QUARTER.indexOf(f[i - 1]) < 0)) {
            Part q = quarter(i);
            return q == null ? null : quarterTail(i, q, YearRef.offset(0));
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
                && (CharClass.isAsciiDigit(f[i - 2]) || isNumeral(f[i - 2]));
    }

    // ---- years, months, days ------------------------------------------------------------------

    /**
     * What may follow a year ({@code k} is just after 年): 度, a month, a half, a quarter, or
     * 初/底/末/中 (also after a second 年: 明年年初). With {@code needTail} (a two-digit year) a
     * year alone is no date.
     */
    private DateCandidate yearTail(int start, int k, YearRef y, boolean needTail) {
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
    private DateCandidate monthTail(int start, int k, YearRef y, int month) {
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
    private String xun(int k) {
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
    private String periodModifier(int k) {
        if (k >= n) {
            return null;
        }
        char after = k + 1 < n ? f[k + 1] : ' ';
        return switch (f[k]) {
            case '初' -> NOT_BEFORE_CHU.indexOf(after) < 0 ? "early" : null;
            case '底' -> NOT_BEFORE_DI.indexOf(after) < 0 ? "late" : null;
            case '末' -> NOT_BEFORE_MO.indexOf(after) < 0 ? "late" : null;
            case '中' -> !CharClass.isHan(after) || AFTER_ZHONG.indexOf(after) >= 0 ? "mid" : null;
            default -> null;
        };
    }

    /** 2025-03-03, 2025/3/3, 2025.03.03, 2024-05, 2024/5 ({@code j} is at the separator). */
    private DateCandidate numeric(int start, int j, int year, char sep) {
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
        while (j < n && j - i < 3 && CharClass.isAsciiDigit(f[j])) {
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
        if (CharClass.isAsciiAlnum(c)) {
            return false;
        }
        return !((c == '.' || c == '-' || c == '/') && k + 1 < n && CharClass.isAsciiAlnum(f[k + 1]));
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
        return yearTail(i, num.end() + 1, YearRef.absolute(1911 + num.value()), false);
    }

    // ---- quarters -----------------------------------------------------------------------------

    /** A quarter and where its words end. */
    private record Part(int end, int value) {
    }

    /** Q1-Q4, 第二季度, 二季度, 2季度 at {@code k}. */
    private Part quarter(int k) {
        if (k >= n) {
            return null;
        }
        if (f[k] == 'Q') {
            if (k + 1 < n && f[k + 1] >= '1' && f[k + 1] <= '4' && (k + 2 >= n || !CharClass.isAsciiAlnum(f[k + 2]))) {
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

    private DateCandidate quarterTail(int start, Part q, YearRef y) {
        DatePhrase p = DatePhrase.Calendar.quarter(y, q.value());
        String mod = q.end() < n && (f[q.end()] == '初' || f[q.end()] == '末') ? periodModifier(q.end()) : null;
        return DateCandidate.of(start, mod == null ? q.end() : q.end() + 1, p, mod);
    }

    // ---- relative words -----------------------------------------------------------------------

    private DateCandidate relative(int i, RelativeWord w) {
        int e = i + w.word().length();
        if (i > 0) {
            char p = f[i - 1];
            if (w.notAfter().indexOf(p) >= 0 || CharClass.isAsciiDigit(p) || isNumeral(p)) {
                return null;
            }
        }
        if (e < n && w.notBefore().indexOf(f[e]) >= 0) {
            return null;
        }
        return switch (w.unit()) {
            case YEAR -> w.modifier() != null
                    ? DateCandidate.of(i, e, DatePhrase.Calendar.year(YearRef.offset(w.amount())), w.modifier())
                    : yearTail(i, e, YearRef.offset(w.amount()), false);
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
        String xun = xun(k);
        if (xun != null) {
            return DateCandidate.of(start, k + 2, month, xun);
        }
        String mod = periodModifier(k);
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

    // ---- characters ---------------------------------------------------------------------------

    private boolean matches(int k, String word) {
        if (k + word.length() > n) {
            return false;
        }
        for (int x = 0; x < word.length(); x++) {
            if (f[k + x] != word.charAt(x)) {
                return false;
            }
        }
        return true;
    }

    /** A Chinese numeral a date is written with: an everyday Chinese digit, 十 or 百. */
    private static boolean isNumeral(char c) {
        return NumeralChars.isChineseDigit(c) || c == '十' || c == '百';
    }
}
