package org.zhnews.extract.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;

/**
 * Acquisitions: {@code A收购B}, {@code A以X亿元收购B 51%股权}, {@code B被A收购}, {@code B已获A收购},
 * and sales told by the seller ({@code 向A出售B}, {@code 将所持B股权转让给A}). The target is the
 * first company after the trigger in its clause (passive: the actor before {@code 被}); the
 * acquirer the actor before the trigger, else the article's main company when the sentence opens
 * with {@code 公司} or {@code 集团}, else the last company before the sentence,
 * else the article's main company; the stake a percentage just before {@code 股权};
 * the price the money nearest the trigger. A trigger with no company to buy gives no event, nor
 * does a weak one ({@code 取得}) without a stake.
 * Stateless.
 */
final class AcquisitionReader {

    private static final int STAKE_GAP = 3;
    /** A sentence whose subject is the article's company, named by a common noun ({@code 公司同时宣布收购X}). */
    private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile("\\s*(该公司|公司|该集团|集团|其)");
    private static final int STAKE_AFTER_REACH = 6;
    private CompanyMention lastTarget;
    private CompanyMention lastAcquirer;
    private int lastArticle = -1;

    List<Event> read(SentenceView s) {
        if (s.sentence.article() != lastArticle) {
            lastArticle = s.sentence.article();
            lastTarget = null;
            lastAcquirer = null;
        }
        List<Event> out = new ArrayList<>();
        for (Hit h : s.hits("acquisition", "trigger")) {
            if (s.suppressed("acquisition", h) || s.inLongerTrigger(h)) {
                continue;
            }
            Optional<CompanyMention> acquirer;
            Optional<CompanyMention> target;
            int bei = passiveMark(s, h);
            if (h.value().equals("sale")) {
                Optional<CompanyMention>[] sale = sale(s, h);
                target = sale[0];
                acquirer = sale[1];
                if (acquirer.isEmpty()) {
                    continue; // 出售 without a buyer named: no deal told
                }
            } else if (h.value().equals("passive") || bei >= 0 && s.start + bei > s.clauseAt(h.start()).range().start()) {
                int beiAt = h.value().equals("passive") ? h.start() : s.start + bei;
                target = CompanyRuns.subjectBefore(s, beiAt, List.of());
                acquirer = SentenceView.lastBefore(s.companies, beiAt, h.start());
            } else if (owned(s, h).isPresent()) {
                target = owned(s, h); // 完成对搜狗的全资收购
                int dui = s.start + s.gap(s.start, target.get().start()).lastIndexOf('对');
                acquirer = CompanyRuns.subjectBefore(s, dui, List.of(target.get()));
            } else {
                target = CompanyRuns.objectAfter(s, h.end());
                List<CompanyMention> notBuyer = target.map(List::of).orElse(List.of());
                Optional<CompanyMention> main = s.doc.subject(s.sentence.article()).filter(c -> !notBuyer.contains(c));
                acquirer = CompanyRuns.subjectBefore(s, h.start(), notBuyer)
                        .or(() -> SELF.matcher(s.text()).lookingAt() ? main : Optional.empty())
                        .or(() -> s.doc.previous(s.sentence, notBuyer))
                        .or(() -> main);
            }
            int stakeFrom = h.value().equals("sale") ? s.clauseAt(h.start()).range().start() : h.start(); // 将所持X 70%股权转让给Y
            Optional<Ratio> stake = stake(s, stakeFrom).or(() -> whole(s, h)).or(() -> stakeAfter(s, h.start()));
            if (target.isEmpty() && lastTarget != null && (!s.hits("acquisition", "price").isEmpty())) {
                target = Optional.of(lastTarget); // 此次收购作价12亿元: the article's last deal
                acquirer = Optional.ofNullable(lastAcquirer);
            }
            if (stake.isEmpty() && h.value().equals("stake") || target.isEmpty() || acquirer.equals(target)) {
                continue;
            }
            lastTarget = target.get();
            lastAcquirer = acquirer.orElse(null);
            out.add(new Acquisition(s.doc.ctx.span(h.start(), h.end()), s.sentence.index(), Modalities.of(s, h.start()),
                    acquirer, target.get(), price(s, h.start()), stake));
        }
        return out;
    }

    /**
     * Where the passive mark before the trigger stands in the sentence ({@code 被}, or {@code 获}
     * with a company after it in the trigger's clause: {@code 已获Y以3亿令吉全面收购}), or -1.
     */
    private static int passiveMark(SentenceView s, Hit h) {
        int bei = s.gap(s.start, h.start()).lastIndexOf('被');
        if (bei >= 0) {
            return bei;
        }
        int clauseStart = s.clauseAt(h.start()).range().start();
        int huo = s.gap(s.start, h.start()).lastIndexOf('获');
        if (huo < 0 || s.start + huo < clauseStart) {
            return -1;
        }
        int at = s.start + huo;
        return SentenceView.firstAfter(s.companies, at, h.start()).filter(c -> c.start() - at <= 12).isPresent() ? huo : -1;
    }

    /**
     * A sale ({@code 向Y出售X 60%股权}, {@code 将所持X 30%股权转让给Y}): the company sold and its buyer.
     */
    @SuppressWarnings("unchecked")
    private static Optional<CompanyMention>[] sale(SentenceView s, Hit h) {
        var clause = s.clauseAt(h.start()).range();
        Optional<CompanyMention> buyer = Optional.empty();
        Optional<CompanyMention> sold = Optional.empty();
        if (s.gap(h.end(), h.end() + 1).matches("[给予]")) { // 转让给Y: X is after 将 before the trigger
            buyer = CompanyRuns.objectAfter(s, h.end() + 1);
            int jiang = s.gap(clause.start(), h.start()).indexOf('将');
            if (jiang >= 0) {
                sold = SentenceView.firstAfter(s.companies, clause.start() + jiang, h.start());
            }
        } else {
            for (CompanyMention c : s.companies) { // 向Y出售X
                if (c.start() >= clause.start() && c.end() <= h.start()
                        && s.gap(clause.start(), c.start()).matches(".*向[^,，。;；、]{0,8}$")) {
                    buyer = Optional.of(c);
                    break;
                }
            }
            Optional<CompanyMention> b = buyer;
            sold = CompanyRuns.objectAfter(s, h.end()).filter(c -> !b.equals(Optional.of(c)));
        }
        return new Optional[] {sold, buyer};
    }

    /** The company bought in {@code 对X的(全资)收购}: the company before 的 (and 全资) just before the trigger. */
    private static Optional<CompanyMention> owned(SentenceView s, Hit h) {
        return SentenceView.lastBefore(s.companies, s.clauseAt(h.start()).range().start(), h.start())
                .filter(c -> s.gap(c.end(), h.start()).matches("[)）]?的(全资|全面|全部)?")
                        && s.gap(s.clauseAt(h.start()).range().start(), c.start()).contains("对"));
    }

    /** A stake told after the deal ({@code 持股比例为10%}). */
    private static Optional<Ratio> stakeAfter(SentenceView s, int from) {
        for (Hit h : s.hits("acquisition", "stake-after")) {
            if (h.start() < from) {
                continue;
            }
            Optional<MetricMention> pct = SentenceView.firstAfter(s.metrics, h.end(), s.end)
                    .filter(m -> m.unit() == MetricUnit.PERCENT && m.value().isPresent()
                            && m.start() - h.end() <= STAKE_AFTER_REACH);
            if (pct.isPresent()) {
                return Optional.of(new Ratio(pct.get().value().get().abs().movePointLeft(2), pct.get().span()));
            }
        }
        return Optional.empty();
    }

    private static Optional<MoneyMention> price(SentenceView s, int at) {
        MoneyMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MoneyMention m : s.money) {
            if (m.equivalentOf().isPresent()) {
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

    /** A whole company bought ({@code 全资收购}, {@code 100%收购}): a stake of 1, read from the word. */
    private static Optional<Ratio> whole(SentenceView s, Hit h) {
        int clauseEnd = s.clauseAt(h.start()).range().end();
        for (Hit w : s.hits("acquisition", "whole")) {
            if (w.start() <= h.start() && w.end() >= h.start() - 1 || w.start() >= h.end() && w.end() <= clauseEnd) {
                return Optional.of(new Ratio(BigDecimal.ONE, s.doc.ctx.span(w.start(), w.end())));
            }
        }
        return Optional.empty();
    }

    private static Optional<Ratio> stake(SentenceView s, int from) {
        for (Hit h : s.hits("acquisition", "stake")) {
            if (h.start() < from) {
                continue;
            }
            Optional<MetricMention> pct = SentenceView.lastBefore(s.metrics, from, h.start())
                    .filter(m -> m.unit() == MetricUnit.PERCENT && m.value().isPresent())
                    .filter(m -> s.gap(m.end(), h.start()).replace("的", "").length() <= STAKE_GAP);
            if (pct.isPresent()) {
                BigDecimal v = pct.get().value().get().movePointLeft(2);
                return Optional.of(new Ratio(v, pct.get().span()));
            }
        }
        return Optional.empty();
    }
}
