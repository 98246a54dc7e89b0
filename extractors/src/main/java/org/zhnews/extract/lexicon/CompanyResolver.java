package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.text.match.Match;
import org.zhnews.text.sentence.SentenceMarks;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The company side of the {@link Arbiter}: which company-name hits name the company where they
 * stand. A name that is also a common word, number or unit ({@code 苹果}, {@code 360},
 * {@code 字节}) needs evidence: a cue word next to it ({@link ContextCues}), a product of the
 * company right after it ({@code 360智脑}), the same company named unambiguously elsewhere in
 * the document, a listing mark after it ({@code 快手-W}, {@code 寒武纪(SH688256)}, {@link StockCodes}),
 * or a list with another company ({@code 苹果、谷歌}); a negative cue
 * ({@code 苹果汁}, {@code 亚马逊雨林}) rejects any name. Immutable and thread-safe.
 */
final class CompanyResolver {

    /** Longest name looked back over when asking what covers a position. */
    private static final int MAX_NAME = 64;
    private static final String LIST_SEPARATORS = "、,，和与及跟同或/";

    /** One company-name hit under decision; {@code reason} is null while undecided. */
    static final class Candidate {
        final int start;
        final int end;
        final CompanyEntry entry;
        final boolean contextOnly;
        boolean accepted;
        Reason reason;

        private Candidate(int start, int end, CompanyEntry entry, boolean contextOnly) {
            this.start = start;
            this.end = end;
            this.entry = entry;
            this.contextOnly = contextOnly;
        }

        /** The entry of the first surface that names it without context, else of the first surface. */
        static Candidate of(Match<CompanySurface> hit) {
            for (CompanySurface s : hit.values()) {
                if (!s.contextOnly()) {
                    return new Candidate(hit.start(), hit.end(), s.entry(), false);
                }
            }
            return new Candidate(hit.start(), hit.end(), hit.values().get(0).entry(), true);
        }

        private void decide(boolean accept, Reason why) {
            accepted = accept;
            reason = why;
        }

        private boolean rejected() {
            return reason != null && !accepted;
        }
    }

    private final KnowledgeBase kb;
    private final ContextCues cues;

    CompanyResolver(KnowledgeBase kb, ContextCues cues) {
        this.kb = kb;
        this.cues = cues;
    }

    /**
     * Decides every candidate (in text order): afterwards each is accepted or not, with its
     * reason. {@code models} are all model-name hits of the text, for products that follow.
     */
    void resolve(ExtractionContext ctx, List<Candidate> candidates, List<Match<ModelSurface>> models) {
        String text = ctx.text();
        Set<String> confirmed = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.contextOnly) {
                continue;
            }
            if (cues.negativeForSurface(text, c.start, c.end, text.substring(c.start, c.end))) {
                c.decide(false, Reason.NEGATIVE_CUE);
            } else {
                c.decide(true, Reason.UNAMBIGUOUS_NAME);
                confirmed.add(c.entry.id());
            }
        }
        List<Candidate> undecided = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.contextOnly) {
                continue;
            }
            String surface = text.substring(c.start, c.end);
            if (cues.negative(ctx, c.start, c.end, surface)) {
                c.decide(false, Reason.NEGATIVE_CUE);
            } else if (cues.positive(ctx, c.start, c.end, surface) || StockCodes.after(text, c.end)) {
                c.decide(true, Reason.CONTEXT_CUE);
                confirmed.add(c.entry.id());
            } else if (productFollows(c, models)) {
                c.decide(true, Reason.PRODUCT_FOLLOWS);
                confirmed.add(c.entry.id());
            } else {
                undecided.add(c);
            }
        }
        for (Candidate c : undecided) {
            if (confirmed.contains(c.entry.id())) {
                c.decide(true, Reason.NAMED_ELSEWHERE);
            }
        }
        resolveLists(text, candidates);
        resolveNameLists(text, candidates);
        resolveClauses(text, candidates);
        resolveLists(text, candidates); // 苹果、小米分列三至四位: 苹果 opened its clause beside 华为
        for (Candidate c : candidates) {
            if (c.reason == null) {
                c.decide(false, Reason.NO_EVIDENCE);
            }
        }
    }

    /** Accepts undecided names that stand in a list with an accepted company, until nothing changes. */
    private static void resolveLists(String text, List<Candidate> candidates) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.reason != null) {
                    continue;
                }
                if ((i > 0 && listed(text, candidates.get(i - 1), c))
                        || (i + 1 < candidates.size() && listed(text, c, candidates.get(i + 1)))) {
                    c.decide(true, Reason.LISTED_WITH_COMPANY);
                    changed = true;
                }
            }
        }
    }

    /** Accepts the undecided names of a list of three or more company names of which none is rejected. */
    private static void resolveNameLists(String text, List<Candidate> candidates) {
        int first = 0;
        for (int i = 1; i <= candidates.size(); i++) {
            boolean chained = i < candidates.size()
                    && separated(text, candidates.get(i - 1).end, candidates.get(i).start);
            if (chained) {
                continue;
            }
            if (i - first >= 3 && candidates.subList(first, i).stream().noneMatch(Candidate::rejected)) {
                for (Candidate c : candidates.subList(first, i)) {
                    if (c.reason == null) {
                        c.decide(true, Reason.LISTED_WITH_NAMES);
                    }
                }
            }
            first = i;
        }
    }

    /**
     * Accepts an undecided name that opens a clause ({@code 小米重回前列}) when another clause of
     * its sentence opens with an accepted company of another entity ({@code 华为紧随其后}).
     */
    private static void resolveClauses(String text, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.reason != null || !opensClause(text, c.start)) {
                continue;
            }
            for (Candidate o : candidates) {
                if (o.accepted && o.entry != c.entry && opensClause(text, o.start) && sameSentence(text, c, o)) {
                    c.decide(true, Reason.CLAUSE_BESIDE_COMPANY);
                    break;
                }
            }
        }
    }

    private static boolean opensClause(String text, int start) {
        return start == 0 || SentenceMarks.isClauseEnd(text.charAt(start - 1)) && text.charAt(start - 1) != '、';
    }

    private static boolean sameSentence(String text, Candidate a, Candidate b) {
        int from = Math.min(a.end, b.end);
        int to = Math.max(a.start, b.start);
        if (to - from > MAX_NAME * 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (SentenceMarks.isSentenceEnd(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} and {@code b} stand in a list, one of them an accepted company. */
    private static boolean listed(String text, Candidate a, Candidate b) {
        if (!(a.accepted || b.accepted) || a.rejected() || b.rejected()) {
            return false;
        }
        return separated(text, a.end, b.start);
    }

    /** Whether {@code [end, start)} is one list separator ({@code 、}, {@code 和}, {@code 以及}...). */
    static boolean separated(String text, int end, int start) {
        int gap = start - end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        if (text.startsWith("以及", end)) {
            return gap == 2;
        }
        return gap == 1 && LIST_SEPARATORS.indexOf(text.charAt(end)) >= 0;
    }

    /** {@code 360智脑}: a model or product of this company starts where the name ends, or covers it. */
    private boolean productFollows(Candidate c, List<Match<ModelSurface>> models) {
        for (int i = Match.firstAtOrAfter(models, c.start - MAX_NAME); i < models.size() && models.get(i).start() <= c.end; i++) {
            Match<ModelSurface> m = models.get(i);
            boolean adjacentOrCovering = m.start() == c.end || (m.start() <= c.start && m.end() > c.end);
            if (adjacentOrCovering && m.values().stream().anyMatch(v -> !v.needsContext() && ownedBy(v, c.entry.id()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the vendor of {@code model} is the company {@code id}, a parent or a subsidiary of it. */
    boolean ownedBy(ModelSurface model, String id) {
        return model.family().vendor().map(vendor -> kb.isWithin(vendor, id) || kb.isWithin(id, vendor)).orElse(false);
    }
}
