package org.zhnews.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.event.RoleSpan;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/** Moves events into an article's slice, as {@link MentionShifter} moves mentions. */
final class EventShifter {

    private final MentionShifter mentions;
    private final int start;
    private final int originalStart;
    private final Function<Integer, Integer> sentenceOf;

    /**
     * @param mentions   the slice's mention shifter
     * @param sentenceOf the sentence index in the slice of a slice offset
     */
    EventShifter(MentionShifter mentions, int start, int originalStart, Function<Integer, Integer> sentenceOf) {
        this.mentions = mentions;
        this.start = start;
        this.originalStart = originalStart;
        this.sentenceOf = sentenceOf;
    }

    /** The events whose trigger and roles all lie in the slice, moved into it. */
    List<Event> shiftAll(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (fits(e.trigger()) && EventRoles.of(e).stream().map(RoleSpan::span).allMatch(this::fits)) {
                out.add(shift(e));
            }
        }
        return out;
    }

    private boolean fits(Span s) {
        return mentions.fits(s);
    }

    private Event shift(Event e) {
        Span t = span(e.trigger());
        int sentence = sentenceOf.apply(t.start());
        if (e instanceof Funding f) {
            return new Funding(t, sentence, f.modality(), company(f.company()), f.round(), f.amount().map(this::money),
                    f.valuation().map(this::money), f.investors().stream().map(this::company).toList(),
                    f.lead().stream().map(this::company).toList());
        } else if (e instanceof Acquisition a) {
            return new Acquisition(t, sentence, a.modality(), a.acquirer().map(this::company), company(a.target()),
                    a.amount().map(this::money), a.stake().map(this::ratio));
        } else if (e instanceof Ipo i) {
            return new Ipo(t, sentence, i.modality(), company(i.company()), i.exchange(), i.amount().map(this::money),
                    i.status());
        } else if (e instanceof ModelRelease r) {
            return new ModelRelease(t, sentence, r.modality(), (ModelMention) mentions.shift(r.model()),
                    r.vendor().map(this::company), r.openSource());
        } else if (e instanceof Earnings x) {
            return new Earnings(t, sentence, x.modality(), company(x.company()), text(x.period()),
                    x.revenue().map(this::money), x.netIncome().map(this::money), x.netLoss(),
                    x.revenueGrowth().map(this::ratio), x.netIncomeGrowth().map(this::ratio));
        }
        Personnel p = (Personnel) e;
        return new Personnel(t, sentence, p.modality(), text(p.person()), p.company().map(this::company),
                p.role().map(this::text), p.change());
    }

    private Span span(Span s) {
        return new Span(s.text(), s.start() - start, s.end() - start, s.originalStart() - originalStart,
                s.originalEnd() - originalStart);
    }

    private CompanyMention company(CompanyMention m) {
        return (CompanyMention) mentions.shift(m);
    }

    private MoneyMention money(MoneyMention m) {
        return (MoneyMention) mentions.shift(m);
    }

    private Ratio ratio(Ratio r) {
        return new Ratio(r.fraction(), span(r.span()));
    }

    private TextRole text(TextRole r) {
        return new TextRole(r.value(), span(r.span()));
    }
}
