package org.zhnews.extract.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.extract.money.Currencies;
import org.zhnews.extract.money.Figures;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.extract.money.QualifierWords;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.match.PrefixTrie;
import org.zhnews.text.number.NumberForm;
import org.zhnews.text.number.NumberMatch;

/**
 * Finds figures that are not money: percentages and per mille ({@code 17%}, {@code 百分之十七},
 * {@code 三成}, {@code 四分之一}), counts with a measure word or a counted noun ({@code 200款},
 * {@code 50余个业务}, {@code 3亿用户}, {@code 月活4197.6万}), parameter counts
 * ({@code 2350亿个参数}, {@code 7B参数}, {@code 10亿级参数}) and multiples ({@code 两倍}).
 *
 * <p>Rules:
 * <ul>
 *   <li>Values are in natural units: 17% -> 17 (unit percent), 三成 -> 30, 四分之一 -> 25.</li>
 *   <li>The kind of a percentage comes from the nearest cue word before it in the same clause
 *       ({@code cues.tsv}): growth, decline (the value is negated: 下滑了17% -> -17), share,
 *       retention, rate (any …率). A rise or fall word followed by 至/到/为 names a level
 *       ({@code 降到五成}), not a change, and is passed over. A growth or decline word right
 *       before the figure is part of the span ({@code 同比增长393.9%}).</li>
 *   <li>The kind of a count comes from the noun after it, else from a noun earlier in the clause
 *       ({@code nouns.tsv}), else from the measure word ({@code 家} companies, {@code 人}
 *       people), else {@code count}. A bare figure without measure word counts only with a big
 *       unit and a noun such as 用户 or 参数 before it in the clause.</li>
 *   <li>Not metrics: figures that are money (an amount the money extractor reads, or a currency word
 *       next to the figure), ordinals ({@code 第3}), years, dates and durations, version
 *       numbers ({@code iOS 26}, {@code Grok 3.5成为}), counts of one digit written in Chinese
 *       ({@code 两家}, {@code 三款}), and 成 in words like 成为, 成本.</li>
 * </ul>
 * <p>Units ({@link MetricUnit}): {@code percent}, {@code permille}, {@code percentage_point}
 * ({@code 3个百分点}), {@code count}, {@code parameters}, {@code tokens} ({@code 36万亿个token},
 * {@code 词元}), {@code multiple}. Kinds: for percentages, percentage points and multiples
 * {@code growth}, {@code decline}, {@code share}, {@code retention}, {@code rate} (from
 * {@code cues.tsv}; multiples default to {@code ratio}); for counts the counted noun's kind from
 * {@code nouns.tsv} ({@code users}, {@code paying_users}, {@code active_users},
 * {@code monthly_active_users}, {@code weekly_active_users}, {@code daily_active_users},
 * {@code downloads}, {@code developers}, {@code models}, {@code agents}, {@code apps},
 * {@code businesses}, {@code companies}, {@code people}, {@code gpus}, {@code chips},
 * {@code vehicles}), {@code parameters}, {@code tokens}, else {@code count}.
 *
 * <p>It requires no other extractor: it passes over the amounts of money of a money extractor
 * that ran before it, or, without one, finds them itself (with a {@link MoneyExtractor} over the
 * same word lists).
 * Immutable and thread-safe.
 */
public final class MetricExtractor implements Extractor {

    private static final String CLAUSE_ENDS = "，。；！？,;!?\n\r|";
    private static final int CUE_WINDOW = 24;
    private static final int NOUN_WINDOW = 16;
    private static final String NOT_AFTER_CHENG = "为為立功本员員果绩績长長熟都交型就品效份分批人年材色像全语語不千万萬百亿億";
    private static final String[] NOT_AFTER_GE = {"月", "小时", "小時", "星期", "礼拜", "季度", "百分点", "百分點",
        "工作日", "世纪", "世紀", "阶段", "階段", "多月", "半月", "字"};
    private static final String LEVEL = "至到为為成";
    private static final String NEAR_GAP = "了约約近超过過逾达達高多至少为為 ";
    private static final String TIME_AFTER = "年月日号號天周週时時点點岁歲秒分后後前";

    private final Currencies currencies;
    private final QualifierWords qualifiers;
    private final MetricWords words;
    private final MoneyExtractor money;

    /** An extractor with the built-in word lists. */
    public MetricExtractor() {
        this(Currencies.defaults(), QualifierWords.defaults(), MetricWords.defaults());
    }

    /** An extractor with the given word lists. */
    public MetricExtractor(Currencies currencies, QualifierWords qualifiers, MetricWords words) {
        this.currencies = Objects.requireNonNull(currencies, "currencies");
        this.qualifiers = Objects.requireNonNull(qualifiers, "qualifiers");
        this.words = Objects.requireNonNull(words, "words");
        this.money = new MoneyExtractor(currencies, qualifiers);
    }

    /** None: the amounts of money it must pass over it finds itself, with the same word lists. */
    @Override
    public Set<Class<? extends Mention>> requires() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(MetricMention.class);
    }

    /**
     * The amounts of money to pass over, in text order: those of a money extractor that ran
     * before this one, else found here with the same word lists.
     */
    private List<MoneyMention> moneyOf(ExtractionContext context) {
        if (!context.produced(MoneyMention.class)) {
            return this.money.extract(context);
        }
        List<MoneyMention> found = new ArrayList<>(context.mentions(MoneyMention.class));
        found.sort(Comparator.comparingInt(MoneyMention::start));
        return found;
    }

    /** A figure read as a metric, before qualifier words. */
    private record Reading(int start, int end, Optional<BigDecimal> value, Optional<BigDecimal> min,
                           Optional<BigDecimal> max, MetricUnit unit, Optional<String> kind, Qualifier formQualifier,
                           int figureStart, boolean consumesNext) {
    }

    @Override
    public List<MetricMention> extract(ExtractionContext context) {
        String text = context.text();
        List<MoneyMention> money = moneyOf(context);
        List<NumberMatch> figures = Figures.scan(text, currencies);
        List<MetricMention> out = new ArrayList<>();
        int moneyIndex = 0;
        for (int i = 0; i < figures.size(); i++) {
            NumberMatch m = figures.get(i);
            while (moneyIndex < money.size() && money.get(moneyIndex).end() <= m.start()) {
                moneyIndex++;
            }
            if (moneyIndex < money.size() && money.get(moneyIndex).start() < m.end()) {
                continue;
            }
            if (currencies.after(text, m.end()).isPresent() || currencies.before(text, m.start()).isPresent()
                    || m.start() > 0 && (text.charAt(m.start() - 1) == '第')) {
                continue;
            }
            Reading r = read(text, figures, i);
            if (r == null) {
                continue;
            }
            if (r.consumesNext()) {
                i++;
            }
            Qualifier q = r.formQualifier();
            if (q == Qualifier.EXACT) {
                q = qualifiers.before(text, r.figureStart()).map(QualifierWords.Found::qualifier)
                        .or(() -> qualifiers.after(text, r.end()).map(QualifierWords.Found::qualifier))
                        .orElse(Qualifier.EXACT);
            }
            out.add(new MetricMention(context.span(r.start(), r.end()), r.value(), r.unit(), r.kind(), q,
                    r.min(), r.max()));
        }
        return out;
    }

    private Reading read(String text, List<NumberMatch> figures, int i) {
        NumberMatch m = figures.get(i);
        int n = text.length();
        int after = m.end();
        if (after < n && Currencies.isSpaceChar(text.charAt(after)) && after + 1 < n) {
            char c = text.charAt(after + 1);
            if (c == '%' || c == '％') {
                after++;
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
        if (afterLatinName(text, m.start())) {
            return null;
        }
        if (next == '成' && after == m.end() && tenths(text, m)) {
            int end = after + 1;
            NumberMatch x = m;
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
        if (next == '倍' && after == m.end()) {
            return multiple(text, m, after + 1);
        }
        return count(text, m, after);
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

    private static boolean isHyphen(char c) {
        return c == '-' || c == '－' || c == '−';
    }

    /** N成 is tenths when N is 1..10 without decimals and the 成 does not start a word (成为, 成本). */
    private static boolean tenths(String text, NumberMatch m) {
        int after = m.end() + 1;
        if (after < text.length() && NOT_AFTER_CHENG.indexOf(text.charAt(after)) >= 0) {
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

    /** A character that would make 九成五 read on into another figure or a count (九成五年, 三成五个). */
    private static boolean isNumeralOrMeasure(char c) {
        return NumeralChars.isChineseNumeral(c) || "年月日个家款人岁倍成分点%".indexOf(c) >= 0 || Character.isDigit(c);
    }

    /** End of 个百分点 / 百分点 at {@code at} (one space allowed before), or {@code at}. */
    private static int percentagePoints(String text, int at) {
        int k = at;
        if (k < text.length() && Currencies.isSpaceChar(text.charAt(k))) {
            k++;
        }
        if (k < text.length() && (text.charAt(k) == '个' || text.charAt(k) == '個')) {
            k++;
        }
        if (k + 3 <= text.length() && text.charAt(k) == '百' && text.charAt(k + 1) == '分'
                && (text.charAt(k + 2) == '点' || text.charAt(k + 2) == '點')) {
            return k + 3;
        }
        return at;
    }

    private Reading percent(String text, NumberMatch m, int figureStart, int end, MetricUnit unit,
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
        PrefixTrie.Hit<MetricWords.Cue> cue = findCue(text, qualifierStart, start);
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
        return new Reading(start, end, value, min, max, unit, kind, formQualifier(m), figureStart, consumesNext);
    }

    /**
     * The nearest cue word before {@code from} in the same clause; a rise or fall that names a
     * level (降到, 增长至) is passed over, and a near-only cue must stand right before the figure.
     */
    private PrefixTrie.Hit<MetricWords.Cue> findCue(String text, int from, int figureStart) {
        int limit = Math.max(0, from - CUE_WINDOW);
        for (int p = from; p > limit; p--) {
            char c = text.charAt(p - 1);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return null;
            }
            Optional<PrefixTrie.Hit<MetricWords.Cue>> hit = words.cues.longestEndingAt(text, p);
            if (hit.isEmpty() || hit.get().start() < limit || clauseEndIn(text, hit.get().start(), hit.get().end())) {
                continue;
            }
            PrefixTrie.Hit<MetricWords.Cue> h = hit.get();
            MetricWords.Cue cue = h.value();
            if (cue.nearOnly() && !nearGap(text, h.end(), figureStart)) {
                continue;
            }
            if (cue.sign() != 0 && namesLevel(text, h.end())) {
                p = h.start() + 1;
                continue;
            }
            return h;
        }
        return null;
    }

    private static boolean clauseEndIn(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearGap(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (NEAR_GAP.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesLevel(String text, int at) {
        int k = at;
        if (k < text.length() && text.charAt(k) == '了') {
            k++;
        }
        return k < text.length() && LEVEL.indexOf(text.charAt(k)) >= 0;
    }

    private Reading multiple(String text, NumberMatch m, int end) {
        Optional<String> kind = Optional.of("ratio");
        PrefixTrie.Hit<MetricWords.Cue> cue = findCue(text, m.start(), m.start());
        if (cue != null && cue.value().sign() != 0) {
            kind = Optional.of(cue.value().kind());
        }
        return new Reading(m.start(), end, valueOf(m), m.min(), m.max(), MetricUnit.MULTIPLE, kind, formQualifier(m),
                m.start(), false);
    }

    private Reading count(String text, NumberMatch m, int after) {
        int n = text.length();
        if (m.end() - m.start() >= 9 && allArabic(text, m.start(), m.end())) {
            return null; // a phone or serial number
        }
        Qualifier form = formQualifier(m);
        int at = m.end();
        if (at < n && (text.charAt(at) == '来' || text.charAt(at) == '來') && m.form() == NumberForm.EXACT) {
            at++;
            form = Qualifier.APPROXIMATE;
        }
        if (at < n && text.charAt(at) == '级' || at < n && text.charAt(at) == '級') {
            Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, at + 1);
            if (noun.isPresent() && noun.get().value().unit() == MetricUnit.PARAMETERS) {
                return new Reading(m.start(), m.end(), valueOf(m), m.min(), m.max(), MetricUnit.PARAMETERS,
                        Optional.of("parameters"), form, m.start(), false);
            }
            return null;
        }
        Optional<PrefixTrie.Hit<String>> measure = words.measures.longestAt(text, at);
        if (measure.isPresent() && !measureFits(text, measure.get())) {
            measure = Optional.empty();
        }
        boolean small = smallChinese(text, m);
        if (measure.isPresent()) {
            int mEnd = measure.get().end();
            Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, spaced(text, mEnd));
            if (noun.isPresent() && noun.get().value().unit() != MetricUnit.COUNT) {
                MetricWords.Noun v = noun.get().value(); // 2350亿个参数, 36万亿个token
                return new Reading(m.start(), noun.get().end(), valueOf(m), m.min(), m.max(), v.unit(),
                        Optional.of(v.kind()), form, m.start(), false);
            }
            if (small) {
                return null;
            }
            String kind = noun.map(h -> h.value().kind())
                    .or(() -> nounAhead(text, mEnd))
                    .or(() -> nounBefore(text, m.start(), false))
                    .orElse(measure.get().value());
            return new Reading(m.start(), mEnd, valueOf(m), m.min(), m.max(), MetricUnit.COUNT, Optional.of(kind),
                    form, m.start(), false);
        }
        if (after < n && Currencies.isSpaceChar(text.charAt(after))) {
            after++;
        }
        Optional<PrefixTrie.Hit<MetricWords.Noun>> noun = words.nouns.longestAt(text, m.end());
        if (noun.isEmpty() && after > m.end()) {
            // 15万亿 tokens: a space only before a noun of another unit, not before 大模型 in "- 5 大模型"
            noun = words.nouns.longestAt(text, after).filter(h -> h.value().unit() != MetricUnit.COUNT);
        }
        if (noun.isPresent() && !small) {
            MetricWords.Noun v = noun.get().value();
            int end = v.unit() != MetricUnit.COUNT ? noun.get().end() : m.end();
            return new Reading(m.start(), end, valueOf(m), m.min(), m.max(), v.unit(), Optional.of(v.kind()), form,
                    m.start(), false);
        }
        if (small || !hasBigUnit(text, m) || m.end() < n && TIME_AFTER.indexOf(text.charAt(m.end())) >= 0) {
            return null;
        }
        Optional<MetricWords.Noun> before = nounBeforeValue(text, m.start(), true);
        if (before.isEmpty()) {
            return null;
        }
        return new Reading(m.start(), m.end(), valueOf(m), m.min(), m.max(), before.get().unit(),
                Optional.of(before.get().kind()), form, m.start(), false);
    }

    /** {@code at}, or one past a space there (36万亿个 tokens). */
    private static int spaced(String text, int at) {
        return at < text.length() && Currencies.isSpaceChar(text.charAt(at)) ? at + 1 : at;
    }

    private boolean measureFits(String text, PrefixTrie.Hit<String> h) {
        String w = text.substring(h.start(), h.end());
        int e = h.end();
        String rest = text.substring(e, Math.min(text.length(), e + 3));
        char first = CharFold.keepingCase().fold(w.charAt(0));
        switch (first) {
            case '个':
                for (String s : NOT_AFTER_GE) {
                    if (rest.startsWith(s)) {
                        return false;
                    }
                }
                return true;
            case '位':
                return !rest.startsWith("数") && !rest.startsWith("數");
            case '台':
                return rest.isEmpty() || "积積湾灣北中南币幣".indexOf(rest.charAt(0)) < 0;
            case '部':
                return !rest.startsWith("分");
            case '人':
                return !rest.startsWith("民");
            case '名':
                return !rest.startsWith("字") && !rest.startsWith("义") && !rest.startsWith("義");
            case '家':
                return !rest.startsWith("族") && !rest.startsWith("庭");
            case '种':
                return !rest.startsWith("子");
            default:
                return true;
        }
    }

    /** A noun a few characters after the measure word: 10万个衍生模型, 3个开源模型. */
    private Optional<String> nounAhead(String text, int from) {
        int limit = Math.min(text.length(), from + 4);
        for (int k = from + 1; k < limit; k++) {
            char c = text.charAt(k - 1);
            if (CLAUSE_ENDS.indexOf(c) >= 0 || c == '的' || Character.isDigit(c)) {
                return Optional.empty();
            }
            Optional<PrefixTrie.Hit<MetricWords.Noun>> h = words.nouns.longestAt(text, k);
            if (h.isPresent() && h.get().value().unit() == MetricUnit.COUNT) {
                return Optional.of(h.get().value().kind());
            }
        }
        return Optional.empty();
    }

    private Optional<String> nounBefore(String text, int figureStart, boolean bare) {
        return nounBeforeValue(text, figureStart, bare).map(MetricWords.Noun::kind);
    }

    /** The nearest noun before the figure in its clause that may reach it. */
    private Optional<MetricWords.Noun> nounBeforeValue(String text, int figureStart, boolean bare) {
        int limit = Math.max(0, figureStart - NOUN_WINDOW);
        for (int p = figureStart; p > limit; p--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(p - 1)) >= 0) {
                return Optional.empty();
            }
            Optional<PrefixTrie.Hit<MetricWords.Noun>> h = words.nouns.longestEndingAt(text, p);
            if (h.isEmpty() || h.get().start() < limit) {
                continue;
            }
            MetricWords.Reach reach = h.get().value().reach();
            if (reach == MetricWords.Reach.BEFORE || !bare && reach == MetricWords.Reach.COUNTED) {
                return Optional.of(h.get().value());
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> valueOf(NumberMatch m) {
        return m.form() == NumberForm.RANGE || m.form() == NumberForm.VAGUE ? Optional.empty() : m.value();
    }

    private static Qualifier formQualifier(NumberMatch m) {
        return switch (m.form()) {
            case MORE_THAN -> Qualifier.MORE_THAN;
            case AT_LEAST -> Qualifier.AT_LEAST;
            case VAGUE -> Qualifier.APPROXIMATE;
            default -> Qualifier.EXACT;
        };
    }

    /** One to nine written in Chinese numerals only (两家, 三款): too small and too idiomatic to count. */
    private static boolean smallChinese(String text, NumberMatch m) {
        for (int k = m.start(); k < m.end(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
        }
        Optional<BigDecimal> v = m.value().or(m::max);
        return v.isPresent() && v.get().compareTo(BigDecimal.TEN) < 0;
    }

    private static boolean hasBigUnit(String text, NumberMatch m) {
        char last = CharFold.keepingCase().fold(text.charAt(m.end() - 1));
        return "万亿兆".indexOf(last) >= 0 || CharClass.isAsciiLetter(last);
    }

    private static boolean allArabic(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** iOS 26, Grok 3.5: a figure after a Latin word and a space is part of a name. */
    private static boolean afterLatinName(String text, int start) {
        if (start < 2 || !Currencies.isSpaceChar(text.charAt(start - 1))) {
            return false;
        }
        return CharClass.isLatinLetter(text.charAt(start - 2));
    }
}
