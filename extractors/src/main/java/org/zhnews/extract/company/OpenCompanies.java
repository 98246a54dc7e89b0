package org.zhnews.extract.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.lexicon.Decision;
import org.zhnews.extract.lexicon.Decisions;
import org.zhnews.extract.lexicon.Reading;
import org.zhnews.extract.lexicon.Reason;

/**
 * Adds the open-set recogniser's companies to those of the knowledge base. A candidate that is
 * exactly a known name the arbiter left without evidence (a name that is also a word) is that
 * known company, now with the evidence of its slot. Another candidate counts where it overlaps
 * no accepted name, no earlier mention (an amount, a date) and no rejected name reaching out of
 * it; a known company followed by an investor word ({@code 联想创投}) gives way to its
 * investment arm, unlinked. O(n log n) in the number of mentions (sorted maps); stateless.
 */
final class OpenCompanies {

    private OpenCompanies() {
    }

    static void add(OpenCompanyFinder finder, ExtractionContext ctx, Decisions decisions, List<Mention> out) {
        List<int[]> known = new ArrayList<>();
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        TreeMap<Integer, Integer> rejected = new TreeMap<>();
        Map<Long, CompanyEntry> unconfirmed = new HashMap<>();
        for (Decision d : decisions.all()) {
            if (d.reading() == Reading.COMPANY) {
                known.add(new int[] {d.start(), d.end()});
            }
            if (d.reading() != Reading.WORD) {
                taken.merge(d.start(), d.end(), Math::max);
            } else {
                rejected.merge(d.start(), d.end(), Math::max);
                if (d.reason() == Reason.NO_EVIDENCE && d.company().isPresent()) {
                    unconfirmed.put(key(d.start(), d.end()), d.company().get());
                }
            }
        }
        for (Mention m : ctx.mentions()) {
            taken.merge(m.span().start(), m.span().end(), Math::max);
        }
        List<CompanyCandidate> found = finder.find(ctx, known);
        if (found.isEmpty()) {
            return;
        }
        Map<Integer, Integer> companyAt = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            companyAt.put(out.get(i).span().start(), i);
        }
        List<Mention> added = new ArrayList<>();
        for (CompanyCandidate c : found) {
            CompanyEntry same = unconfirmed.get(key(c.start(), c.end()));
            if (same != null) {
                if (c.evidence().startsWith("role:")) {
                    added.add(new CompanyMention(ctx.span(c.start(), c.end()), same.company().name(),
                            Optional.of(same.company())));
                }
            } else if (!overlaps(taken, c.start(), c.end()) && !reachesOut(rejected, c.start(), c.end())) {
                String name = c.evidence().startsWith("core:") ? c.evidence().substring("core:".length()) : c.name();
                name = c.evidence().startsWith("repeat:") ? c.evidence().substring("repeat:".length()) : name;
                added.add(new CompanyMention(ctx.span(c.start(), c.end()), name, Optional.empty()));
            } else {
                Integer i = companyAt.get(c.start());
                if (i != null && isArm(finder, ctx.text(), out.get(i), c) && !overlaps(taken, out.get(i).span().end(), c.end())) {
                    out.set(i, new CompanyMention(ctx.span(c.start(), c.end()), c.name(), Optional.empty()));
                }
            }
        }
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort(Comparator.comparingInt(m -> m.span().start()));
        }
    }

    private static boolean isArm(OpenCompanyFinder finder, String text, Mention m, CompanyCandidate c) {
        return m instanceof CompanyMention known && known.linked() && m.span().end() < c.end()
                && finder.investorWord(text, m.span().end(), c.end());
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** Whether a span of {@code spans} (start to longest end) overlaps {@code [start, end)}. */
    static boolean overlaps(TreeMap<Integer, Integer> spans, int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer inside = spans.ceilingKey(start);
        return inside != null && inside < end;
    }

    /** Whether a rejected name overlaps {@code [start, end)} without lying inside it. */
    private static boolean reachesOut(TreeMap<Integer, Integer> rejected, int start, int end) {
        Map.Entry<Integer, Integer> before = rejected.lowerEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        for (Map.Entry<Integer, Integer> e : rejected.subMap(start, true, end, false).entrySet()) {
            if (e.getValue() > end) {
                return true;
            }
        }
        return false;
    }
}
