package org.zhnews.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhnews.core.Document;
import org.zhnews.core.event.Acquisition;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.RoleSpan;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.TextRange;

/**
 * The invariants of a document's events: they come in trigger order; the trigger and every role
 * span lie inside the document in both texts, are not empty, and the original holds the span's
 * text at its original offsets, where the offset map sends its normalized range; the sentence
 * index names the sentence holding the trigger; roles that are mentions are the document's own
 * mentions (or stand in a boilerplate zone, when the pipeline drops those); the leads are
 * investors; a stake lies in (0, 1]; a period reads like {@code 2025-Q3}, {@code 2025-H1},
 * {@code 2025} or {@code FY2026-Q2}; a person's name is not blank.
 */
final class EventChecks {

    private static final Pattern PERIOD = Pattern.compile("(FY)?\\d{4}(-(Q[1-4]|H[12]))?");

    private EventChecks() {
    }

    static void check(Document doc) {
        int lastStart = 0;
        Set<Mention> mentions = new HashSet<>(doc.mentions());
        for (Event e : doc.events()) {
            String where = e.kind().jsonName() + " " + Escapes.java(e.trigger().text()) + " at " + e.start();
            check(e.start() >= lastStart, "events not in trigger order at " + where);
            lastStart = e.start();
            checkSpan(doc, e.trigger(), "trigger of " + where);
            for (RoleSpan r : EventRoles.of(e)) {
                checkSpan(doc, r.span(), r.role() + " of " + where);
            }
            check(e.sentence() >= 0 && e.sentence() < doc.sentences().size()
                    && doc.sentences().get(e.sentence()).contains(e.start()),
                    "sentence " + e.sentence() + " does not hold the trigger of " + where);
            for (Mention m : mentionRoles(e)) {
                check(mentions.contains(m) || doc.zoneOf(m).isPresent(),
                        "a role of " + where + " is not a mention of the document: " + m);
            }
            checkValues(e, where);
        }
    }

    private static void checkValues(Event e, String where) {
        if (e instanceof Funding f) {
            check(f.investors().containsAll(f.lead()), "a lead of " + where + " is not among its investors");
        } else if (e instanceof Acquisition a && a.stake().isPresent()) {
            BigDecimal stake = a.stake().get().fraction();
            check(stake.signum() > 0 && stake.compareTo(BigDecimal.ONE) <= 0,
                    "stake " + stake + " of " + where + " is not a share of a company");
        } else if (e instanceof Earnings x) {
            check(PERIOD.matcher(x.period().value()).matches(),
                    "period " + Escapes.java(x.period().value()) + " of " + where + " is not a period");
        } else if (e instanceof Personnel p) {
            check(!p.person().value().isBlank(), "blank person in " + where);
        }
    }

    /** The roles of {@code e} that are mentions. */
    private static List<Mention> mentionRoles(Event e) {
        List<Mention> out = new ArrayList<>();
        if (e instanceof Funding f) {
            out.add(f.company());
            f.amount().ifPresent(out::add);
            f.valuation().ifPresent(out::add);
            out.addAll(f.investors());
            out.addAll(f.lead());
        } else if (e instanceof Acquisition a) {
            a.acquirer().ifPresent(out::add);
            out.add(a.target());
            a.amount().ifPresent(out::add);
        } else if (e instanceof Ipo i) {
            out.add(i.company());
            i.amount().ifPresent(out::add);
        } else if (e instanceof ModelRelease r) {
            out.add(r.model());
            r.vendor().ifPresent(out::add);
        } else if (e instanceof Earnings x) {
            out.add(x.company());
            x.revenue().ifPresent(out::add);
            x.netIncome().ifPresent(out::add);
        } else if (e instanceof Personnel p) {
            p.company().ifPresent(out::add);
        }
        return out;
    }

    private static void checkSpan(Document doc, Span s, String what) {
        String text = doc.text();
        String original = doc.original();
        check(s.start() < s.end() && s.end() <= text.length(),
                "normalized range [" + s.start() + "," + s.end() + ") of the " + what + " is empty or out of bounds");
        check(s.originalStart() < s.originalEnd() && s.originalEnd() <= original.length(),
                "original range [" + s.originalStart() + "," + s.originalEnd() + ") of the " + what
                + " is empty or out of bounds");
        check(original.substring(s.originalStart(), s.originalEnd()).equals(s.text()),
                "original substring differs from the text of the " + what + ": " + Escapes.java(s.text()));
        TextRange mapped = doc.offsetMap().toOriginal(s.start(), s.end());
        check(s.originalStart() <= mapped.start() && mapped.end() <= s.originalEnd()
                && (s.originalStart() >= mapped.start() - 2 || mapped.isEmpty())
                && (s.originalEnd() <= mapped.end() + 2 || mapped.isEmpty()),
                "original range [" + s.originalStart() + "," + s.originalEnd() + ") of the " + what
                + " is not where the offset map sends its normalized range: " + mapped);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
