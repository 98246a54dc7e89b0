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
 * investment arm, unlinked, one followed by a business noun in a company's role gives way to that
 * unit ({@code 吉宝数据中心宣布}, {@link ParentUnits}), and known names inside a full legal name after the start of its core
 * ({@code 智元} in {@code 北京望舒智元科技有限公司}) give way to it. An outlet left without evidence
 * counts where it stands in a credit ({@code 【经济通】}, {@link Credits}). O(n log n) in the
 * number of mentions (sorted maps); stateless.
 */
final class OpenCompanies {

    /** Knowledge-base categories of banks, whose local units are named by place ({@code 渣打香港}). */
    private static final java.util.Set<String> BANKS = java.util.Set.of("bank");

    /** The knowledge-base category of news outlets. */
    private static final String OUTLET = "media";

    private OpenCompanies() {
    }

    static void add(OpenCompanyFinder finder, ExtractionContext ctx, Decisions decisions, List<Mention> out) {
        List<int[]> known = new ArrayList<>();
        List<int[]> armable = new ArrayList<>(); // known names, and names that are also words (日月光 + 创投)
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        TreeMap<Integer, Integer> rejected = new TreeMap<>();
        Map<Long, CompanyEntry> unconfirmed = new HashMap<>();
        for (Decision d : decisions.all()) {
            if (d.reading() == Reading.COMPANY) {
                boolean bank = d.company().filter(c -> BANKS.contains(c.category())).isPresent();
                known.add(new int[] {d.start(), d.end(), bank ? 1 : 0});
                armable.add(new int[] {d.start(), d.end()});
            }
            if (d.reading() != Reading.WORD) {
                taken.merge(d.start(), d.end(), Math::max);
            } else {
                rejected.merge(d.start(), d.end(), Math::max);
                if (d.reason() == Reason.NO_EVIDENCE && d.company().isPresent()) {
                    armable.add(new int[] {d.start(), d.end()});
                    unconfirmed.put(key(d.start(), d.end()), d.company().get());
                }
            }
        }
        for (Mention m : ctx.mentions()) {
            taken.merge(m.span().start(), m.span().end(), Math::max);
        }
        List<Mention> added = credited(ctx, unconfirmed);
        List<CompanyCandidate> found = finder.find(ctx, known, armable);
        Map<Integer, Integer> companyAt = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            companyAt.put(out.get(i).span().start(), i);
        }
        List<Mention> inner = new ArrayList<>();
        for (CompanyCandidate c : found) {
            Mention straddling = straddling(finder, ctx.text(), c, taken, out, companyAt);
            if (straddling != null) {
                inner.add(straddling); // 霈思科技 holds 思科 across its ending: the unknown name wins
                added.add(new CompanyMention(ctx.span(c.start(), c.end()), name(c), Optional.empty()));
                continue;
            }
            List<Mention> shorter = innerNames(finder, ctx.text(), c, taken, out, companyAt);
            if (!shorter.isEmpty() && !reachesOut(rejected, c.start(), c.end())) {
                inner.addAll(shorter); // 北京望舒智元科技有限公司 holds the known 智元: the longer name wins
                added.add(new CompanyMention(ctx.span(c.start(), c.end()), name(c), Optional.empty()));
                continue;
            }
            CompanyEntry same = unconfirmed.get(key(c.start(), c.end()));
            if (same != null) {
                if (c.evidence().startsWith("role:")) {
                    added.add(new CompanyMention(ctx.span(c.start(), c.end()), same.company().name(),
                            Optional.of(same.company())));
                }
            } else if (!overlaps(taken, c.start(), c.end()) && !reachesOut(rejected, c.start(), c.end())) {
                added.add(new CompanyMention(ctx.span(c.start(), c.end()), name(c), Optional.empty()));
            } else {
                Integer i = companyAt.get(c.start());
                if (i != null && (isArm(finder, ctx.text(), out.get(i), c) || isUnit(out.get(i), c)) && !overlaps(taken, out.get(i).span().end(), c.end())) {
                    out.set(i, new CompanyMention(ctx.span(c.start(), c.end()), c.name(), Optional.empty()));
                }
            }
        }
        if (!inner.isEmpty()) {
            out.removeIf(m -> inner.stream().anyMatch(i -> i == m));
        }
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort(Comparator.comparingInt(m -> m.span().start()));
        }
    }

    /**
     * The outlets the arbiter left without evidence ({@code 经济通}, {@code 信报}: names that are
     * also words) that stand in a credit ({@link Credits}); they leave {@code unconfirmed}.
     */
    private static List<Mention> credited(ExtractionContext ctx, Map<Long, CompanyEntry> unconfirmed) {
        List<Mention> out = new ArrayList<>();
        for (var it = unconfirmed.entrySet().iterator(); it.hasNext(); ) {
            var u = it.next();
            int start = (int) (u.getKey() >>> 32);
            int end = (int) (long) u.getKey();
            if (OUTLET.equals(u.getValue().category()) && Credits.credited(ctx.text(), start, end)) {
                out.add(new CompanyMention(ctx.span(start, end), u.getValue().company().name(),
                        Optional.of(u.getValue().company())));
                it.remove();
            }
        }
        return out;
    }

    /** The name a candidate reports: the full name it repeats ({@code core:}, {@code repeat:}) or its text. */
    private static String name(CompanyCandidate c) {
        String e = c.evidence();
        return e.startsWith("core:") ? e.substring("core:".length())
                : e.startsWith("repeat:") ? e.substring("repeat:".length()) : c.name();
    }

    /**
     * The one known name the candidate holds across its ending ({@link OpenCompanyFinder#straddlesEnding}),
     * when nothing else the candidate overlaps is taken; else null.
     */
    private static Mention straddling(OpenCompanyFinder finder, String text, CompanyCandidate c,
                                      TreeMap<Integer, Integer> taken, List<Mention> out, Map<Integer, Integer> companyAt) {
        Map.Entry<Integer, Integer> before = taken.lowerEntry(c.start());
        Map.Entry<Integer, Integer> e = taken.ceilingEntry(c.start());
        if (before != null && before.getValue() > c.start() || e == null || e.getKey() >= c.end()) {
            return null;
        }
        Map.Entry<Integer, Integer> next = taken.higherEntry(e.getKey());
        if (next != null && next.getKey() < c.end()) {
            return null; // a second taken span inside
        }
        Integer i = companyAt.get(e.getKey());
        Mention m = i == null ? null : out.get(i);
        return m != null && m.span().end() == e.getValue() && finder.straddlesEnding(text, c, e.getKey(), e.getValue())
                ? m : null;
    }

    /**
     * The known companies a full legal name, or a short form of one, holds after the start of
     * its core ({@code 智元} in {@code 北京望舒智元科技有限公司} and in {@code 望舒智元}), when they are
     * all it overlaps: the longer name is the company there. Empty when the candidate is no legal
     * name, overlaps anything else, or a known name opens its core ({@code 北京字节跳动科技有限公司}).
     */
    private static List<Mention> innerNames(OpenCompanyFinder finder, String text, CompanyCandidate c,
                                            TreeMap<Integer, Integer> taken, List<Mention> out,
                                            Map<Integer, Integer> companyAt) {
        if (!finder.legalName(text, c) || !overlaps(taken, c.start(), c.end())) {
            return List.of();
        }
        Map.Entry<Integer, Integer> before = taken.lowerEntry(c.start());
        if (before != null && before.getValue() > c.start()) {
            return List.of();
        }
        int core = finder.coreStart(text, c.start(), c.end());
        List<Mention> inner = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : taken.subMap(c.start(), true, c.end(), false).entrySet()) {
            Integer i = companyAt.get(e.getKey());
            Mention m = i == null ? null : out.get(i);
            if (e.getKey() <= core || e.getValue() > c.end() || m == null || m.span().end() != e.getValue()
                    || !(m instanceof CompanyMention known && known.linked())) {
                return List.of();
            }
            inner.add(m);
        }
        return inner;
    }

    private static boolean isArm(OpenCompanyFinder finder, String text, Mention m, CompanyCandidate c) {
        return m instanceof CompanyMention known && known.linked() && m.span().end() < c.end()
                && finder.armAfter(text, m.span().end(), c.end(), c.evidence().startsWith("role:"));
    }

    /** Whether a candidate is a business unit of the known company it starts with ({@code 吉宝} + {@code 数据中心}). */
    private static boolean isUnit(Mention m, CompanyCandidate c) {
        return c.evidence().startsWith("unit:") && m instanceof CompanyMention known && known.linked()
                && m.span().end() < c.end();
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
