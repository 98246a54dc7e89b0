package org.zhnews.extract.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;

/**
 * The figures of a sentence's results: a figure word ({@code 营收}, {@code 净利润},
 * {@code 净亏损}) followed closely by money, or by a growth phrase and then money
 * ({@code 收入增长超过40%，达到290亿美元}), or by a growth phrase alone (a figure without money,
 * which only adds its growth to a report told before); and the growth of a figure. A forecast or a
 * commitment ({@code 可望}, {@code 预计}, {@code 承诺…不低于}) is no figure. Stateless.
 */
final class EarningsFigures {

    private static final int FIGURE_REACH = 10;
    private static final int GROWTH_REACH = 6;
    /** Between a growth percentage and the figure it reached: {@code ，达到}, {@code 至}. */
    private static final Pattern TO_AMOUNT = Pattern.compile("\\s*[，,]?\\s*(?:达到|达|至|到|为)\\s*");

    private EarningsFigures() {
    }

    /** A figure word and the money it introduces (null: a growth told without the figure). */
    record Figure(Hit word, MoneyMention money) {
    }

    /** Whether the word states a figure ({@code 营收}, {@code 净利}, {@code 亏损}). */
    static boolean isFigureWord(Hit h) {
        return h.is("earnings", "revenue") || h.is("earnings", "net-income") || h.is("earnings", "net-loss");
    }

    /** The figures of the sentence, in text order. */
    static List<Figure> of(SentenceView s) {
        List<Figure> out = new ArrayList<>();
        for (Hit h : s.hits) {
            if (!isFigureWord(h) || inLonger(s, h) || forecast(s, h)) {
                continue;
            }
            Optional<MoneyMention> m = SentenceView.firstAfter(s.money, h.end(), s.end)
                    .filter(x -> x.start() - h.end() <= FIGURE_REACH && x.equivalentOf().isEmpty()
                            && !SentenceView.crossesClause(s.gap(h.end(), x.start())));
            if (m.isEmpty()) {
                Optional<MetricMention> pct = growthAfter(s, h);
                if (pct.isPresent()) {
                    m = SentenceView.firstAfter(s.money, pct.get().end(), s.end)
                            .filter(x -> x.equivalentOf().isEmpty()
                                    && TO_AMOUNT.matcher(s.gap(pct.get().end(), x.start())).matches());
                    if (m.isEmpty()) {
                        out.add(new Figure(h, null));
                        continue;
                    }
                }
            }
            MoneyMention money = m.orElse(null);
            if (money != null && out.stream().noneMatch(f -> f.money == money)) {
                out.add(new Figure(h, money));
            }
        }
        return out;
    }

    /**
     * Whether the figure is a forecast or a commitment, not a result: a word of the future in its
     * clause before the figure word or just after it ({@code 今年营收可望突破1亿元},
     * {@code 承诺…净利润不低于3.3亿元}, {@code 预计第三季度总收入将介于…}).
     */
    private static boolean forecast(SentenceView s, Hit word) {
        int clauseStart = s.clauseAt(word.start()).range().start();
        return FORECAST.matcher(s.gap(clauseStart, Math.min(s.end, word.end() + FORECAST_AFTER))).find();
    }

    private static final Pattern FORECAST = Pattern.compile("承诺|可望|有望|预计|预期|预测|目标|不低于|力争|指引|将");
    private static final int FORECAST_AFTER = 6;

    /** The percentage of a growth word right after the figure word ({@code 营收同比增长15%}). */
    private static Optional<MetricMention> growthAfter(SentenceView s, Hit word) {
        for (Hit g : s.hits("earnings", "growth")) {
            if (g.start() >= word.end() && g.start() - word.end() <= 2) {
                return percentAfter(s, g, s.end);
            }
        }
        return Optional.empty();
    }

    /** A shorter figure word inside a longer one ({@code 收入} in {@code 总收入}, {@code 亏损} in {@code 净亏损}). */
    private static boolean inLonger(SentenceView s, Hit h) {
        for (Hit o : s.hits) {
            if (o != h && isFigureWord(o)
                    && o.start() <= h.start() && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<MetricMention> percentAfter(SentenceView s, Hit g, int to) {
        return SentenceView.firstAfter(s.metrics, g.start(), to)
                .filter(m -> m.start() - g.end() <= GROWTH_REACH && m.unit() == MetricUnit.PERCENT
                        && m.value().isPresent());
    }

    /** The percentage after a growth word between the figure's word and the next figure word. */
    static Optional<Ratio> growth(SentenceView s, Figure f) {
        if (f == null) {
            return Optional.empty();
        }
        int to = s.end;
        for (Hit o : s.hits) {
            if (o.start() > f.word().end() && isFigureWord(o) && o.start() < to) {
                to = o.start();
            }
        }
        Ratio sequential = null;
        for (Hit g : s.hits("earnings", "growth")) {
            if (g.start() < f.word().end() || g.end() > to) {
                continue;
            }
            Optional<MetricMention> pct = percentAfter(s, g, to);
            if (pct.isPresent()) {
                BigDecimal signed = pct.get().value().get().movePointLeft(2);
                BigDecimal v = signed.abs(); // a decline may come negated
                Ratio r = new Ratio(g.value().endsWith("signed") ? signed : g.value().endsWith("down") ? v.negate() : v,
                        pct.get().span());
                if (!g.value().startsWith("qoq")) {
                    return Optional.of(r);
                }
                sequential = sequential == null ? r : sequential;
            }
        }
        return Optional.ofNullable(sequential);
    }
}
