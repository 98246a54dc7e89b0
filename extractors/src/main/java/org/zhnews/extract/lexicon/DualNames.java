package org.zhnews.extract.lexicon;

import org.zhnews.text.sentence.SentenceMarks;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the names shared by a company and its model ({@code DeepSeek}, {@code MiniMax},
 * {@code Manus}, {@code 百川}): where such a name stands, it is one of the two, never both.
 *
 * <p>Its own context decides first: a version or variant after it ({@code DeepSeek-R1}), a model
 * word after it ({@code DeepSeek模型}, {@code MiniMax App}, {@code DeepSeek等开源大模型}), a
 * model word or a verb that takes a model before it ({@code 推理模型DeepSeek},
 * {@code 接入DeepSeek}) or a list with a model ({@code 通义千问与DeepSeek}) make it the model;
 * a company cue ({@code DeepSeek创始人}, {@code DeepSeek公司}, {@code AI公司DeepSeek}), a model
 * of its own after {@code 的} ({@code DeepSeek的下一代R2}) or a list with a company
 * ({@code 智谱、MiniMax和商汤}) make it the company.
 *
 * <p>A name that stands bare takes the reading its strong context gives it elsewhere in the
 * same document, before or after ({@link Reason#SAME_READING_IN_DOCUMENT}), when all those
 * places agree. A version alone is no such context: {@code DeepSeek-R1} names a model of
 * DeepSeek and says nothing about what a bare {@code DeepSeek} names. With no strong context, or
 * context both ways, a bare name is the company ({@link Reason#COMPANY_BY_DEFAULT}).
 * Immutable and thread-safe.
 */
final class DualNames {

    /** How many characters may stand between {@code 的} and a model of the company's own. */
    private static final int OWN_MODEL_GAP = 4;

    /**
     * The reading of one shared name: {@link Reading#MODEL} with its reason, or
     * {@link Reading#COMPANY}: left to the company rules, with the reason to report when they
     * accept a name that needs no context.
     */
    record Outcome(Reading reading, Reason reason) {
    }

    private final ReadingCues cues;
    private final CompanyResolver companies;

    DualNames(ReadingCues cues, CompanyResolver companies) {
        this.cues = cues;
        this.companies = companies;
    }

    /**
     * The outcome of every model candidate whose span is also a company name (a longest company
     * hit of {@code companyLongest}, or any unambiguous one of {@code names}); candidates not in
     * the map are models alone.
     */
    Map<ModelNameReader.Candidate, Outcome> decide(String text, List<ModelNameReader.Candidate> models,
                                                   List<Match<CompanySurface>> companyLongest,
                                                   CompanyNames names, List<Match<ModelSurface>> modelHits) {
        Map<Long, Match<CompanySurface>> companyAt = new HashMap<>();
        companyLongest.forEach(h -> companyAt.put(key(h.start(), h.end()), h));
        Map<ModelNameReader.Candidate, Match<CompanySurface>> shared = new IdentityHashMap<>();
        Map<Integer, Reading> byEnd = new HashMap<>();
        Map<Integer, Reading> byStart = new HashMap<>();
        for (ModelNameReader.Candidate c : models) {
            Match<CompanySurface> company = companyAt.get(key(c.hit().start(), c.hit().end()));
            if (company != null || names.equals(c.hit().start(), c.hit().end())) {
                shared.put(c, company);
            } else {
                byEnd.put(c.end(), Reading.MODEL);
                byStart.put(c.hit().start(), Reading.MODEL);
            }
        }
        Set<Long> sharedSpans = new HashSet<>();
        shared.keySet().forEach(c -> sharedSpans.add(key(c.hit().start(), c.hit().end())));
        for (Match<CompanySurface> h : companyLongest) {
            boolean plain = h.values().stream().anyMatch(v -> !v.contextOnly());
            if (plain && !sharedSpans.contains(key(h.start(), h.end()))) {
                byEnd.putIfAbsent(h.end(), Reading.COMPANY);
                byStart.putIfAbsent(h.start(), Reading.COMPANY);
            }
        }
        Map<ModelNameReader.Candidate, Reason> local = new IdentityHashMap<>();
        Map<String, Set<Reading>> strong = new HashMap<>();
        for (Map.Entry<ModelNameReader.Candidate, Match<CompanySurface>> e : shared.entrySet()) {
            ModelNameReader.Candidate c = e.getKey();
            Optional<Reason> why = evidence(text, c, e.getValue(), modelHits, byEnd, byStart);
            why.ifPresent(r -> {
                local.put(c, r);
                if (r != Reason.VERSION_FOLLOWS) {
                    strong.computeIfAbsent(c.chosen().family().id(), k -> EnumSet.noneOf(Reading.class)).add(readingOf(r));
                }
            });
        }
        Map<ModelNameReader.Candidate, Outcome> out = new IdentityHashMap<>();
        for (ModelNameReader.Candidate c : shared.keySet()) {
            Reason r = local.get(c);
            if (r != null) {
                out.put(c, new Outcome(readingOf(r), r));
                continue;
            }
            Set<Reading> elsewhere = strong.getOrDefault(c.chosen().family().id(), Set.of());
            out.put(c, elsewhere.size() == 1
                    ? new Outcome(elsewhere.iterator().next(), Reason.SAME_READING_IN_DOCUMENT)
                    : new Outcome(Reading.COMPANY, Reason.COMPANY_BY_DEFAULT));
        }
        return out;
    }

    private static Reading readingOf(Reason r) {
        return ReadingCues.modelReason(r) ? Reading.MODEL : Reading.COMPANY;
    }

    private Optional<Reason> evidence(String text, ModelNameReader.Candidate c, Match<CompanySurface> company,
                                      List<Match<ModelSurface>> modelHits,
                                      Map<Integer, Reading> byEnd, Map<Integer, Reading> byStart) {
        int start = c.hit().start();
        int end = c.hit().end();
        if (c.versionFollows()) {
            return Optional.of(Reason.VERSION_FOLLOWS);
        }
        Optional<Reason> cue = cues.around(text, start, end);
        if (cue.isPresent()) {
            return cue;
        }
        if (company != null && ownModelAfter(text, end, company, modelHits)) {
            return Optional.of(Reason.PRODUCT_FOLLOWS);
        }
        Reading neighbour = listNeighbour(text, start, end, byEnd, byStart);
        if (neighbour != null) {
            return Optional.of(neighbour == Reading.MODEL ? Reason.LISTED_WITH_MODEL : Reason.LISTED_WITH_COMPANY);
        }
        return Optional.empty();
    }

    /** {@code DeepSeek的下一代R2}: after {@code 的} and a few characters, a model of this company. */
    private boolean ownModelAfter(String text, int end, Match<CompanySurface> company, List<Match<ModelSurface>> modelHits) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (!text.startsWith("的", i)) {
            return false;
        }
        int from = i + 1;
        int last = Math.min(text.length() - 1, from + OWN_MODEL_GAP);
        for (int k = from; k <= last; k++) {
            if (SentenceMarks.isClauseEnd(text.charAt(k))) {
                last = k - 1;
            }
        }
        for (int m = Match.firstAtOrAfter(modelHits, from); m < modelHits.size() && modelHits.get(m).start() <= last; m++) {
            Match<ModelSurface> hit = modelHits.get(m);
            for (CompanySurface owner : company.values()) {
                if (hit.values().stream().anyMatch(v -> companies.ownedBy(v, owner.entry().id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reading of a plain name standing in a list right before or after {@code [start, end)}. */
    private static Reading listNeighbour(String text, int start, int end,
                                         Map<Integer, Reading> byEnd, Map<Integer, Reading> byStart) {
        for (int gap = 1; gap <= 2; gap++) {
            if (start - gap >= 0 && CompanyResolver.separated(text, start - gap, start) && byEnd.containsKey(start - gap)) {
                return byEnd.get(start - gap);
            }
        }
        for (int gap = 1; gap <= 2; gap++) {
            if (end + gap <= text.length() && CompanyResolver.separated(text, end, end + gap) && byStart.containsKey(end + gap)) {
                return byStart.get(end + gap);
            }
        }
        return null;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
