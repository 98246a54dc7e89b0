package org.zhnews.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.extract.event.EarningsFigures.Figure;

/**
 * Earnings: a published report ({@code 公布2025年第三季度财报}, {@code 发布的2024年年报}) with its
 * company and period, even without figures; and figures ({@link EarningsFigures}), one report per
 * company a sentence names (the figures after each company are its own), or one per period of a
 * {@code 分别} list ({@link RespectiveFigures}). The company is the last one before its figures,
 * else the company of the article's last report, else the article's main company; the period
 * that of {@link Periods} (words restating the period, {@code 本季度}, {@code 报告期内}, take the
 * last report's), else the article's last period. Figures in later sentences about the same
 * company and period join that report. A growth told without its figure joins a report told
 * before and makes none. One reader per document: it remembers the article's last company,
 * period and reports.
 */
final class EarningsReader {

    /** How far before a report word its publishing verb may stand. */
    private static final int PUBLISH_REACH = 30;
    private static final java.util.regex.Pattern REPORTABLE =
            java.util.regex.Pattern.compile("(FY)?\\d{4}(-(Q[1-4]|H[12]))?");
    private CompanyMention lastCompany;
    private TextRole lastPeriod;
    private int lastArticle = -1;
    /** Company and period of the article's reports so far. */
    private final Set<String> reported = new HashSet<>();

    List<Event> read(SentenceView s) {
        if (s.sentence.article() != lastArticle) {
            lastArticle = s.sentence.article();
            lastCompany = null;
            lastPeriod = null;
            reported.clear();
        }
        List<Event> out = new ArrayList<>(reports(s));
        List<RespectiveFigures.PeriodFigures> respective = RespectiveFigures.read(s);
        if (!respective.isEmpty()) {
            out.addAll(respective(s, respective));
            return out;
        }
        List<Figure> figures = EarningsFigures.of(s);
        int i = 0;
        while (i < figures.size()) {
            Optional<CompanyMention> actor = actor(s, figures.get(i).word().start());
            int j = i + 1;
            while (j < figures.size() && (actor(s, figures.get(j).word().start()).isEmpty()
                    || actor(s, figures.get(j).word().start()).equals(actor))) {
                j++;
            }
            report(s, figures.subList(i, j), actor).ifPresent(out::add);
            i = j;
        }
        return out;
    }

    /** The company a figure at {@code pos} is about: the last one before it in the sentence, not a cited source. */
    private static Optional<CompanyMention> actor(SentenceView s, int pos) {
        CompanyMention found = null;
        for (CompanyMention c : s.companies) {
            if (c.end() <= pos && !CompanyRuns.isSource(s, c) && !s.doc.exchange(c)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<CompanyMention> company(SentenceView s, Optional<CompanyMention> actor) {
        return actor.or(() -> Optional.ofNullable(lastCompany))
                .or(() -> s.doc.subject(s.sentence.article()).filter(c -> !s.doc.exchange(c)));
    }

    /** Reports published in the sentence ({@code 公布第三季度财报}): company and period, no figures yet. */
    private List<Event> reports(SentenceView s) {
        List<Event> out = new ArrayList<>();
        for (Hit r : s.hits("earnings", "report")) {
            if (s.inLongerTrigger(r) || longerReport(s, r)) {
                continue;
            }
            Optional<Hit> verb = s.hits("earnings", "publish").stream()
                    .filter(v -> v.end() <= r.start() && r.start() - v.end() <= PUBLISH_REACH
                            && !SentenceView.crossesClause(s.gap(v.end(), r.start())))
                    .reduce((a, b) -> b);
            if (verb.isEmpty()) {
                continue;
            }
            Optional<TextRole> period = Periods.in(s, r.end(), null).or(() -> implied(s, r));
            Optional<CompanyMention> actor = actor(s, verb.get().start());
            if (actor.isEmpty() && !lastCompanyOrSubjectNear(s, verb.get())) {
                continue;
            }
            Optional<CompanyMention> company = company(s, actor);
            if (period.isEmpty() || company.isEmpty() || !reportable(period.get())) {
                continue;
            }
            out.add(earnings(s, r, company.get(), period.get(), null, null, false, null, null));
        }
        return out;
    }

    /** Whether nothing but a descriptor stands between the clause start and the verb (the subject is omitted). */
    private static boolean lastCompanyOrSubjectNear(SentenceView s, Hit verb) {
        int clause = s.clauseAt(verb.start()).range().start();
        return verb.start() - Math.max(clause, s.start) <= 12;
    }

    private static boolean longerReport(SentenceView s, Hit r) {
        for (Hit o : s.hits("earnings", "report")) {
            if (o != r && o.start() <= r.start() && o.end() >= r.end() && o.end() - o.start() > r.end() - r.start()) {
                return true;
            }
        }
        return false;
    }

    /** The period a report word implies ({@code 三季报}, {@code 年报}): the last such period ended before publication. */
    private static Optional<TextRole> implied(SentenceView s, Hit r) {
        Optional<LocalDate> published = s.doc.published(s.start);
        if (r.value().equals("-") || published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate p = published.get();
        int lastMonth = switch (r.value()) {
            case "Q1" -> 3;
            case "Q3" -> 9;
            case "H1" -> 6;
            default -> 12;
        };
        int year = p.getMonthValue() > lastMonth ? p.getYear() : p.getYear() - 1;
        String suffix = r.value().equals("Y") ? "" : "-" + r.value();
        return Optional.of(new TextRole(year + suffix, s.doc.ctx.span(r.start(), r.end())));
    }

    /** One company's report from its figures in the sentence. */
    private Optional<Event> report(SentenceView s, List<Figure> figures, Optional<CompanyMention> actor) {
        Figure revenue = null;
        Figure income = null;
        for (Figure f : figures) {
            if (f.word().is("earnings", "revenue")) {
                revenue = revenue == null ? f : revenue;
            } else if (income == null || income.word().is("earnings", "net-loss") && f.word().is("earnings", "net-income")) {
                income = income == null ? f : income;
            }
        }
        Hit first = figures.get(0).word();
        Optional<CompanyMention> company = company(s, actor);
        Optional<TextRole> period = Periods.in(s, first.start(), lastPeriod).or(() -> Optional.ofNullable(lastPeriod));
        if (company.isEmpty() || period.isEmpty() || !reportable(period.get())) {
            return Optional.empty();
        }
        boolean noAmount = (revenue == null || revenue.money() == null) && (income == null || income.money() == null);
        if (noAmount && !reported.contains(key(company.get(), period.get()))) {
            return Optional.empty(); // a growth alone joins a report, it makes none
        }
        boolean isLoss = income != null && income.word().is("earnings", "net-loss");
        return Optional.of(earnings(s, first, company.get(), period.get(), revenue == null ? null : revenue.money(),
                income == null ? null : income.money(), isLoss, revenue, income));
    }

    private List<Event> respective(SentenceView s, List<RespectiveFigures.PeriodFigures> figures) {
        Optional<CompanyMention> company = company(s, actor(s, figures.get(0).firstWord().start()));
        List<Event> out = new ArrayList<>();
        if (company.isEmpty()) {
            return out;
        }
        for (RespectiveFigures.PeriodFigures f : figures) {
            if ((f.revenue() != null || f.income() != null) && reportable(f.period())) {
                out.add(earnings(s, f.firstWord(), company.get(), f.period(), f.revenue(), f.income(),
                        f.loss() && f.income() != null, null, null));
            }
        }
        return out;
    }

    private Earnings earnings(SentenceView s, Hit word, CompanyMention company, TextRole period,
                              org.zhnews.core.mention.MoneyMention revenue, org.zhnews.core.mention.MoneyMention income,
                              boolean loss, Figure revenueFigure, Figure incomeFigure) {
        lastCompany = company;
        lastPeriod = period;
        reported.add(key(company, period));
        return new Earnings(s.doc.ctx.span(word.start(), word.end()), s.sentence.index(),
                Modalities.of(s, word.start()), company, period, Optional.ofNullable(revenue), Optional.ofNullable(income),
                loss, EarningsFigures.growth(s, revenueFigure), EarningsFigures.growth(s, incomeFigure));
    }

    /**
     * Whether the period is one a report is made for ({@code 2025-Q3}, {@code 2025-H1},
     * {@code 2025}, {@code FY2026-Q2}); figures of the first three quarters together
     * ({@code 2025-Q1-Q3}) are read so that they join no quarter, and make no report.
     */
    private static boolean reportable(TextRole period) {
        return REPORTABLE.matcher(period.value()).matches();
    }

    private static String key(CompanyMention c, TextRole period) {
        return c.id().orElse(c.name()) + "\u0000" + period.value();
    }
}
