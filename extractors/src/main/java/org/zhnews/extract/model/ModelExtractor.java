package org.zhnews.extract.model;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.text.match.DictionaryMatcher;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelFamily;
import org.zhnews.extract.knowledge.ModelSurface;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds AI models and assistant products: every family surface of the {@link KnowledgeBase}
 * (longest match, Latin word boundaries, any case; a digit may follow a Latin name:
 * {@code Qwen3}), extended by the {@link VersionGrammar version grammar} ({@code Qwen3-235B-A22B},
 * {@code Gemini 2.5 Pro}) and linked to the vendor's company id.
 *
 * <p>Short forms ({@code R1}, {@code V3}, {@code o3}) and family names that are common words
 * ({@code Seed}) count only when the family or its vendor is named elsewhere in the document.
 * A name that is also a company name ({@code DeepSeek}, {@code MiniMax}) counts as a model only
 * with a version or a model word after it ({@code DeepSeek-R1}, {@code DeepSeek模型}).
 * A parameter count comes from a size in the name ({@code 235B}) or, when a metric extractor ran
 * before this one, from a parameters metric in the same sentence ({@code 拥有2350亿个参数}).
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class ModelExtractor implements Extractor {

    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final List<String> MODEL_WORDS = List.of(
            "大模型", "模型", "系列", "聊天机器人", "助手", "App", "APP", "app", "应用", "智能体");

    private final KnowledgeBase kb;
    private final VersionGrammar grammar;

    private ModelExtractor(Builder b) {
        this.kb = b.kb == null ? KnowledgeBase.standard() : b.kb;
        this.grammar = VersionGrammar.standard();
    }

    /** The extractor over the bundled knowledge base. */
    public static ModelExtractor standard() {
        return builder().build();
    }

    /** A builder; default: the bundled knowledge base. */
    public static Builder builder() {
        return new Builder();
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
        String text = ctx.text();
        List<Match<ModelSurface>> hits = DictionaryMatcher.longestLeftmost(kb.modelMatcher().findAll(text));
        if (hits.isEmpty()) {
            return List.of();
        }
        CompanyNames companies = new CompanyNames(kb.companyMatcher().findAll(text));
        Set<String> familiesNamed = new HashSet<>();
        for (Match<ModelSurface> hit : hits) {
            for (ModelSurface s : hit.values()) {
                if (!s.needsContext()) {
                    familiesNamed.add(s.family().id());
                }
            }
        }
        List<Found> found = new ArrayList<>();
        int covered = 0;
        for (Match<ModelSurface> hit : hits) {
            if (hit.start() < covered) {
                continue;
            }
            if (companies.coversLonger(hit.start(), hit.end())) {
                continue;
            }
            ModelSurface chosen = choose(text, hit, familiesNamed, companies);
            if (chosen == null) {
                continue;
            }
            ModelFamily family = chosen.family();
            ModelName name = readName(text, hit, chosen);
            int end = Math.max(hit.end(), name.end());
            if (companies.equals(hit.start(), hit.end()) && name.isEmpty() && !modelWordFollows(text, end)) {
                continue;
            }
            Optional<String> version = name.version();
            if (chosen.shortForm() && version.isEmpty()) {
                version = Optional.of(text.substring(hit.start(), hit.end()));
            }
            found.add(new Found(hit.start(), end, new AiModel(family.family(), version, name.variant(),
                    family.vendor()), name.parameters()));
            covered = end;
        }
        attachParameters(ctx, text, found);
        List<Mention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new ModelMention(ctx.span(f.start, f.end), f.model, f.parameters));
        }
        return out;
    }

    private ModelName readName(String text, Match<ModelSurface> hit, ModelSurface chosen) {
        if (!chosen.shortForm()) {
            return grammar.read(text, hit.end());
        }
        String surface = text.substring(hit.start(), hit.end());
        String family = chosen.family().family();
        int from = hit.start();
        if (surface.length() > family.length()
                && surface.toLowerCase(Locale.ROOT).startsWith(family.toLowerCase(Locale.ROOT))) {
            from += family.length();
        }
        ModelName name = grammar.read(text, from);
        return name.end() >= hit.end() ? name : new ModelName(hit.end(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The family a hit stands for. A short form ({@code R1}) needs its family or vendor named
     * somewhere in the document; a common-word name ({@code 如影}, {@code Seed}) needs its
     * vendor in the same sentence, its family named unambiguously elsewhere, or a model word
     * right after it.
     */
    private ModelSurface choose(String text, Match<ModelSurface> hit, Set<String> familiesNamed,
                                CompanyNames companies) {
        for (ModelSurface s : hit.values()) {
            if (!s.needsContext()) {
                return s;
            }
        }
        for (ModelSurface s : hit.values()) {
            ModelFamily f = s.family();
            if (familiesNamed.contains(f.id())) {
                return s;
            }
            if (s.shortForm() ? vendorNamed(f, companies.all())
                    : modelWordFollows(text, hit.end()) || vendorNamed(f,
                    companies.within(sentenceStart(text, hit.start()), sentenceEnd(text, hit.end())))) {
                return s;
            }
        }
        return null;
    }

    /** Whether the vendor of {@code f} (or a parent or subsidiary of it) is among {@code ids}. */
    private boolean vendorNamed(ModelFamily f, Set<String> ids) {
        if (f.vendor().isEmpty()) {
            return false;
        }
        String vendor = f.vendor().get();
        for (String id : ids) {
            if (kb.isWithin(id, vendor) || kb.isWithin(vendor, id)) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && SENTENCE_ENDS.indexOf(text.charAt(i - 1)) < 0 && at - i < 200) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0 && i - at < 200) {
            i++;
        }
        return i;
    }

    private static boolean modelWordFollows(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (String w : MODEL_WORDS) {
            if (text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
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
        int[] sentence = sentenceNumbers(text);
        for (MetricMention metric : metrics) {
            if (metric.unit() != MetricUnit.PARAMETERS || metric.value().isEmpty()) {
                continue;
            }
            int at = metric.span().start();
            int after = firstStartingAtOrAfter(found, at);
            Found best = null;
            if (after > 0 && sentence[found.get(after - 1).start] == sentence[at]) {
                best = found.get(after - 1);
            } else if (after < found.size() && sentence[found.get(after).start] == sentence[at]) {
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

    /** For each position of the text, the number of sentence ends before it. */
    private static int[] sentenceNumbers(String text) {
        int[] n = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            n[i] = count;
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        n[text.length()] = count;
        return n;
    }

    /** A model found, before it becomes a mention. */
    private static final class Found {
        final int start;
        final int end;
        final AiModel model;
        Optional<BigDecimal> parameters;

        Found(int start, int end, AiModel model, Optional<BigDecimal> parameters) {
            this.start = start;
            this.end = end;
            this.model = model;
            this.parameters = parameters;
        }
    }

    /** Configures a {@link ModelExtractor}; not thread-safe. */
    public static final class Builder {
        private KnowledgeBase kb;

        private Builder() {
        }

        /** The knowledge base to link to (default {@link KnowledgeBase#standard()}). */
        public Builder knowledgeBase(KnowledgeBase value) {
            this.kb = Objects.requireNonNull(value, "knowledgeBase");
            return this;
        }

        /** The extractor. */
        public ModelExtractor build() {
            return new ModelExtractor(this);
        }
    }
}
