package org.zhnews.extract.model;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelFamily;
import org.zhnews.extract.lexicon.Arbiter;
import org.zhnews.extract.lexicon.Decision;
import org.zhnews.extract.lexicon.ModelReading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds AI models and assistant products: the spans the {@link Arbiter} reads as models (every
 * family surface of the {@link KnowledgeBase}, longest match, Latin word boundaries, any case;
 * a digit may follow a Latin name: {@code Qwen3}), with the version and variant written after
 * the family name ({@code Qwen3-235B-A22B}, {@code Gemini 2.5 Pro}) and linked to the vendor's
 * company id.
 *
 * <p>The arbiter holds the evidence rules: short forms ({@code R1}, {@code V3}, {@code o3}) and
 * family names that are common words ({@code Seed}) count only when the family or its vendor is
 * named in the document; a name that is also the vendor's name ({@code DeepSeek},
 * {@code MiniMax}) counts as a model only where its context says so ({@code DeepSeek-R1},
 * {@code DeepSeek模型}, {@code 接入DeepSeek}), or the document's does.
 * A parameter count comes from a size in the name ({@code 235B}) or, when a metric extractor ran
 * before this one, from a parameters metric in the same sentence ({@code 拥有2350亿个参数}).
 *
 * <p>Immutable and thread-safe; share one instance. Used with a {@link
 * org.zhnews.extract.company.CompanyExtractor} over the same knowledge base in one pipeline,
 * both read the decisions of one dictionary pass per document.
 */
public final class ModelExtractor implements Extractor {


    private final Arbiter arbiter;
    private final FineTunes fineTunes = FineTunes.standard();

    private ModelExtractor(Builder b) {
        this.arbiter = b.arbiter();
    }

    /**
     * The extractor over the bundled knowledge base.
     *
     * @return a new extractor over {@link KnowledgeBase#standard()}
     */
    public static ModelExtractor standard() {
        return builder().build();
    }

    /**
     * A builder; default: the bundled knowledge base.
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
        return "models";
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(ModelMention.class);
    }

    @Override
    public List<Mention> extract(ExtractionContext ctx) {
        List<Decision> models = arbiter.decide(ctx).models();
        if (models.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>(models.size());
        for (Decision d : models) {
            ModelReading r = d.model().orElseThrow();
            ModelFamily family = r.surface().family();
            found.add(new Found(d.start(), d.end(), family.id(),
                    new AiModel(family.family(), r.version(), r.variant(), family.vendor()), r.parameters()));
        }
        found = joinFineTunes(ctx.text(), found);
        attachParameters(ctx, ctx.text(), found);
        List<Mention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new ModelMention(ctx.span(f.start, f.end), f.model, f.parameters));
        }
        return out;
    }

    /** Joins a model and the base it is tuned from, written with a hyphen, into one ({@link FineTunes}). Sorted by start. */
    private List<Found> joinFineTunes(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            FineTunes.Keep keep = next == null ? FineTunes.Keep.NONE
                    : fineTunes.keep(text, f.end, next.start, f.familyId, f.model.version().isPresent(),
                        next.familyId, next.model.version().isPresent());
            if (keep == FineTunes.Keep.NONE) {
                out.add(f);
                continue;
            }
            Found named = keep == FineTunes.Keep.FIRST ? f : next;
            out.add(new Found(f.start, next.end, named.familyId, named.model, named.parameters));
            i++;
        }
        return out;
    }

    /**
     * Gives each parameters metric to the nearest model before it in its sentence (else the
     * nearest after it), unless that model has a size of its own. Models are sorted by start.
     */
    private static void attachParameters(ExtractionContext ctx, String text, List<Found> found) {
        List<MetricMention> metrics = ctx.mentions(MetricMention.class);
        if (metrics.isEmpty()) {
            return;
        }
        for (MetricMention metric : metrics) {
            if (metric.unit() != MetricUnit.PARAMETERS || metric.value().isEmpty()) {
                continue;
            }
            int at = metric.span().start();
            int after = firstStartingAtOrAfter(found, at);
            Found best = null;
            if (after > 0 && sameSentence(ctx, found.get(after - 1).start, at)) {
                best = found.get(after - 1);
            } else if (after < found.size() && sameSentence(ctx, found.get(after).start, at)) {
                best = found.get(after);
            }
            if (best != null && best.parameters.isEmpty()) {
                best.parameters = metric.value();
            }
        }
    }

    private static int firstStartingAtOrAfter(List<Found> found, int at) {
        int lo = 0;
        int hi = found.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found.get(mid).start < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether two offsets stand in the same sentence of the document. */
    private static boolean sameSentence(ExtractionContext ctx, int a, int b) {
        return ctx.sentenceAt(a).index() == ctx.sentenceAt(b).index();
    }

    /** A model found, before it becomes a mention. */
    private static final class Found {
        final int start;
        final int end;
        final String familyId;
        final AiModel model;
        Optional<BigDecimal> parameters;

        Found(int start, int end, String familyId, AiModel model, Optional<BigDecimal> parameters) {
            this.start = start;
            this.end = end;
            this.familyId = familyId;
            this.model = model;
            this.parameters = parameters;
        }
    }

    /** Configures a {@link ModelExtractor}; not thread-safe. */
    public static final class Builder {
        private KnowledgeBase kb;
        private Arbiter arbiter;

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
         * The arbiter to read decisions from; give the company extractor of the same pipeline
         * the same one (default: an arbiter of its own over the knowledge base).
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
         * The extractor.
         *
         * @return a new extractor
         * @throws IllegalArgumentException if the arbiter given reads another knowledge base than the one given
         */
        public ModelExtractor build() {
            return new ModelExtractor(this);
        }

        private Arbiter arbiter() {
            return Arbiter.forBuilder(arbiter, kb);
        }
    }
}
