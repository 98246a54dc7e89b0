package org.zhnews.extract.company;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds companies: every surface of the {@link KnowledgeBase} (longest match, Latin word
 * boundaries, any case unless a name is case-sensitive), linked to its canonical entity, plus,
 * when enabled, companies the knowledge base does not know (unlinked, no id).
 *
 * <p>A name that is also a common word, number or unit ({@code 苹果}, {@code 小米}, {@code 360},
 * {@code 字节}, {@code 火山}) counts only with evidence: a cue word next to it (resource
 * {@code context-cues.tsv}), the same company named unambiguously elsewhere in the document, a
 * product of the company right after it ({@code 360智脑}), or a list with another company
 * ({@code 苹果、谷歌}); and never next to a negative cue ({@code 1024字节}, {@code 苹果汁}).
 * A name that is also a model family is left to the model extractor where a version or
 * {@code 模型} follows it ({@code DeepSeek-R1}). Products and apps ({@code 微信}) are not
 * companies unless {@link Builder#products(boolean)} asks for them, nor are universities and
 * institutes unless {@link Builder#institutions(boolean)} does.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class CompanyExtractor implements Extractor {

    /** Longest name looked back over when asking what covers a position. */
    private static final int MAX_NAME = 64;
    /** Category of the knowledge-base entries that are products or apps of a company (微信, 淘宝). */
    public static final String PRODUCT = "product";
    /** Categories of knowledge-base entries that are organisations but not companies. */
    public static final Set<String> INSTITUTION_CATEGORIES = Set.of("university", "institute");
    private static final String LIST_SEPARATORS = "、,，和与及跟同或/";

    private final KnowledgeBase kb;
    private final ContextCues cues;
    private final UnknownCompanyFinder unknown;
    private final boolean products;
    private final boolean institutions;

    private CompanyExtractor(Builder b) {
        this.kb = b.kb == null ? KnowledgeBase.standard() : b.kb;
        this.cues = ContextCues.standard();
        this.unknown = b.unknownCompanies ? UnknownCompanyFinder.standard() : null;
        this.products = b.products;
        this.institutions = b.institutions;
    }

    /** The extractor over the bundled knowledge base. */
    public static CompanyExtractor standard() {
        return builder().build();
    }

    /** A builder; defaults: the bundled knowledge base, unknown companies off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The knowledge base it links to. */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public String name() {
        return "companies";
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(CompanyMention.class);
    }

    @Override
    public List<Mention> extract(ExtractionContext ctx) {
        String text = ctx.text();
        List<Match<CompanySurface>> hits = kb.companyMatcher().findLongest(text);
        List<Match<ModelSurface>> models = kb.modelMatcher().findAll(text);
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (Match<CompanySurface> hit : hits) {
            Candidate c = Candidate.of(hit);
            if (leftToModels(text, c, models)) {
                continue;
            }
            candidates.add(c);
        }
        resolveContextOnly(text, candidates, models);
        List<Mention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.accepted && reported(c.entry.category())) {
                CompanyEntry e = c.entry;
                out.add(new CompanyMention(ctx.span(c.start, c.end), e.company().name(), Optional.of(e.company())));
            }
        }
        if (unknown != null) {
            addUnknown(ctx, hits, models, out);
        }
        return out;
    }

    private boolean reported(String category) {
        if (PRODUCT.equals(category)) {
            return products;
        }
        if (INSTITUTION_CATEGORIES.contains(category)) {
            return institutions;
        }
        return true;
    }

    /** Companies the knowledge base does not know, where they touch no known company or model name. */
    private void addUnknown(ExtractionContext ctx, List<Match<CompanySurface>> hits,
                            List<Match<ModelSurface>> models, List<Mention> out) {
        List<CompanyCandidate> found = unknown.find(ctx.text());
        if (found.isEmpty()) {
            return;
        }
        for (CompanyCandidate c : found) {
            if (!confident(c)) {
                continue;
            }
            if (!overlapsAny(hits, c.start(), c.end()) && !overlapsAny(models, c.start(), c.end())) {
                out.add(new CompanyMention(ctx.span(c.start(), c.end()), c.name(), Optional.empty()));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
    }

    /**
     * Whether a candidate is sure enough for news text: HanLP recognised it as an organisation
     * and a legal-form suffix closes it, or a Latin legal form does ({@code Inc.}, {@code Ltd.}).
     * Sector words alone ({@code 前沿科技}, {@code On-Device AI}) are too often descriptions.
     */
    static boolean confident(CompanyCandidate c) {
        String e = c.evidence();
        if (e.startsWith("latin:")) {
            return LATIN_LEGAL.contains(e.substring("latin:".length()));
        }
        return e.startsWith("hanlp:nt+") && LEGAL_ENDINGS.stream().anyMatch(c.name()::endsWith);
    }

    private static final Set<String> LATIN_LEGAL = Set.of(
            "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Ltd.", "Ltd", "Limited", "LLC", "PLC", "GmbH");
    private static final List<String> LEGAL_ENDINGS = List.of(
            "有限公司", "有限責任公司", "有限责任公司", "股份公司", "集团", "集團", "控股", "银行", "銀行", "证券", "證券");

    private static boolean overlapsAny(List<? extends Match<?>> sorted, int start, int end) {
        for (int i = Match.firstAtOrAfter(sorted, start - MAX_NAME); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    private void resolveContextOnly(String text, List<Candidate> candidates, List<Match<ModelSurface>> models) {
        Set<String> confirmed = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.contextOnly) {
                if (cues.negativeForSurface(text, c.start, c.end, text.substring(c.start, c.end))) {
                    c.rejected = true;
                } else {
                    c.accepted = true;
                    confirmed.add(c.entry.id());
                }
            }
        }
        List<Candidate> undecided = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.contextOnly) {
                continue;
            }
            String surface = text.substring(c.start, c.end);
            if (cues.negative(text, c.start, c.end, surface)) {
                c.rejected = true;
            } else if (cues.positive(text, c.start, c.end, surface) || productFollows(c, models)) {
                c.accepted = true;
                confirmed.add(c.entry.id());
            } else {
                undecided.add(c);
            }
        }
        for (Candidate c : undecided) {
            if (confirmed.contains(c.entry.id())) {
                c.accepted = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.accepted || c.rejected) {
                    continue;
                }
                if ((i > 0 && listed(text, candidates.get(i - 1), c))
                        || (i + 1 < candidates.size() && listed(text, c, candidates.get(i + 1)))) {
                    c.accepted = true;
                    changed = true;
                }
            }
        }
    }

    /** Whether {@code a} and {@code b} stand in a list, one of them an accepted company. */
    private static boolean listed(String text, Candidate a, Candidate b) {
        if (!(a.accepted || b.accepted) || a.rejected || b.rejected) {
            return false;
        }
        int gap = b.start - a.end;
        if (gap < 1 || gap > 2) {
            return false;
        }
        String between = text.substring(a.end, b.start);
        if (between.equals("以及")) {
            return true;
        }
        return gap == 1 && LIST_SEPARATORS.indexOf(between.charAt(0)) >= 0;
    }

    /** {@code 360智脑}: a model or product of this company starts where the name ends, or covers it. */
    private boolean productFollows(Candidate c, List<Match<ModelSurface>> models) {
        for (int i = Match.firstAtOrAfter(models, c.start - MAX_NAME); i < models.size() && models.get(i).start() <= c.end; i++) {
            Match<ModelSurface> m = models.get(i);
            boolean adjacentOrCovering = m.start() == c.end || (m.start() <= c.start && m.end() > c.end);
            if (adjacentOrCovering && m.values().stream().anyMatch(v -> !v.needsContext()
                    && v.family().vendor().map(vendor -> kb.isWithin(vendor, c.entry.id())
                    || kb.isWithin(c.entry.id(), vendor)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name that is also a model family names the model here: the same span is a
     * model surface and a version or 模型 follows.
     */
    private static boolean leftToModels(String text, Candidate c, List<Match<ModelSurface>> models) {
        boolean sameSpan = false;
        for (int i = Match.firstAtOrAfter(models, c.start); i < models.size() && models.get(i).start() == c.start; i++) {
            Match<ModelSurface> m = models.get(i);
            if (m.end() == c.end && m.values().stream().anyMatch(v -> !v.needsContext())) {
                sameSpan = true;
                break;
            }
        }
        if (!sameSpan) {
            return false;
        }
        int i = c.end;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == ' ' || text.charAt(i) == '_')) {
            i++;
        }
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            return true;
        }
        if (i + 1 < text.length() && Character.isLetter(text.charAt(i)) && text.charAt(i) < 128
                && Character.isDigit(text.charAt(i + 1))) {
            return true;
        }
        return modelWordAhead(text, c.end);
    }

    /** {@code 模型} right after the name, or closing a short list it heads ({@code DeepSeek等开源大模型}). */
    private static boolean modelWordAhead(String text, int end) {
        if (text.startsWith("模型", end) || text.startsWith("大模型", end)) {
            return true;
        }
        if (!text.startsWith("等", end)) {
            return false;
        }
        int limit = Math.min(text.length(), end + 10);
        for (int i = end + 1; i < limit; i++) {
            char ch = text.charAt(i);
            if (text.startsWith("模型", i)) {
                return true;
            }
            if (ch == '，' || ch == '。' || ch == ',' || ch == '、' || ch == '；') {
                return false;
            }
        }
        return false;
    }

    /** One dictionary hit under decision. */
    private static final class Candidate {
        final int start;
        final int end;
        final CompanyEntry entry;
        final boolean contextOnly;
        boolean accepted;
        boolean rejected;

        private Candidate(int start, int end, CompanyEntry entry, boolean contextOnly) {
            this.start = start;
            this.end = end;
            this.entry = entry;
            this.contextOnly = contextOnly;
        }

        static Candidate of(Match<CompanySurface> hit) {
            for (CompanySurface s : hit.values()) {
                if (!s.contextOnly()) {
                    return new Candidate(hit.start(), hit.end(), s.entry(), false);
                }
            }
            CompanySurface first = hit.values().get(0);
            return new Candidate(hit.start(), hit.end(), first.entry(), true);
        }
    }

    /** Configures a {@link CompanyExtractor}; not thread-safe. */
    public static final class Builder {
        private KnowledgeBase kb;
        private boolean unknownCompanies;
        private boolean products;
        private boolean institutions;

        private Builder() {
        }

        /** The knowledge base to link to (default {@link KnowledgeBase#standard()}). */
        public Builder knowledgeBase(KnowledgeBase value) {
            this.kb = Objects.requireNonNull(value, "knowledgeBase");
            return this;
        }

        /**
         * Whether to report companies the knowledge base does not know, unlinked, found by
         * {@link UnknownCompanyFinder} (HanLP organisation recognition confirmed by suffix
         * rules; default off). Building the extractor then loads HanLP's models, and analysis
         * gets about ten times slower (HanLP's organisation recogniser dominates): switch it on
         * for text full of companies the knowledge base cannot know.
         */
        public Builder unknownCompanies(boolean value) {
            this.unknownCompanies = value;
            return this;
        }

        /**
         * Whether products and apps of the knowledge base (category {@value #PRODUCT}: 微信,
         * 淘宝, 抖音) are reported as company mentions (default off: they are found, so they
         * never yield a shorter wrong match, but not reported).
         */
        public Builder products(boolean value) {
            this.products = value;
            return this;
        }

        /**
         * Whether universities and research institutes of the knowledge base are reported as
         * company mentions (default off: they are organisations, not companies).
         */
        public Builder institutions(boolean value) {
            this.institutions = value;
            return this;
        }

        /** The extractor. */
        public CompanyExtractor build() {
            return new CompanyExtractor(this);
        }
    }
}
