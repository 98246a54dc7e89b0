package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Round;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Funding rounds: a sentence with a funding word ({@code 融资}, a round such as {@code B轮}, a
 * lead or follow-on investor word) gives one event per round it names. Investors are the
 * company lists before {@code 领投}/{@code 跟投} and after {@code 由}/{@code 投资方包括}; the
 * company funded is the first other actor before the trigger, else the company of the
 * article's last round (a sentence that only adds investors), else the article's main company.
 * The amount is the money nearest the round (a valuation is the money after {@code 估值}).
 * One reader per document: it remembers the article's last round.
 */
final class FundingReader {

    private static final int VALUATION_REACH = 8;
    /** How far after 新一轮 a funding word must stand for it to name a round (新一轮大规模融资). */
    private static final int UNKNOWN_ROUND_REACH = 8;
    /** How far before a bare funding noun a completion verb must stand (完成融资, 获得新融资). */
    private static final int VERB_REACH = 6;
    private static final int POSSESSOR_REACH = 14;
    /** Words before 投资 in its clause that make it money received ({@code 获得X 10亿元投资}). */
    private static final java.util.regex.Pattern RECEIVED = java.util.regex.Pattern.compile("(获得|获|拿到|取得|收到|迎来)");
    private static final int PRICE_REACH = 3;
    /** Investor words that only close a list: alone in a sentence they tell no investment. */
    private static final Set<String> LIST_CLOSERS = Set.of("等机构");
    /** How far after an investor list its investing word may stand. */
    private static final int INVESTING_REACH = 20;
    private static final java.util.regex.Pattern INVESTING_AFTER = java.util.regex.Pattern.compile("投|注资|参与");
    private CompanyMention lastCompany;
    private int lastArticle = -1;

    List<Event> read(SentenceView s) {
        List<Hit> triggers = new ArrayList<>();
        for (Hit h : s.hits) {
            if (h.is("funding", "trigger") && !s.suppressed("funding", h)
                    || h.is("funding", "invest-noun") && RECEIVED.matcher(s.gap(s.clauseAt(h.start()).range().start(), h.start())).find()
                    && !s.covered("funding", "trigger", h.start(), h.end())) {
                triggers.add(h);
            }
        }
        List<RoundWords.Found> rounds = new ArrayList<>();
        for (RoundWords.Found r : RoundWords.find(s.doc.text, s.start, s.end)) {
            if (r.round() != Round.UNKNOWN || s.gap(r.end(), r.end() + UNKNOWN_ROUND_REACH).matches(".*(融资|投资|募资).*")) {
                rounds.add(r);
            }
        }
        Set<CompanyMention> investors = new LinkedHashSet<>();
        Set<CompanyMention> lead = new LinkedHashSet<>();
        investorsIn(s, s.start, s.end, investors, lead);
        boolean investorWords = !s.hits("funding", "lead").isEmpty() || s.hits("funding", "investor").stream()
                .anyMatch(h -> !LIST_CLOSERS.contains(h.word().word())); // X、Y等机构位列股东名单 tells no round
        if (triggers.isEmpty() && rounds.isEmpty() && !investorWords) {
            return List.of();
        }
        int firstAnchor = !triggers.isEmpty() ? triggers.get(0).start()
                : !rounds.isEmpty() ? rounds.get(0).start() : s.start;
        Hit investorWord = null;
        for (Hit h : s.hits) {
            if (investorWord == null && (h.is("funding", "lead") || h.is("funding", "investor"))) {
                investorWord = h;
            }
        }
        // a sentence that only adds investors: its trigger is their word
        int anchor = triggers.isEmpty() && rounds.isEmpty() && investorWord != null ? investorWord.start() : firstAnchor;
        int anchorEnd = !triggers.isEmpty() ? triggers.get(0).end()
                : !rounds.isEmpty() ? rounds.get(0).end() : investorWord != null ? investorWord.end() : s.start;
        int article = s.sentence.article();
        if (article != lastArticle) {
            lastCompany = null;
            lastArticle = article;
        }
        Optional<CompanyMention> object = possessor(s, rounds.isEmpty() ? anchor : rounds.get(0).start(), investors);
        if (object.isPresent()) {
            for (CompanyMention c : s.companies) {
                if (c.end() <= object.get().start() && c.start() >= s.clauseAt(object.get().start()).range().start()
                        && !CompanyRuns.isSource(s, c)) {
                    investors.add(c);
                }
            }
        }
        for (Hit h : triggers) {
            if (h.value().equals("verb") && object.isEmpty()) {
                object = CompanyRuns.objectAfter(s, h.end()).or(() -> recipientBefore(s, h));
                if (object.isPresent()) {
                    CompanyRuns.subjectBefore(s, h.start(), List.of()).ifPresent(investors::add);
                }
            }
        }
        List<CompanyMention> notFunded = new ArrayList<>(investors);
        Optional<CompanyMention> company = object.or(() -> CompanyRuns.subjectBefore(s, Math.max(anchor,
                rounds.isEmpty() ? anchor : rounds.get(0).start()), notFunded));
        if (company.isEmpty() && triggers.isEmpty() && rounds.isEmpty()) {
            company = Optional.ofNullable(lastCompany);
        }
        List<MoneyMention> valuations = valuations(s);
        boolean evidence = !rounds.isEmpty() || !investors.isEmpty() || object.isPresent()
                || amount(s, anchor, s.start, s.end, valuations).isPresent() || completed(s, triggers);
        if (!evidence) {
            return List.of();
        }
        if (company.isEmpty()) {
            company = Optional.ofNullable(lastCompany).or(() -> s.doc.previous(s.sentence, investors))
                    .or(() -> s.doc.subject(article)).filter(c -> !investors.contains(c));
        }
        if (company.isEmpty()) {
            return List.of();
        }
        lastCompany = company.get();
        List<Event> out = new ArrayList<>();
        if (rounds.size() <= 1) {
            Optional<Round> round = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(0).round());
            int at = rounds.isEmpty() ? anchor : rounds.get(0).start();
            int atEnd = rounds.isEmpty() ? anchorEnd : rounds.get(0).end();
            out.add(event(s, at, atEnd, company.get(), round, amount(s, at, s.start, s.end, valuations), valuations,
                    investors, lead));
            return out;
        }
        for (int i = 0; i < rounds.size(); i++) {
            RoundWords.Found r = rounds.get(i);
            var clause = s.clauseAt(r.start()).range();
            int segmentEnd = i + 1 < rounds.size() ? rounds.get(i + 1).start() : s.end;
            Set<CompanyMention> own = new LinkedHashSet<>();
            Set<CompanyMention> ownLead = new LinkedHashSet<>();
            investorsIn(s, r.start(), segmentEnd, own, ownLead);
            out.add(event(s, r.start(), r.end(), company.get(), Optional.of(r.round()),
                    amount(s, r.start(), clause.start(), clause.end(), valuations), List.of(), own, ownLead));
        }
        return out;
    }

    /**
     * The investors named in {@code [from, to)}: the lists before lead and follow-on words (leads
     * into {@code lead} too) and after words that open a list ({@code 投资方包括}; {@code 由} and
     * {@code 获得} only when an investing word follows the list).
     */
    private static void investorsIn(SentenceView s, int from, int to, Set<CompanyMention> investors,
                                    Set<CompanyMention> lead) {
        for (Hit h : s.hits) {
            if (h.start() < from || h.end() > to) {
                continue;
            }
            if (h.is("funding", "lead") || h.is("funding", "investor")) {
                List<CompanyMention> run = CompanyRuns.before(s, h.start());
                run.removeIf(c -> c.start() < from);
                investors.addAll(run);
                if (h.is("funding", "lead")) {
                    lead.addAll(run);
                }
            } else if (h.is("funding", "investors-after")) {
                List<CompanyMention> run = CompanyRuns.after(s, h.end());
                run.removeIf(c -> c.end() > to);
                if (h.word().word().length() > 1 || followedByInvestorWord(s, run)) {
                    investors.addAll(run);
                }
            }
        }
    }

    /**
     * The company whose round it is when the text says so with 的 ({@code 参与了DinginGo的3000万美元C轮融资}):
     * a company followed by 的 within a short reach of the round, in the same clause.
     */
    private static Optional<CompanyMention> possessor(SentenceView s, int at, Set<CompanyMention> investors) {
        int clauseStart = s.clauseAt(at).range().start();
        while (clauseStart > s.start + 1 && clauseStart < s.end && s.doc.text.charAt(clauseStart - 1) == ','
                && Character.isDigit(s.doc.text.charAt(clauseStart - 2)) && Character.isDigit(s.doc.text.charAt(clauseStart))) {
            clauseStart = s.clauseAt(clauseStart - 2).range().start(); // 2,000万美元: a digit group, no clause break
        }
        for (CompanyMention c : s.companies) {
            if (c.end() <= at && c.start() >= clauseStart && !investors.contains(c)
                    && s.gap(c.end(), at).matches("[)）」』”\"’]?的(?:[^,，。;；、]|(?<=\\d),(?=\\d)){0,"
                    + POSSESSOR_REACH + "}")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The company a verb's money goes to, named before it after 向, 对, 为 or 给 in its clause
     * ({@code 向芯片设计公司X（Gloss）注资}): the first company after that word.
     */
    private static Optional<CompanyMention> recipientBefore(SentenceView s, Hit verb) {
        int clauseStart = s.clauseAt(verb.start()).range().start();
        for (CompanyMention c : s.companies) {
            if (c.start() >= clauseStart && c.end() <= verb.start()
                    && s.gap(clauseStart, c.start()).matches(".*[向对为给][^,，。;；、]{0,12}$")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the money is a price ({@code 售价9.9万元}), not money raised. */
    private static boolean priced(SentenceView s, MoneyMention m) {
        for (Hit h : s.hits("funding", "price")) {
            if (h.end() <= m.start() && m.start() - h.end() <= PRICE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Whether a completion verb stands just before a funding word (完成融资, 获得新一笔融资). */
    private static boolean completed(SentenceView s, List<Hit> triggers) {
        for (Hit h : triggers) {
            String before = s.gap(h.start() - VERB_REACH, h.start());
            if (before.matches(".*(完成|获得|获|宣布|进行|启动|展开|敲定|拿到|取得|录得).*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an investing word follows the list in its clause ({@code 获X投资}, {@code 获X 5000万元的A轮投资},
     * {@code 由X领投}).
     */
    private static boolean followedByInvestorWord(SentenceView s, List<CompanyMention> run) {
        if (run.isEmpty()) {
            return false;
        }
        String after = s.gap(run.get(run.size() - 1).end(), run.get(run.size() - 1).end() + INVESTING_REACH);
        java.util.regex.Matcher m = INVESTING_AFTER.matcher(after);
        return m.find() && !SentenceView.crossesClause(after.substring(0, m.start()));
    }

    private static Funding event(SentenceView s, int at, int atEnd, CompanyMention company, Optional<Round> round,
                                 Optional<MoneyMention> amount, List<MoneyMention> valuations,
                                 Set<CompanyMention> investors, Set<CompanyMention> lead) {
        List<CompanyMention> inv = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (CompanyMention c : investors) {
            if (!c.id().equals(company.id()) && ids.add(c.id().orElse(c.name()))) {
                inv.add(c);
            }
        }
        inv.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<CompanyMention> leads = new ArrayList<>();
        for (CompanyMention c : inv) {
            if (lead.stream().anyMatch(l -> l.id().equals(c.id()))) {
                leads.add(c);
            }
        }
        return new Funding(s.doc.ctx.span(at, Math.max(at, Math.min(s.end, atEnd))), s.sentence.index(), Modalities.of(s, at), company,
                round, amount, valuations.isEmpty() ? Optional.empty() : Optional.of(valuations.get(0)), inv, leads);
    }

    private static List<MoneyMention> valuations(SentenceView s) {
        List<MoneyMention> out = new ArrayList<>();
        for (Hit h : s.hits("funding", "valuation")) {
            SentenceView.firstAfter(s.money, h.end(), Math.min(s.end, h.end() + VALUATION_REACH + 12))
                    .filter(m -> s.gap(h.end(), m.start()).length() <= VALUATION_REACH)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The money nearest {@code at} in {@code [from, to)}, not a valuation nor a restatement. */
    private static Optional<MoneyMention> amount(SentenceView s, int at, int from, int to, List<MoneyMention> valuations) {
        MoneyMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MoneyMention m : s.money) {
            if (m.start() < from || m.end() > to || valuations.contains(m) || m.equivalentOf().isPresent()
                    || priced(s, m)) {
                continue;
            }
            int d = m.end() <= at ? at - m.end() : m.start() - at;
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
