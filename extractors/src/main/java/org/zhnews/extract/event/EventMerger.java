package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.mention.CompanyMention;

/**
 * One event per fact: events of one kind with the same key (funding: company and round, a
 * round left unsaid joining the company's round; acquisition: target; listing: company; model
 * release: family, version and variant, so MolGen-2 and MolGen-2-7B are two releases; earnings: company and period; people: person and change) merge
 * into the first told, which keeps its trigger unless a later one is stated and it is not; roles
 * it lacks are filled from the others, lists joined. Stateless.
 */
final class EventMerger {

    private EventMerger() {
    }

    static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (Event e : events) {
            List<Integer> candidates = byKey.computeIfAbsent(key(e), k -> new ArrayList<>());
            int same = -1;
            for (int i = 0; i < candidates.size() && same < 0; i++) {
                if (sameFact(out.get(candidates.get(i)), e)) {
                    same = candidates.get(i);
                }
            }
            if (same < 0) {
                candidates.add(out.size());
                out.add(e);
            } else {
                out.set(same, join(out.get(same), e));
            }
        }
        return out;
    }

    /** The part of an event's key every retelling shares: kind and key role (a round and a company may still differ). */
    private static String key(Event e) {
        String role;
        if (e instanceof Funding f) {
            role = id(f.company());
        } else if (e instanceof Acquisition a) {
            role = id(a.target());
        } else if (e instanceof Ipo i) {
            role = id(i.company());
        } else if (e instanceof ModelRelease r) {
            role = r.model().model().family() + "\u0000" + r.model().model().version().orElse("")
                    + "\u0000" + r.model().model().variant().orElse("");
        } else if (e instanceof Earnings x) {
            role = id(x.company()) + "\u0000" + x.period().value();
        } else {
            Personnel p = (Personnel) e;
            role = p.person().value() + "\u0000" + p.change();
        }
        return e.kind() + "\u0000" + role;
    }

    private static String id(CompanyMention c) {
        return c.id().orElse(c.name());
    }

    static boolean sameFact(Event a, Event b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a instanceof Funding x && b instanceof Funding y) {
            return id(x.company()).equals(id(y.company()))
                    && (x.round().isEmpty() || y.round().isEmpty() || x.round().equals(y.round()));
        } else if (a instanceof Acquisition x && b instanceof Acquisition y) {
            return id(x.target()).equals(id(y.target()));
        } else if (a instanceof Ipo x && b instanceof Ipo y) {
            return id(x.company()).equals(id(y.company()));
        } else if (a instanceof ModelRelease x && b instanceof ModelRelease y) {
            return x.model().model().family().equals(y.model().model().family())
                    && x.model().model().version().equals(y.model().model().version())
                    && x.model().model().variant().equals(y.model().model().variant());
        } else if (a instanceof Earnings x && b instanceof Earnings y) {
            return id(x.company()).equals(id(y.company())) && x.period().value().equals(y.period().value());
        }
        Personnel x = (Personnel) a;
        Personnel y = (Personnel) b;
        return x.person().value().equals(y.person().value()) && x.change() == y.change()
                && (x.company().isEmpty() || y.company().isEmpty()
                || id(x.company().get()).equals(id(y.company().get())));
    }

    private static Event join(Event first, Event later) {
        boolean swap = first.modality() != Modality.STATED && later.modality() == Modality.STATED;
        Event lead = swap ? later : first;
        Event other = swap ? first : later;
        if (lead instanceof Funding a && other instanceof Funding b) {
            List<CompanyMention> investors = union(a.investors(), b.investors());
            return new Funding(a.trigger(), a.sentence(), a.modality(), a.company(), a.round().or(b::round),
                    a.amount().or(b::amount), a.valuation().or(b::valuation), investors,
                    among(union(a.lead(), b.lead()), investors));
        } else if (lead instanceof Acquisition a && other instanceof Acquisition b) {
            return new Acquisition(a.trigger(), a.sentence(), a.modality(), a.acquirer().or(b::acquirer), a.target(),
                    a.amount().or(b::amount), a.stake().or(b::stake));
        } else if (lead instanceof Ipo a && other instanceof Ipo b) {
            return new Ipo(a.trigger(), a.sentence(), a.modality(), a.company(), a.exchange().or(b::exchange),
                    a.amount().or(b::amount), a.status().or(b::status));
        } else if (lead instanceof ModelRelease a && other instanceof ModelRelease b) {
            return new ModelRelease(a.trigger(), a.sentence(), a.modality(), a.model(), a.vendor().or(b::vendor),
                    a.openSource().or(b::openSource));
        } else if (lead instanceof Earnings a && other instanceof Earnings b) {
            boolean aIncome = a.netIncome().isPresent();
            return new Earnings(a.trigger(), a.sentence(), a.modality(), a.company(), a.period(),
                    a.revenue().or(b::revenue), a.netIncome().or(b::netIncome), aIncome ? a.netLoss() : b.netLoss(),
                    a.revenueGrowth().or(b::revenueGrowth), a.netIncomeGrowth().or(b::netIncomeGrowth));
        }
        Personnel a = (Personnel) lead;
        Personnel b = (Personnel) other;
        return new Personnel(a.trigger(), a.sentence(), a.modality(), a.person(), a.company().or(b::company),
                a.role().or(b::role), a.change());
    }

    /** The leads as the investors' own mentions (the same company told twice is one mention). */
    private static List<CompanyMention> among(List<CompanyMention> leads, List<CompanyMention> investors) {
        List<CompanyMention> out = new ArrayList<>();
        for (CompanyMention l : leads) {
            for (CompanyMention i : investors) {
                if (id(i).equals(id(l)) && !out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The companies of both lists, one mention per company (the first told), in that order. */
    private static List<CompanyMention> union(List<CompanyMention> a, List<CompanyMention> b) {
        Map<String, CompanyMention> all = new LinkedHashMap<>();
        for (CompanyMention c : a) {
            all.putIfAbsent(id(c), c);
        }
        for (CompanyMention c : b) {
            all.putIfAbsent(id(c), c);
        }
        return List.copyOf(all.values());
    }
}
