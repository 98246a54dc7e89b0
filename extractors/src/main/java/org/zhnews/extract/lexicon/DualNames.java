package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.sentence.SentenceMarks;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.offset.TextRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
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
 * of its own or a model word after {@code 的} ({@code DeepSeek的下一代R2}, {@code 采用MiniMax的语音模型},
 * before any verb) or a list with a company
 * ({@code 智谱、MiniMax和商汤}) make it the company. With none of those, a sentence that names two
 * or more other vendors' models and no company on its own makes it the model
 * ({@link Reason#AMONG_MODELS}: {@code 豆包以1.72亿月活居首，DeepSeek以1.45亿紧随其后}); a list
 * neighbour is read past a short bracketed aside ({@code DeepSeek（31%）、Copilot}).
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

    /** How long a bracketed aside after a listed name may be ({@code （31%）}), in chars. */
    private static final int ASIDE_REACH = 12;

    /**
     * The reading of one shared name: {@link Reading#MODEL} with its reason, or
     * {@link Reading#COMPANY}: left to the company rules, with the reason to report when they
     * accept a name that needs no context.
     */
    record Outcome(Reading reading, Reason reason) {
    }

    /** A model candidate whose span is also a company name: its longest company hit (null if none) and outcome. */
    record Shared(ModelNameReader.Candidate model, Match<CompanySurface> company, Outcome outcome) {
    }

    /** A model candidate and the longest company hit on its span (null if none), before their outcome. */
    private record Pair(ModelNameReader.Candidate model, Match<CompanySurface> company) {
    }

    /** The names of one text that a shared name may stand in a list with. */
    private record Neighbours(List<ModelNameReader.Candidate> models, List<Match<CompanySurface>> companies,
                              Set<Object> shared) {
    }

    private final ReadingCues cues;
    private final CompanyResolver companies;

    DualNames(ReadingCues cues, CompanyResolver companies) {
        this.cues = cues;
        this.companies = companies;
    }

    /**
     * The outcome of every model candidate (in text order) whose span is also a company name:
     * a longest company hit of {@code companyLongest} (in text order), or any unambiguous one
     * of {@code names}. Candidates not listed are models alone.
     */
    List<Shared> decide(ExtractionContext ctx, List<ModelNameReader.Candidate> models, List<Match<CompanySurface>> companyLongest,
                        CompanyNames names, List<Match<ModelSurface>> modelHits) {
        String text = ctx.text();
        List<Pair> shared = new ArrayList<>();
        Set<Object> sharedItems = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ModelNameReader.Candidate c : models) {
            int start = c.hit().start();
            int end = c.hit().end();
            int i = Match.firstAtOrAfter(companyLongest, start);
            Match<CompanySurface> company = i < companyLongest.size() && companyLongest.get(i).start() == start
                    && companyLongest.get(i).end() == end ? companyLongest.get(i) : null;
            if (company != null || names.equals(start, end)) {
                shared.add(new Pair(c, company));
                sharedItems.add(c);
                if (company != null) {
                    sharedItems.add(company);
                }
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        Neighbours neighbours = new Neighbours(models, companyLongest, sharedItems);
        List<Reason> local = new ArrayList<>(shared.size());
        Map<String, Set<Reading>> strong = new HashMap<>();
        for (Pair s : shared) {
            Reason r = evidence(text, s.model(), s.company(), modelHits, neighbours).orElse(null);
            if (r == null && amongModels(ctx, s.model(), neighbours)) {
                r = Reason.AMONG_MODELS;
            }
            local.add(r);
            if (r != null && r != Reason.VERSION_FOLLOWS) {
                strong.computeIfAbsent(s.model().chosen().family().id(), k -> EnumSet.noneOf(Reading.class)).add(readingOf(r));
            }
        }
        List<Shared> out = new ArrayList<>(shared.size());
        for (int k = 0; k < shared.size(); k++) {
            Pair s = shared.get(k);
            Reason r = local.get(k);
            Set<Reading> elsewhere = strong.getOrDefault(s.model().chosen().family().id(), Set.of());
            Outcome o = r != null ? new Outcome(readingOf(r), r)
                    : elsewhere.size() == 1 ? new Outcome(elsewhere.iterator().next(), Reason.SAME_READING_IN_DOCUMENT)
                    : new Outcome(Reading.COMPANY, Reason.COMPANY_BY_DEFAULT);
            out.add(new Shared(s.model(), s.company(), o));
        }
        return out;
    }

    private static Reading readingOf(Reason r) {
        return ReadingCues.modelReason(r) ? Reading.MODEL : Reading.COMPANY;
    }

    private Optional<Reason> evidence(String text, ModelNameReader.Candidate c, Match<CompanySurface> company,
                                      List<Match<ModelSurface>> modelHits, Neighbours neighbours) {
        int start = c.hit().start();
        int end = c.hit().end();
        if (c.versionFollows()) {
            return Optional.of(Reason.VERSION_FOLLOWS);
        }
        if (company != null && modelWordAfterPossessive(text, end)) {
            return Optional.of(Reason.PRODUCT_FOLLOWS);
        }
        Optional<Reason> cue = cues.around(text, start, end);
        if (cue.isPresent()) {
            return cue;
        }
        if (company != null && ownModelAfter(text, end, company, modelHits)) {
            return Optional.of(Reason.PRODUCT_FOLLOWS);
        }
        Reading neighbour = listNeighbour(text, start, end, neighbours);
        if (neighbour != null) {
            return Optional.of(neighbour == Reading.MODEL ? Reason.LISTED_WITH_MODEL : Reason.LISTED_WITH_COMPANY);
        }
        return Optional.empty();
    }

    /**
     * {@code 采用MiniMax的语音模型}: {@code 的}, up to {@value #OWN_MODEL_GAP} Han characters and
     * 模型 right after the name: the company whose model it is, whatever verb stands before it.
     */
    private static boolean modelWordAfterPossessive(String text, int end) {
        int from = afterPossessive(text, end);
        if (from < 0) {
            return false;
        }
        for (int k = from; k <= from + OWN_MODEL_GAP && k < text.length(); k++) {
            if (text.startsWith("模型", k)) {
                return true;
            }
            if (!CharClass.isHan(text.charAt(k))) {
                return false;
            }
        }
        return false;
    }

    /** Where the text goes on after the name ending at {@code end}, spaces and then 的; -1 without 的. */
    private static int afterPossessive(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("的", i) ? i + 1 : -1;
    }

    /** {@code DeepSeek的下一代R2}: after {@code 的} and a few characters, a model of this company. */
    private boolean ownModelAfter(String text, int end, Match<CompanySurface> company, List<Match<ModelSurface>> modelHits) {
        int from = afterPossessive(text, end);
        if (from < 0) {
            return false;
        }
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

    /**
     * {@code 豆包以1.72亿月活居首，DeepSeek以1.45亿紧随其后}: the sentence around the name names two
     * or more models of other vendors, and no company stands on its own in it (a company right
     * before its model, {@code 字节跳动的豆包}, {@code Google Gemini}, is the model's vendor).
     */
    private static boolean amongModels(ExtractionContext ctx, ModelNameReader.Candidate c, Neighbours n) {
        TextRange w = JoinedSentences.window(ctx, c.hit().start(), c.end());
        List<ModelNameReader.Candidate> models = n.models();
        int from = firstAtLeast(models.size(), k -> models.get(k).hit().start(), w.start());
        int to = firstAtLeast(models.size(), k -> models.get(k).hit().start(), w.end());
        List<ModelNameReader.Candidate> inSentence = models.subList(from, to); // the sentence's models, in text order
        Optional<String> vendor = c.chosen().family().vendor();
        int others = 0;
        for (ModelNameReader.Candidate m : inSentence) {
            if (m.end() <= w.end() && !n.shared().contains(m) && !m.chosen().family().vendor().equals(vendor)) {
                others++;
            }
        }
        if (others < 2) {
            return false;
        }
        String text = ctx.text();
        for (int k = Match.firstAtOrAfter(n.companies(), w.start()); k < n.companies().size()
                && n.companies().get(k).start() < w.end(); k++) {
            Match<CompanySurface> co = n.companies().get(k);
            if (plainCompany(n, co) && !vendorBeforeModel(text, co, inSentence) && !citedAsSource(text, co, w.start())) {
                return false;
            }
        }
        return true;
    }

    /** Most chars between 据 and the source it cites ({@code 据机构易观千帆}). */
    private static final int SOURCE_REACH = 4;

    /** {@code 据机构易观千帆发布的榜单}: a company the sentence cites for its figures, not one it is about. */
    private static boolean citedAsSource(String text, Match<CompanySurface> co, int sentenceStart) {
        int from = Math.max(sentenceStart, co.start() - SOURCE_REACH - 1);
        return text.lastIndexOf('据', co.start() - 1) >= from;
    }

    /** Words between a vendor and its model: {@code 字节跳动旗下豆包}, {@code 字节跳动推出的豆包}, {@code 腾讯的元宝}. */
    private static final List<String> VENDOR_LINKS = List.of("旗下的", "旗下", "推出的", "开发的", "发布的", "的");

    /**
     * A company name inside a model's name, right before one, or before {@code 的} or {@code 旗下}
     * and one, among {@code models} (those of its sentence).
     */
    private static boolean vendorBeforeModel(String text, Match<CompanySurface> co, List<ModelNameReader.Candidate> models) {
        int next = co.end();
        for (String link : VENDOR_LINKS) {
            if (text.startsWith(link, co.end())) {
                next = co.end() + link.length();
                break;
            }
        }
        for (ModelNameReader.Candidate m : models) {
            int s = m.hit().start();
            if (s == co.end() || s == next || (s <= co.start() && m.end() >= co.end())) {
                return true;
            }
        }
        return false;
    }

    /** The reading of a name not shared standing in a list right before or after {@code [start, end)}, or null. */
    private static Reading listNeighbour(String text, int start, int end, Neighbours n) {
        end = afterAside(text, end);
        for (int gap = 1; gap <= 2; gap++) {
            int at = start - gap;
            if (at >= 0 && CompanyResolver.separated(text, at, start)) {
                Reading r = endingAt(n, at);
                if (r != null) {
                    return r;
                }
            }
        }
        for (int gap = 1; gap <= 2; gap++) {
            int at = end + gap;
            if (at <= text.length() && CompanyResolver.separated(text, end, at)) {
                Reading r = startingAt(n, at);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A model, else an unambiguous company, not shared, that ends at {@code pos}. Both lists end in increasing order. */
    private static Reading endingAt(Neighbours n, int pos) {
        int m = firstAtLeast(n.models().size(), k -> n.models().get(k).end(), pos);
        if (m < n.models().size() && n.models().get(m).end() == pos && !n.shared().contains(n.models().get(m))) {
            return Reading.MODEL;
        }
        int c = firstAtLeast(n.companies().size(), k -> n.companies().get(k).end(), pos);
        return c < n.companies().size() && n.companies().get(c).end() == pos && plainCompany(n, n.companies().get(c))
                ? Reading.COMPANY : null;
    }

    /** A model, else an unambiguous company, not shared, that starts at {@code pos}. */
    private static Reading startingAt(Neighbours n, int pos) {
        int m = firstAtLeast(n.models().size(), k -> n.models().get(k).hit().start(), pos);
        if (m < n.models().size() && n.models().get(m).hit().start() == pos && !n.shared().contains(n.models().get(m))) {
            return Reading.MODEL;
        }
        int c = Match.firstAtOrAfter(n.companies(), pos);
        return c < n.companies().size() && n.companies().get(c).start() == pos && plainCompany(n, n.companies().get(c))
                ? Reading.COMPANY : null;
    }

    /** {@code DeepSeek（31%）、}: past a short bracketed aside right after a name, else {@code end}. */
    private static int afterAside(String text, int end) {
        if (end >= text.length() || (text.charAt(end) != '（' && text.charAt(end) != '(')) {
            return end;
        }
        for (int k = end + 1; k < text.length() && k <= end + ASIDE_REACH; k++) {
            char ch = text.charAt(k);
            if (ch == '）' || ch == ')') {
                return k + 1;
            }
            if (SentenceMarks.isClauseEnd(ch)) {
                break;
            }
        }
        return end;
    }

    private static boolean plainCompany(Neighbours n, Match<CompanySurface> hit) {
        return !n.shared().contains(hit) && hit.values().stream().anyMatch(v -> !v.contextOnly());
    }

    /** The first index {@code k < size} whose (increasing) {@code value} is at least {@code pos}, else {@code size}. */
    private static int firstAtLeast(int size, java.util.function.IntUnaryOperator value, int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value.applyAsInt(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
