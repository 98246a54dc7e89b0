package org.zhnews.extract.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;

/**
 * Earnings: figure words ({@code 营收}, {@code 净利润}, {@code 净亏损}) followed closely by money,
 * one report per company a sentence names (the figures after each company are its own). The
 * company is the last one before its figures, else the
 * company of the article's last report, else the article's main company; the period that of
 * {@link Periods}, else the article's last period. Growth is the percentage after a growth word
 * between the figure and the next figure word, negative after a decline word; a
 * quarter-on-quarter rate ({@code 季增}, {@code 环比}) only when no other is given. One reader per document: it remembers
 * the article's last company and period.
 */
final class EarningsReader {

    private static final int FIGURE_REACH = 10;
    private static final int GROWTH_REACH = 6;
    private CompanyMention lastCompany;
    private TextRole lastPeriod;
    private int lastArticle = -1;

    List<Event> read(SentenceView s) {
        List<Figure> figures = figures(s);
        if (figures.isEmpty()) {
            return List.of();
        }
        if (s.sentence.article() != lastArticle) {
            lastArticle = s.sentence.article();
            lastCompany = null;
            lastPeriod = null;
        }
        List<Event> out = new ArrayList<>();
        int i = 0;
        while (i < figures.size()) {
            Optional<CompanyMention> actor = actor(s, figures.get(i));
            int j = i + 1;
            while (j < figures.size() && (actor(s, figures.get(j)).isEmpty() || actor(s, figures.get(j)).equals(actor))) {
                j++;
            }
            report(s, figures.subList(i, j), actor).ifPresent(out::add);
            i = j;
        }
        return out;
    }

    /** The company a figure is about: the last one before its word in the sentence, not a cited source. */
    private static Optional<CompanyMention> actor(SentenceView s, Figure f) {
        CompanyMention found = null;
        for (CompanyMention c : s.companies) {
            if (c.end() <= f.word.start() && !CompanyRuns.isSource(s, c) && !s.doc.exchange(c)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /** One company's report from its figures in the sentence. */
    private Optional<Event> report(SentenceView s, List<Figure> figures, Optional<CompanyMention> actor) {
        Figure revenue = null;
        Figure income = null;
        for (Figure f : figures) {
            if (f.word.is("earnings", "revenue")) {
                revenue = revenue == null ? f : revenue;
            } else if (income == null || income.word.is("earnings", "net-loss") && f.word.is("earnings", "net-income")) {
                income = income == null ? f : income;
            }
        }
        Hit first = figures.get(0).word;
        Optional<CompanyMention> company = actor.or(() -> Optional.ofNullable(lastCompany))
                .or(() -> s.doc.subject(s.sentence.article()).filter(c -> !s.doc.exchange(c)));
        Optional<TextRole> period = Periods.in(s, first.start()).or(() -> Optional.ofNullable(lastPeriod));
        if (company.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        lastCompany = company.get();
        lastPeriod = period.get();
        boolean isLoss = income != null && income.word.is("earnings", "net-loss");
        return Optional.of(new Earnings(s.doc.ctx.span(first.start(), first.end()), s.sentence.index(),
                Modalities.of(s, first.start()), company.get(), period.get(),
                Optional.ofNullable(revenue).map(f -> f.money), Optional.ofNullable(income).map(f -> f.money), isLoss,
                growth(s, revenue), growth(s, income)));
    }

    /** A figure word and the money it introduces. */
    private record Figure(Hit word, MoneyMention money) {
    }

    /** The figure words of the sentence followed closely by money, in text order. */
    private static List<Figure> figures(SentenceView s) {
        List<Figure> out = new ArrayList<>();
        for (Hit h : s.hits) {
            if (!h.word().kind().equals("earnings") || h.word().role().equals("growth") || inLonger(s, h)) {
                continue;
            }
            Optional<MoneyMention> m = SentenceView.firstAfter(s.money, h.end(), s.end)
                    .filter(x -> x.start() - h.end() <= FIGURE_REACH && x.equivalentOf().isEmpty()
                            && !s.gap(h.end(), x.start()).matches(".*[,，;；。].*"));
            if (m.isPresent() && out.stream().noneMatch(f -> f.money == m.get())) {
                out.add(new Figure(h, m.get()));
            }
        }
        return out;
    }

    /** A shorter figure word inside a longer one ({@code 收入} in {@code 总收入}, {@code 亏损} in {@code 净亏损}). */
    private static boolean inLonger(SentenceView s, Hit h) {
        for (Hit o : s.hits) {
            if (o != h && o.word().kind().equals("earnings") && !o.word().role().equals("growth")
                    && o.start() <= h.start() && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start()) {
                return true;
            }
        }
        return false;
    }

    /** The percentage after a growth word between the figure's word and the next figure word. */
    private static Optional<Ratio> growth(SentenceView s, Figure f) {
        if (f == null) {
            return Optional.empty();
        }
        int to = s.end;
        for (Hit o : s.hits) {
            if (o.start() > f.word.end() && o.word().kind().equals("earnings")
                    && !o.word().role().equals("growth") && o.start() < to) {
                to = o.start();
            }
        }
        Ratio sequential = null;
        for (Hit g : s.hits("earnings", "growth")) {
            if (g.start() < f.word.end() || g.end() > to) {
                continue;
            }
            Optional<MetricMention> pct = SentenceView.firstAfter(s.metrics, g.start(), to)
                    .filter(m -> m.start() - g.end() <= GROWTH_REACH && m.unit() == MetricUnit.PERCENT
                            && m.value().isPresent());
            if (pct.isPresent()) {
                BigDecimal v = pct.get().value().get().abs().movePointLeft(2); // a decline may come negated
                Ratio r = new Ratio(g.value().endsWith("down") ? v.negate() : v, pct.get().span());
                if (!g.value().startsWith("qoq")) {
                    return Optional.of(r);
                }
                sequential = sequential == null ? r : sequential;
            }
        }
        return Optional.ofNullable(sequential);
    }
}
