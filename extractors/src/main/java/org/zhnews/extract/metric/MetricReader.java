package org.zhnews.extract.metric;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.match.WordsAt;
import static org.zhnews.extract.metric.CueFinder.nearGap;
import static org.zhnews.extract.metric.MetricReading.formQualifier;
import static org.zhnews.extract.metric.MetricReading.valueOf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;
import org.zhnews.extract.money.Currencies;
import org.zhnews.extract.money.Figures;
import org.zhnews.extract.money.QualifierWords;

/**
 * Reads one figure of {@link MetricExtractor} as a metric: percentages and per mille with their
 * ranges ({@code 30%-35%}, {@code 两成至三成}), basis points as percentage points ({@code 19个基点}: 0.19),
 * percentage points ({@code 3个百分点}, Taiwan's
 * {@code 3個百分比}),
 * fractions ({@code 四分之一}), tenths ({@code 三成}), multiples ({@code 两倍}, {@code 85 倍}), else a
 * count ({@link CountReader}) with its restatement ({@link Restatements}); the kind of a percentage
 * or a multiple comes from its cue ({@link CueFinder}); a figure right after a Chinese product line
 * ({@code 麒麟9000}) is a name's number. Immutable and thread-safe.
 */
final class MetricReader {

    private static final String NOT_AFTER_CHENG = "为為立功本员員果绩績长長熟都交型就品效份分批人年材色像全语語不千万萬百亿億";

    private final QualifierWords qualifiers;
    private final MetricWords words;
    private final CueFinder cues;
    private final CountReader counts;

    MetricReader(QualifierWords qualifiers, MetricWords words) {
        this.qualifiers = qualifiers;
        this.words = words;
        this.cues = new CueFinder(words);
        this.counts = new CountReader(words);
    }

    MetricReading read(String text, List<NumberMatch> figures, int i) {
        NumberMatch m = figures.get(i);
        int n = text.length();
        int after = m.end();
        if (after < n && Currencies.isSpaceChar(text.charAt(after)) && after + 1 < n) {
            char c = text.charAt(after + 1);
            if (c == '%' || c == '％' || c == '倍') {
                after++; // 20 %, 85 倍
            }
        }
        char next = after < n ? text.charAt(after) : '\0';
        if (m.fraction() != NumberMatch.Fraction.NONE) {
            if (m.fraction() == NumberMatch.Fraction.PERMYRIAD) {
                return percent(text, m, m.start(), m.end(), MetricUnit.PERCENT, new BigDecimal("0.01"), false);
            }
            MetricUnit unit = m.fraction() == NumberMatch.Fraction.PERCENT ? MetricUnit.PERCENT : MetricUnit.PERMILLE;
            return percent(text, m, m.start(), m.end(), unit, BigDecimal.ONE, false);
        }
        int points = percentagePoints(text, after);
        if (points > after) {
            return percent(text, m, m.start(), points, MetricUnit.PERCENTAGE_POINT, BigDecimal.ONE, false);
        }
        int basis = basisPoints(text, after);
        if (basis > after) { // 19个基点: 0.19 percentage points
            return percent(text, m, m.start(), basis, MetricUnit.PERCENTAGE_POINT, BASIS_POINT, false);
        }
        if (next == '%' || next == '％' || next == '‰') {
            MetricUnit unit = next == '‰' ? MetricUnit.PERMILLE : MetricUnit.PERCENT;
            NumberMatch to = percentRangeEnd(text, figures, i, after + 1);
            if (to != null && unit == MetricUnit.PERCENT) {
                NumberMatch both = new NumberMatch(m.start(), to.end(), Optional.empty(), m.value(), to.value(),
                        NumberForm.RANGE, NumberMatch.Fraction.NONE); // 30%-35%, 50%至60%
                return percent(text, both, m.start(), to.end() + 1, unit, BigDecimal.ONE, true);
            }
            return percent(text, m, m.start(), after + 1, unit, BigDecimal.ONE, false);
        }
        if (next == '分' && after + 1 < n && text.charAt(after + 1) == '之' && i + 1 < figures.size()) {
            NumberMatch top = figures.get(i + 1);
            if (top.start() == after + 2 && m.form() == NumberForm.EXACT && top.form() == NumberForm.EXACT
                    && m.value().get().signum() > 0 && top.value().get().compareTo(m.value().get()) <= 0) {
                BigDecimal v = top.value().get().multiply(BigDecimal.valueOf(100))
                        .divide(m.value().get(), new MathContext(6, RoundingMode.HALF_UP));
                NumberMatch whole = new NumberMatch(m.start(), top.end(), Optional.of(Figures.plain(v)),
                        Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
                return percent(text, whole, m.start(), top.end(), MetricUnit.PERCENT, BigDecimal.ONE, true);
            }
            return null;
        }
        if (afterLatinName(text, m.start()) || words.productLineBefore(text, m.start())) {
            return null; // iOS 26, 麒麟9000: a name's number
        }
        if (next == '成' && after == m.end() && tenths(text, m)) {
            int end = after + 1;
            NumberMatch x = m;
            NumberMatch to = tenthsRangeEnd(text, figures, i, end);
            if (to != null) {
                NumberMatch both = new NumberMatch(m.start(), to.end(), Optional.empty(), m.value(), to.value(),
                        NumberForm.RANGE, NumberMatch.Fraction.NONE); // 两成至三成
                return percent(text, both, m.start(), to.end() + 1, MetricUnit.PERCENT, BigDecimal.TEN, true);
            }
            if (end < n && m.form() == NumberForm.EXACT && NumeralChars.isChineseDigit(text.charAt(end))
                    && NumeralChars.digit(text.charAt(end)) > 0
                    && (end + 1 == n || !isNumeralOrMeasure(text.charAt(end + 1)))) {
                BigDecimal tenth = BigDecimal.valueOf(NumeralChars.digit(text.charAt(end))).movePointLeft(1);
                x = new NumberMatch(m.start(), end + 1, Optional.of(m.value().get().add(tenth)),
                        Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
                return percent(text, x, m.start(), end + 1, MetricUnit.PERCENT, BigDecimal.TEN, false); // 九成五
            }
            if (end < n && text.charAt(end) == '半' && m.form() == NumberForm.EXACT) {
                x = new NumberMatch(m.start(), end + 1, Optional.of(m.value().get().add(new BigDecimal("0.5"))),
                        Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
                return percent(text, x, m.start(), end + 1, MetricUnit.PERCENT, BigDecimal.TEN, false); // 三成半
            }
            if (end < n && (text.charAt(end) == '多' || text.charAt(end) == '余' || text.charAt(end) == '餘')
                    && m.form() == NumberForm.EXACT) {
                BigDecimal v = m.value().get();
                x = new NumberMatch(m.start(), end + 1, m.value(), Optional.of(v), Optional.of(v.add(BigDecimal.ONE)),
                        NumberForm.MORE_THAN, NumberMatch.Fraction.NONE);
                end++;
            }
            return percent(text, x, m.start(), end, MetricUnit.PERCENT, BigDecimal.TEN, false);
        }
        if (next == '倍' && after <= m.end() + 1) {
            return multiple(text, m, after + 1);
        }
        if (next == '半' && after == m.end() && halfAsShare(text, m)) {
            NumberMatch half = new NumberMatch(m.start(), after + 1, Optional.of(BigDecimal.valueOf(50)),
                    Optional.empty(), Optional.empty(), NumberForm.EXACT, NumberMatch.Fraction.NONE);
            return percent(text, half, m.start(), after + 1, MetricUnit.PERCENT, BigDecimal.ONE, false); // 近一半的企业
        }
        return countWithRestatement(text, figures, i, after);
    }

    /**
     * A count, with the restatement right after it when there is one: in 4050亿(405B)参数,
     * 0.4T = 405B参数 and 4050亿参数(405B) the second figure is a second mention of the same count
     * (its unit and kind from the noun after either).
     */
    private MetricReading countWithRestatement(String text, List<NumberMatch> figures, int i, int after) {
        NumberMatch m = figures.get(i);
        NumberMatch restated = Restatements.merged(text, figures, i);
        if (restated != null) {
            MetricReading r = counts.count(text, restated, restated.end());
            if (r != null) {
                MetricReading first = new MetricReading(r.start(), m.end(), valueOf(m), m.min(), m.max(), r.unit(),
                        r.kind(), formQualifier(m), r.figureStart(), false);
                return first.restated(m.end(), figures.get(i + 1));
            }
        }
        MetricReading r = counts.count(text, m, after);
        if (r != null && r.end() > m.end() && r.value().isPresent() && i + 1 < figures.size()) {
            NumberMatch next = figures.get(i + 1);
            int end = Restatements.end(text, r.end(), next);
            if (end > 0 && Restatements.sameValue(m, next) != null) {
                return r.restated(r.end(), next);
            }
        }
        return r;
    }

    /**
     * The second percentage of 30%-35% or 50%至60%: the next figure, right after a range
     * separator at {@code at}, exact, larger, and followed by %; null otherwise.
     */
    private static NumberMatch percentRangeEnd(String text, List<NumberMatch> figures, int i, int at) {
        if (i + 1 >= figures.size() || at >= text.length() || "-~～至到—–".indexOf(text.charAt(at)) < 0) {
            return null;
        }
        NumberMatch a = figures.get(i);
        NumberMatch b = figures.get(i + 1);
        boolean glued = b.start() == at + 1 || b.start() == at && isHyphen(text.charAt(at));
        if (!glued || a.form() != NumberForm.EXACT || b.form() != NumberForm.EXACT || a.value().isEmpty()
                || b.value().isEmpty() || b.end() >= text.length() || text.charAt(b.end()) != '%' && text.charAt(b.end()) != '％') {
            return null;
        }
        BigDecimal hi = b.value().get().abs();
        if (hi.compareTo(a.value().get()) <= 0) {
            return null;
        }
        return new NumberMatch(b.start(), b.end(), Optional.of(hi), Optional.empty(), Optional.empty(), NumberForm.EXACT,
                NumberMatch.Fraction.NONE);
    }

    /**
     * The second tenths of 两成至三成 or 2成-3成: the next figure, right after a range separator at
     * {@code at}, exact, larger, read as tenths and not going on into 三成五; null otherwise.
     */
    private static NumberMatch tenthsRangeEnd(String text, List<NumberMatch> figures, int i, int at) {
        if (i + 1 >= figures.size() || at >= text.length() || "-~～至到—–".indexOf(text.charAt(at)) < 0) {
            return null;
        }
        NumberMatch a = figures.get(i);
        NumberMatch b = figures.get(i + 1);
        int cheng = b.end();
        if (b.start() != at + 1 || a.form() != NumberForm.EXACT || b.form() != NumberForm.EXACT
                || cheng >= text.length() || text.charAt(cheng) != '成' || !tenths(text, b)
                || b.value().get().compareTo(a.value().get()) <= 0) {
            return null;
        }
        char c = cheng + 1 < text.length() ? text.charAt(cheng + 1) : '\0';
        return NumeralChars.isChineseDigit(c) || c == '半' || Character.isDigit(c) ? null : b;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '－' || c == '−';
    }

    /** N成 is tenths when N is 1..10 without decimals and the 成 does not start a word (成为, 成本, 成员; 成员工 is 成 + 员工). */
    private static boolean tenths(String text, NumberMatch m) {
        int after = m.end() + 1;
        if (after < text.length() && NOT_AFTER_CHENG.indexOf(text.charAt(after)) >= 0 && !staffAfter(text, after)
                && !peopleDoing(text, after)) {
            return false;
        }
        if (m.form() == NumberForm.RANGE) {
            return m.max().get().compareTo(BigDecimal.TEN) <= 0;
        }
        if (m.form() != NumberForm.EXACT) {
            return false;
        }
        BigDecimal v = m.value().get();
        return v.signum() > 0 && v.compareTo(BigDecimal.TEN) <= 0;
    }

    /** {@code 四成员工}: 员工 (staff) after 成, which is then tenths, not the 成员 (member) of {@code 四成员}. */
    private static boolean staffAfter(String text, int at) {
        return at + 1 < text.length() && "员員".indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == '工';
    }

    /**
     * {@code 逾四成人承认}, {@code 两成人每月}: 人 (people) after 成 and a verb or a time word after it,
     * so the 成 is tenths of the people, not the 成人 (adult) of {@code 三成人口} or {@code 成人教育}.
     */
    private static boolean peopleDoing(String text, int at) {
        return at < text.length() && text.charAt(at) == '人' && WordsAt.startsWithAny(text, at + 1, PEOPLE_VERBS);
    }

    private static final List<String> PEOPLE_VERBS = List.of("承认", "表示", "认为", "觉得", "曾", "会", "每", "选择",
            "愿意", "担心", "支持", "反对", "使用", "用过", "希望", "打算", "计划", "没有", "已经", "仍");

    /** A character that would make 九成五 read on into another figure or a count (九成五年, 三成五个). */
    private static boolean isNumeralOrMeasure(char c) {
        return NumeralChars.isChineseNumeral(c) || "年月日个家款人岁倍成分点%".indexOf(c) >= 0 || Character.isDigit(c);
    }

    /**
     * End of 个百分点 / 百分点 / 个百分比 (Taiwan's percentage points) at {@code at} (one space
     * allowed before), or {@code at}.
     */
    private static int percentagePoints(String text, int at) {
        int spaced = at < text.length() && Currencies.isSpaceChar(text.charAt(at)) ? at + 1 : at;
        int k = pastGe(text, at);
        boolean ge = k > spaced;
        if (k + 3 <= text.length() && text.charAt(k) == '百' && text.charAt(k + 1) == '分'
                && (text.charAt(k + 2) == '点' || text.charAt(k + 2) == '點' || ge && text.charAt(k + 2) == '比')) {
            return k + 3;
        }
        return at;
    }

    /** {@code at} past one space and a 个 (個) there, each if present: where a points word may start. */
    private static int pastGe(String text, int at) {
        int k = at < text.length() && Currencies.isSpaceChar(text.charAt(at)) ? at + 1 : at;
        return k < text.length() && (text.charAt(k) == '个' || text.charAt(k) == '個') ? k + 1 : k;
    }

    /** A basis point in percentage points. */
    private static final BigDecimal BASIS_POINT = new BigDecimal("0.01");

    /** End of 个基点 / 基点 (basis points) at {@code at} (one space allowed before), or {@code at}. */
    private static int basisPoints(String text, int at) {
        int k = pastGe(text, at);
        return k + 2 <= text.length() && text.charAt(k) == '基' && (text.charAt(k + 1) == '点' || text.charAt(k + 1) == '點')
                ? k + 2 : at;
    }

    /**
     * {@code 近一半的企业}, {@code 超过一半}, {@code 一半以上}, {@code 约有一半}: 一半 as a share of a
     * whole, with a qualifier or 有 before it, or 以上 or 的 and a noun after it; not
     * {@code 另一半} (a partner) nor a bare {@code 一半} (a half of something).
     */
    private boolean halfAsShare(String text, NumberMatch m) {
        if (m.end() - m.start() != 1 || text.charAt(m.start()) != '一' || m.start() > 0 && text.charAt(m.start() - 1) == '另') {
            return false;
        }
        int after = m.end() + 1;
        boolean before = qualifiers.before(text, m.start()).isPresent() || m.start() > 0 && text.charAt(m.start() - 1) == '有';
        boolean shareAfter = text.startsWith("以上", after)
                || text.startsWith("的", after) && after + 1 < text.length() && CharClass.isHan(text.charAt(after + 1));
        return before || shareAfter;
    }

    private MetricReading percent(String text, NumberMatch m, int figureStart, int end, MetricUnit unit,
                            BigDecimal scale, boolean consumesNext) {
        Optional<BigDecimal> value = m.form() == NumberForm.RANGE || m.form() == NumberForm.VAGUE
                ? Optional.empty() : m.value().map(v -> Figures.plain(v.multiply(scale)));
        Optional<BigDecimal> min = m.min().map(v -> Figures.plain(v.multiply(scale)));
        Optional<BigDecimal> max = m.max().map(v -> Figures.plain(v.multiply(scale)));
        int start = figureStart;
        boolean negative = false;
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '−')
                && (start == 1 || !Character.isLetterOrDigit(text.charAt(start - 2))
                && "%％)）".indexOf(text.charAt(start - 2)) < 0)) {
            negative = true;
            start--;
        }
        int qualifierStart = qualifiers.before(text, start).map(QualifierWords.Found::start).orElse(start);
        Optional<String> kind = Optional.empty();
        PrefixTrie.Hit<MetricWords.Cue> cue = cues.findCue(text, qualifierStart, start);
        if (cue != null) {
            kind = Optional.of(cue.value().kind());
            if (cue.value().sign() < 0) {
                negative = !negative;
            }
            if (cue.value().sign() != 0 && nearGap(text, cue.end(), start)) {
                start = cue.start();
            }
        }
        if (negative) {
            value = value.map(BigDecimal::negate);
            Optional<BigDecimal> lo = max.map(BigDecimal::negate);
            max = min.map(BigDecimal::negate);
            min = lo;
        }
        return new MetricReading(start, end, value, min, max, unit, kind, formQualifier(m), figureStart, consumesNext);
    }

    private MetricReading multiple(String text, NumberMatch m, int end) {
        Optional<String> kind = Optional.of("ratio");
        PrefixTrie.Hit<MetricWords.Cue> cue = cues.findCue(text, m.start(), m.start());
        if (cue != null && cue.value().sign() != 0) {
            kind = Optional.of(cue.value().kind());
        }
        return new MetricReading(m.start(), end, valueOf(m), m.min(), m.max(), MetricUnit.MULTIPLE, kind, formQualifier(m),
                m.start(), false);
    }

    /** iOS 26, Grok 3.5: a figure after a Latin word and a space is part of a name. */
    private static boolean afterLatinName(String text, int start) {
        if (start < 2 || !Currencies.isSpaceChar(text.charAt(start - 1))) {
            return false;
        }
        char c = CharFold.keepingCase().fold(text.charAt(start - 2));
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
