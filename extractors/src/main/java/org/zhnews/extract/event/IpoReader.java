package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.IpoStatus;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Listings: a listing word ({@code 递表}, {@code 过会}, {@code 招股}, {@code 挂牌上市}) that is not
 * part of another word ({@code 上市公司}) gives one event per sentence: the first word with an
 * actor before it (not an exchange), else the first word and the article's main company (never
 * for a weak word such as {@code IPO} alone); its status that word's; the exchange the most specific board named in the
 * sentence; the amount the money after {@code 募资}. Stateless.
 */
final class IpoReader {

    private static final int RAISE_REACH = 12;

    List<Event> read(SentenceView s) {
        List<CompanyMention> exchanges = new ArrayList<>();
        for (CompanyMention c : s.companies) {
            if (s.covered("ipo", "exchange", c.start(), c.end())) {
                exchanges.add(c);
            }
        }
        Hit trigger = null;
        Optional<CompanyMention> company = Optional.empty();
        for (Hit h : s.hits("ipo", "trigger")) {
            if (s.suppressed("ipo", h) || inLonger(s, h)) {
                continue;
            }
            Optional<CompanyMention> actor = CompanyRuns.subjectBefore(s, h.start(), exchanges);
            if (trigger == null || company.isEmpty() && actor.isPresent()) {
                trigger = h;
                company = actor;
            }
        }
        if (trigger == null || company.isEmpty() && trigger.value().equals("weak")) {
            return List.of();
        }
        if (company.isEmpty()) {
            company = s.doc.subject(s.sentence.article()).filter(c -> !exchanges.contains(c));
        }
        if (company.isEmpty()) {
            return List.of();
        }
        IpoStatus status = switch (trigger.value()) {
            case "approved" -> IpoStatus.APPROVED;
            case "priced" -> IpoStatus.PRICED;
            case "listed" -> IpoStatus.LISTED;
            default -> IpoStatus.FILED; // filed, weak
        };
        return List.of(new Ipo(s.doc.ctx.span(trigger.start(), trigger.end()), s.sentence.index(),
                Modalities.of(s, trigger.start()), company.get(), exchange(s), raised(s), Optional.of(status)));
    }

    private static boolean inLonger(SentenceView s, Hit h) {
        for (Hit o : s.hits("ipo", "trigger")) {
            if (o != h && o.start() <= h.start() && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start()) {
                return true;
            }
        }
        return false;
    }

    /** The board named in the sentence; the STAR market before its exchange (科创板 over 上交所). */
    private static Optional<String> exchange(SentenceView s) {
        String found = null;
        for (Hit h : s.hits("ipo", "exchange")) {
            if (h.value().equals("-")) {
                continue;
            }
            if (found == null || h.value().equals("STAR")) {
                found = h.value();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<MoneyMention> raised(SentenceView s) {
        for (Hit h : s.hits("ipo", "raise")) {
            Optional<MoneyMention> m = SentenceView.firstAfter(s.money, h.end(), s.end)
                    .filter(x -> x.start() - h.end() <= RAISE_REACH && x.equivalentOf().isEmpty());
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }
}
