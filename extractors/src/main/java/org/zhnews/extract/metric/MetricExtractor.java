package org.zhnews.extract.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.chars.NumeralChars;
import org.zhnews.text.match.WordsAt;
import org.zhnews.text.number.NumberMatch;
import org.zhnews.extract.money.Currencies;
import org.zhnews.extract.money.Figures;
import org.zhnews.extract.money.MoneyExtractor;
import org.zhnews.extract.money.QualifierWords;

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
 *       next to the figure), ordinals ({@code 第3}), ranks ({@code 前五十名}), the denominator of
 *       a rate ({@code 每百万tokens 0.8元}, {@code 每10股}, {@code 4元/百万tokens}), years, dates and durations, version
 *       numbers ({@code iOS 26}, {@code Grok 3.5成为}), counts of one digit written in Chinese
 *       ({@code 两家}, {@code 三款}), numbers of Chinese product lines ({@code 麒麟9000},
 *       {@code product-lines.tsv}), and 成 in words like 成为, 成本.</li>
 *   <li>A figure restated right after it ({@code 4050亿(405B)参数}, {@code 0.4T = 405B参数}) is
 *       a second metric of the same unit and kind, each valued as written.</li>
 * </ul>
 * <p>Units ({@link org.zhnews.core.mention.MetricUnit}): {@code percent}, {@code permille}, {@code percentage_point}
 * ({@code 3个百分点}, Taiwan's {@code 3個百分比}), {@code count}, {@code parameters}, {@code tokens} ({@code 36万亿个token},
 * {@code 词元}), {@code multiple}. Kinds: for percentages, percentage points and multiples
 * {@code growth}, {@code decline}, {@code share}, {@code retention}, {@code rate} (from
 * {@code cues.tsv}; multiples default to {@code ratio}); for counts the counted noun's kind from
 * {@code nouns.tsv} ({@code users}, {@code paying_users}, {@code active_users},
 * {@code monthly_active_users}, {@code weekly_active_users}, {@code daily_active_users},
 * {@code downloads}, {@code developers}, {@code models}, {@code agents}, {@code apps},
 * {@code businesses}, {@code companies}, {@code people}, {@code gpus}, {@code chips},
 * {@code vehicles}, {@code patents}, {@code wafers}), {@code parameters}, {@code tokens}, else {@code count}.
 *
 * <p>It requires no other extractor: it passes over the amounts of money of a money extractor
 * that ran before it, or, without one, finds them itself (with a {@link MoneyExtractor} over the
 * same word lists).
 * Immutable and thread-safe.
 */
public final class MetricExtractor implements Extractor {

    private final Currencies currencies;
    private final QualifierWords qualifiers;
    private final MetricReader reader;
    private final MoneyExtractor money;

    /** An extractor with the built-in word lists. */
    public MetricExtractor() {
        this(Currencies.defaults(), QualifierWords.defaults(), MetricWords.defaults());
    }

    /** An extractor with the given word lists. */
    MetricExtractor(Currencies currencies, QualifierWords qualifiers, MetricWords words) {
        this.currencies = Objects.requireNonNull(currencies, "currencies");
        this.qualifiers = Objects.requireNonNull(qualifiers, "qualifiers");
        this.reader = new MetricReader(qualifiers, Objects.requireNonNull(words, "words"));
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

    @Override
    public List<MetricMention> extract(ExtractionContext context) {
        String text = context.text();
        List<MoneyMention> money = moneyOf(context);
        List<NumberMatch> figures = Figures.of(context, currencies);
        List<MetricMention> out = new ArrayList<>();
        int moneyIndex = 0;
        MetricReading prev = null;
        for (int i = 0; i < figures.size(); i++) {
            NumberMatch m = figures.get(i);
            while (moneyIndex < money.size() && money.get(moneyIndex).end() <= m.start()) {
                moneyIndex++;
            }
            if (moneyIndex < money.size() && money.get(moneyIndex).start() < m.end()) {
                continue;
            }
            if (currencies.after(text, m.end()).isPresent() || currencies.before(text, m.start()).isPresent()
                    || m.start() > 0 && (text.charAt(m.start() - 1) == '第' || text.charAt(m.start() - 1) == '每')
                    || perWhat(text, m.start())
                    || perPriceUnit(text, m.start()) || bareUnitAfterAn(text, m)) {
                continue; // 第3家: an ordinal; 每百万tokens, 每10股, 元/百万tokens, 按百万tokens计: the denominator of a rate
            }
            MetricReading r = reader.read(text, figures, i);
            if (r == null) {
                r = coordinated(text, figures, i, prev, money);
            }
            if (r == null) {
                continue;
            }
            prev = r;
            if (r.consumesNext()) {
                if (moneyIndex < money.size() && money.get(moneyIndex).start() < r.end()) {
                    continue; // the figure it would use up is money
                }
                i++;
            }
            Qualifier q = qualifier(text, r);
            out.add(new MetricMention(context.span(r.start(), r.end()), r.value(), r.unit(), r.kind(), q,
                    r.min(), r.max()));
            r.restatement().ifPresent(again -> out.add(new MetricMention(context.span(again.start(), again.end()),
                    again.value(), again.unit(), again.kind(), again.formQualifier(), again.min(), again.max())));
        }
        return out;
    }

    /** The qualifier of a reading: its form's, else a qualifier word before or after it. */
    private Qualifier qualifier(String text, MetricReading r) {
        if (r.formQualifier() != Qualifier.EXACT) {
            return r.formQualifier();
        }
        return qualifiers.before(text, r.figureStart()).map(QualifierWords.Found::qualifier)
                .or(() -> qualifiers.after(text, r.end()).map(QualifierWords.Found::qualifier))
                .orElse(Qualifier.EXACT);
    }

    /**
     * Figure {@code i}, which reads as nothing alone, read as a count coordinated with the one
     * right before it ({@code 1.45亿和0.41亿}, when that one stands bare) or right after it
     * ({@code 90亿和320亿参数}), as {@link Coordination} allows; null otherwise.
     */
    private MetricReading coordinated(String text, List<NumberMatch> figures, int i, MetricReading prev,
            List<MoneyMention> money) {
        NumberMatch m = figures.get(i);
        if (prev != null && prev.restatement().isEmpty() && Coordination.joined(text, prev.end(), m.start())) {
            MetricReading r = Coordination.like(text, m, prev, text.substring(prev.figureStart(), prev.end())).orElse(null);
            if (r != null) {
                return r;
            }
        }
        if (i + 1 >= figures.size() || !Coordination.joined(text, m.end(), figures.get(i + 1).start())) {
            return null;
        }
        NumberMatch next = figures.get(i + 1);
        for (MoneyMention x : money) {
            if (x.start() < next.end() && x.end() > next.start()) {
                return null;
            }
        }
        if (currencies.after(text, next.end()).isPresent()) {
            return null;
        }
        MetricReading after = reader.read(text, figures, i + 1);
        if (after == null || after.end() <= next.end()) {
            return null;
        }
        return Coordination.like(text, m, after, text.substring(next.start(), next.end())).orElse(null);
    }

    /**
     * {@code 按百万tokens计}, {@code 以百万tokens计}: a number of units alone (no digit) after 按 or
     * 以 is what a rate is counted by; so is {@code 一百万tokens收0.8元}: one and units before a price
     * verb (收, 收费, 售价) past the tokens word.
     */
    private static boolean bareUnitAfterAn(String text, NumberMatch m) {
        if (m.start() > 0 && (text.charAt(m.start() - 1) == '按' || text.charAt(m.start() - 1) == '以')
                && NumeralChars.allUnits(text, m.start(), m.end())) {
            return true;
        }
        if (m.end() - m.start() < 2 || text.charAt(m.start()) != '一' || !NumeralChars.allUnits(text, m.start() + 1, m.end())) {
            return false;
        }
        int at = m.end();
        while (at < text.length() && (text.charAt(at) == ' ' || CharClass.isAsciiLetter(text.charAt(at)))) {
            at++; // tokens, token
        }
        return text.startsWith("收", at) || text.startsWith("售价", at) || text.startsWith("定价", at);
    }

    /** {@code 每输入百万tokens}, {@code 每生成1000张}: 每 and a verb of use right before {@code start}. */
    private static boolean perWhat(String text, int start) {
        return start >= 3 && text.charAt(start - 3) == '每'
                && WordsAt.startsWithAny(text, start - 2, PER_VERBS);
    }

    /** Verbs between 每 and the quantity a price is per ({@code 每输入百万tokens}). */
    private static final List<String> PER_VERBS = List.of("输入", "输出", "生成", "处理", "调用", "輸入", "輸出", "處理", "調用");

    /** {@code 4元/百万tokens}, {@code 2美元/千tokens}: a slash after a currency right before {@code start}. */
    private boolean perPriceUnit(String text, int start) {
        if (start < 2 || "/／".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return text.charAt(start - 2) == '元' || currencies.before(text, start - 1).isPresent();
    }
}
