package org.zhnews.extract.company;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.lexicon.Arbiter;
import org.zhnews.extract.lexicon.Decision;
import org.zhnews.extract.lexicon.Decisions;
import org.zhnews.extract.lexicon.Reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds companies: the spans the {@link Arbiter} reads as companies of the
 * {@link KnowledgeBase} (every surface, longest match, Latin word boundaries, any case unless a
 * name is case-sensitive), linked to the canonical entity, plus companies the knowledge base
 * does not know, found by the open-set recogniser (on by default; unlinked, with an id derived
 * from the name, {@link CompanyMention#openId}) and, when enabled, by HanLP's recogniser.
 *
 * <p>The arbiter holds the evidence rules: a name that is also a common word, number or unit
 * ({@code 苹果}, {@code 小米}, {@code 360}, {@code 字节}, {@code 火山}) counts only with a cue
 * word next to it (resource {@code lexicon/context-cues.tsv}), the same company named
 * unambiguously elsewhere in the document, a product of the company right after it
 * ({@code 360智脑}), or a list with another company ({@code 苹果、谷歌}); and never next to a
 * negative cue ({@code 1024字节}, {@code 苹果汁}), inside an amount ({@code 50亿欧元}), a number,
 * a URL, an e-mail address or a Latin word. A name that is also the name of the company's
 * model ({@code DeepSeek}) is the model where a version, a model word or a verb that takes a
 * model stands by it ({@code DeepSeek-R1}, {@code DeepSeek模型}, {@code 接入DeepSeek}), and
 * reads the same way through a document unless its context says otherwise. Products and apps
 * ({@code 微信}) are not companies unless {@link Builder#products(boolean)} asks for them, nor
 * are universities and institutes unless {@link Builder#institutions(boolean)} does.
 *
 * <p>Immutable and thread-safe; share one instance. Used with a {@link
 * org.zhnews.extract.model.ModelExtractor} over the same knowledge base in one pipeline, both
 * read the decisions of one dictionary pass per document.
 */
public final class CompanyExtractor implements Extractor {

    /** Category of the knowledge-base entries that are products or apps of a company (微信, 淘宝). */
    public static final String PRODUCT = Reading.PRODUCT_CATEGORY;
    /** Categories of knowledge-base entries that are organisations but not companies. */
    public static final Set<String> INSTITUTION_CATEGORIES = Reading.INSTITUTION_CATEGORIES;

    private final Arbiter arbiter;
    private final UnknownCompanyFinder unknown;
    private final OpenCompanyFinder open;
    private final CompoundNames compounds;
    private final boolean products;
    private final boolean institutions;

    private CompanyExtractor(Builder b) {
        this.arbiter = b.arbiter();
        this.unknown = b.unknownCompanies ? UnknownCompanyFinder.standard() : null;
        this.open = b.openCompanies ? OpenCompanyFinder.standard() : null;
        this.compounds = CompoundNames.of(arbiter.knowledgeBase());
        this.products = b.products;
        this.institutions = b.institutions;
    }

    /**
     * The extractor over the bundled knowledge base.
     *
     * @return a new extractor with the default settings
     */
    public static CompanyExtractor standard() {
        return builder().build();
    }

    /**
     * A builder; defaults: the bundled knowledge base, open-set companies on, HanLP's recogniser
     * off.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The knowledge base it links to.
     *
     * @return the knowledge base
     */
    public KnowledgeBase knowledgeBase() {
        return arbiter.knowledgeBase();
    }

    /**
     * The arbiter whose decisions it reports.
     *
     * @return the arbiter
     */
    public Arbiter arbiter() {
        return arbiter;
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
        Decisions decisions = arbiter.decide(ctx);
        List<Mention> out = new ArrayList<>();
        for (Decision d : decisions.companies()) {
            if (reported(d.reading())) {
                CompanyEntry e = d.company().orElseThrow();
                Optional<CompoundNames.Split> split = compounds.split(ctx.text().substring(d.start(), d.end()));
                int start = d.start();
                if (split.isPresent()) { // 微软Azure: 微软, then Azure
                    CompanyEntry parent = split.get().parent();
                    start += split.get().at();
                    out.add(new CompanyMention(ctx.span(d.start(), start), parent.company().name(),
                            Optional.of(parent.company())));
                }
                out.add(new CompanyMention(ctx.span(start, d.end()), e.company().name(), Optional.of(e.company())));
            }
        }
        if (open != null) {
            OpenCompanies.add(open, ctx, decisions, out);
        }
        if (unknown != null) {
            addUnknown(ctx, decisions, out);
        }
        return out;
    }

    private boolean reported(Reading reading) {
        return switch (reading) {
            case PRODUCT -> products;
            case INSTITUTION -> institutions;
            default -> true;
        };
    }

    /** Companies the knowledge base does not know, where they touch no known company or model name. */
    private void addUnknown(ExtractionContext ctx, Decisions decisions, List<Mention> out) {
        List<CompanyCandidate> found = unknown.find(ctx.text());
        if (found.isEmpty()) {
            return;
        }
        for (CompanyCandidate c : found) {
            if (confident(c) && !decisions.touchesName(c.start(), c.end()) && !overlapsAny(out, c)) {
                out.add(new CompanyMention(ctx.span(c.start(), c.end()), c.name(), Optional.empty()));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
    }

    private static boolean overlapsAny(List<Mention> out, CompanyCandidate c) {
        return out.stream().anyMatch(m -> m.span().start() < c.end() && m.span().end() > c.start());
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

    /** Configures a {@link CompanyExtractor}; not thread-safe. */
    public static final class Builder {
        private KnowledgeBase kb;
        private Arbiter arbiter;
        private boolean unknownCompanies;
        private boolean openCompanies = true;
        private boolean products;
        private boolean institutions;

        private Builder() {
        }

        /**
         * The knowledge base to link to (default {@link KnowledgeBase#standard()}, or the
         * arbiter's).
         *
         * @param value the knowledge base
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder knowledgeBase(KnowledgeBase value) {
            this.kb = Objects.requireNonNull(value, "knowledgeBase");
            return this;
        }

        /**
         * The arbiter to read decisions from; give the model extractor of the same pipeline the
         * same one (default: an arbiter of its own over the knowledge base).
         *
         * @param value the arbiter
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder arbiter(Arbiter value) {
            this.arbiter = Objects.requireNonNull(value, "arbiter");
            return this;
        }

        /**
         * Whether to report companies the knowledge base does not know, unlinked, found by
         * {@link UnknownCompanyFinder} (HanLP organisation recognition confirmed by suffix
         * rules; default off). Building the extractor then loads HanLP's models, and analysis
         * gets about ten times slower (HanLP's organisation recogniser dominates): switch it on
         * for text full of companies the knowledge base cannot know.
         *
         * @param value whether to report them
         * @return this builder
         */
        public Builder unknownCompanies(boolean value) {
            this.unknownCompanies = value;
            return this;
        }

        /**
         * Whether to report companies no list holds that the open-set recogniser finds by their
         * shape and their role in the sentence (legal forms, investor words, investor and source
         * slots, lists with known companies, Latin names ending in a legal form; default on).
         * They are unlinked, with an id derived from the name ({@link CompanyMention#openId}).
         *
         * @param value whether to report them
         * @return this builder
         */
        public Builder openCompanies(boolean value) {
            this.openCompanies = value;
            return this;
        }

        /**
         * Whether products and apps of the knowledge base (category {@value #PRODUCT}: 微信,
         * 淘宝, 抖音) are reported as company mentions (default off: they are found, so they
         * never yield a shorter wrong match, but not reported).
         *
         * @param value whether to report them
         * @return this builder
         */
        public Builder products(boolean value) {
            this.products = value;
            return this;
        }

        /**
         * Whether universities and research institutes of the knowledge base are reported as
         * company mentions (default off: they are organisations, not companies).
         *
         * @param value whether to report them
         * @return this builder
         */
        public Builder institutions(boolean value) {
            this.institutions = value;
            return this;
        }

        /**
         * The extractor.
         *
         * @return a new extractor
         * @throws IllegalArgumentException if the arbiter given reads another knowledge base than the one given
         */
        public CompanyExtractor build() {
            return new CompanyExtractor(this);
        }

        private Arbiter arbiter() {
            return Arbiter.forBuilder(arbiter, kb);
        }
    }
}
