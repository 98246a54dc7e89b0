package org.zhnews.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.Mention;

/** The filled roles of an event with their spans, in role order: one list for any kind. Thread-safe. */
public final class EventRoles {

    private EventRoles() {
    }

    /**
     * The filled roles of one event, the trigger excluded.
     *
     * @param event any event
     * @return an immutable list in role order, a list role once per item (an investor among the
     *         leads under {@code lead}, any other under {@code investors}); empty roles left out
     */
    public static List<RoleSpan> of(Event event) {
        List<RoleSpan> out = new ArrayList<>();
        if (event instanceof Funding f) {
            add(out, "company", f.company());
            f.amount().ifPresent(m -> add(out, "amount", m));
            f.valuation().ifPresent(m -> add(out, "valuation", m));
            f.investors().forEach(m -> add(out, f.lead().contains(m) ? "lead" : "investors", m));
        } else if (event instanceof Acquisition a) {
            a.acquirer().ifPresent(m -> add(out, "acquirer", m));
            add(out, "target", a.target());
            a.amount().ifPresent(m -> add(out, "amount", m));
            a.stake().ifPresent(r -> out.add(new RoleSpan("stake", r.span())));
        } else if (event instanceof Ipo i) {
            add(out, "company", i.company());
            i.amount().ifPresent(m -> add(out, "amount", m));
        } else if (event instanceof ModelRelease r) {
            add(out, "model", r.model());
            r.vendor().ifPresent(m -> add(out, "vendor", m));
        } else if (event instanceof Earnings e) {
            add(out, "company", e.company());
            out.add(new RoleSpan("period", e.period().span()));
            e.revenue().ifPresent(m -> add(out, "revenue", m));
            e.netIncome().ifPresent(m -> add(out, "net_income", m));
            e.revenueGrowth().ifPresent(r -> out.add(new RoleSpan("revenue_growth", r.span())));
            e.netIncomeGrowth().ifPresent(r -> out.add(new RoleSpan("net_income_growth", r.span())));
        } else if (event instanceof Personnel p) {
            out.add(new RoleSpan("person", p.person().span()));
            p.company().ifPresent(m -> add(out, "company", m));
            Optional<TextRole> role = p.role();
            role.ifPresent(r -> out.add(new RoleSpan("role", r.span())));
        }
        return List.copyOf(out);
    }

    private static void add(List<RoleSpan> out, String role, Mention m) {
        out.add(new RoleSpan(role, m.span()));
    }
}
