package org.zhnews.extract.lexicon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what every dictionary name of a document is where it stands (company, product,
 * institution, model, or a common word), with its evidence in one place, from one
 * {@link Lexicon} pass:
 * <ol>
 *   <li>no name stands inside an amount (the money and metric mentions of earlier extractors),
 *       a run of digits or numerals, a URL or host name, an e-mail address or a Latin word;</li>
 *   <li>model names: short forms and common-word families need their context
 *       ({@link ModelNameReader}); the version grammar reads what follows a family name;</li>
 *   <li>names of a company and its model ({@code DeepSeek}) are one or the other, by their
 *       context or the document's ({@link DualNames});</li>
 *   <li>models no list holds count on strong evidence only ({@link OpenModelNames}: a size suffix,
 *       a model word or an AI product noun, a list with a known model, a name read elsewhere in
 *       the document); model names that are everyday words need their AI sense
 *       ({@link ModelSenses});</li>
 *   <li>company names that are also common words need evidence ({@link CompanyResolver}).</li>
 * </ol>
 * Each {@link Decision} carries a {@link Reason}, logged at debug level.
 *
 * <p>The decisions are computed once per document and shared through
 * {@link ExtractionContext#shared}: every arbiter over the same knowledge base in one pipeline
 * (the company and the model extractor) reads the same decisions, from one pass. They are
 * computed when the first of them asks, from the mentions of the extractors before it.
 *
 * <p>Immutable and thread-safe; share one instance between the extractors of a pipeline.
 */
public final class Arbiter {

    private static final Logger LOG = LoggerFactory.getLogger(Arbiter.class);

    /** The key of a document's decisions: one set per knowledge base. */
    private record DocumentKey(KnowledgeBase kb) {
    }

    private final Lexicon lexicon;
    private final DocumentKey key;
    private final ModelNameReader models;
    private final CompanyResolver companies;
    private final DualNames dual;
    private final OpenModelNames open;

    private Arbiter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.key = new DocumentKey(lexicon.knowledgeBase());
        ReadingCues cues = ReadingCues.standard();
        KnowledgeBase kb = lexicon.knowledgeBase();
        VersionGrammar grammar = VersionGrammar.standard();
        this.models = new ModelNameReader(kb, grammar, cues, ModelSenses.standard());
        this.open = OpenModelNames.standard(grammar);
        this.companies = new CompanyResolver(kb, ContextCues.standard());
        this.dual = new DualNames(cues, companies);
    }

    /**
     * The arbiter over the names of {@code kb}, with a lexicon of its own.
     *
     * @param kb the knowledge base
     * @return a new arbiter
     * @throws NullPointerException if {@code kb} is null
     */
    public static Arbiter of(KnowledgeBase kb) {
        return new Arbiter(Lexicon.of(kb));
    }

    /**
     * The arbiter over the names of {@code lexicon}'s knowledge base, making its passes with it.
     *
     * @param lexicon the lexicon whose passes the arbiter makes
     * @return a new arbiter
     * @throws NullPointerException if {@code lexicon} is null
     */
    public static Arbiter of(Lexicon lexicon) {
        return new Arbiter(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /**
     * The arbiter an extractor builder settles on: {@code given} when set (it must read
     * {@code kb} when that is set too), else one over {@code kb}, else the standard one.
     *
     * @param given the arbiter set on the builder, or {@code null}
     * @param kb    the knowledge base set on the builder, or {@code null}
     * @return {@code given}, or a new arbiter
     * @throws IllegalArgumentException if {@code given} reads another knowledge base than {@code kb}
     */
    public static Arbiter forBuilder(Arbiter given, KnowledgeBase kb) {
        if (given == null) {
            return of(kb == null ? KnowledgeBase.standard() : kb);
        }
        if (kb != null && kb != given.knowledgeBase()) {
            throw new IllegalArgumentException("the arbiter reads another knowledge base");
        }
        return given;
    }

    /**
     * The arbiter over the bundled knowledge base.
     *
     * @return a new arbiter over {@link KnowledgeBase#standard()}
     */
    public static Arbiter standard() {
        return of(KnowledgeBase.standard());
    }

    /**
     * The lexicon that finds the names.
     *
     * @return the lexicon
     */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The knowledge base of the names.
     *
     * @return the knowledge base
     */
    public KnowledgeBase knowledgeBase() {
        return lexicon.knowledgeBase();
    }

    /**
     * The decisions on the document of {@code ctx}: computed on the first call for it, then shared.
     *
     * @param ctx the context of the document under analysis
     * @return the document's decisions, the same object for every arbiter over this knowledge base
     */
    public Decisions decide(ExtractionContext ctx) {
        return ctx.shared(key, this::compute);
    }

    /**
     * The decisions on a text alone, not normalized and without earlier mentions (so amounts are
     * known only as numbers): for tests and for looking at what the arbiter does.
     *
     * @param text the text
     * @return the decisions, in text order
     */
    public List<Decision> decisions(String text) {
        return decide(ExtractionContext.of(text)).all();
    }

    private Decisions compute(ExtractionContext ctx) {
        String text = ctx.text();
        NameHits found = lexicon.scan(text);
        NoNameZones zones = NoNameZones.of(text, amounts(ctx));
        List<Decision> out = new ArrayList<>();
        recordBlocked(text, found, zones, out);
        NameHits hits = found.without(m -> zones.reasonFor(m.start(), m.end()).isPresent());
        CompanyNames names = new CompanyNames(hits.companies());
        ModelNameReader.Result read = models.read(ctx, hits, names);
        out.addAll(read.rejected());
        List<DualNames.Shared> shared = dual.decide(ctx, read.candidates(), hits.companyLongest(), names, hits.models());
        Map<ModelNameReader.Candidate, DualNames.Shared> sharedModels = new IdentityHashMap<>();
        Map<Match<CompanySurface>, DualNames.Shared> sharedCompanies = new IdentityHashMap<>();
        for (DualNames.Shared s : shared) {
            sharedModels.put(s.model(), s);
            if (s.company() != null) {
                sharedCompanies.put(s.company(), s);
            }
        }
        for (ModelNameReader.Candidate c : read.candidates()) {
            DualNames.Shared s = sharedModels.get(c);
            if (s == null) {
                out.add(model(text, c, c.reason()));
            } else if (s.outcome().reading() == Reading.MODEL) {
                out.add(model(text, c, s.outcome().reason()));
            } else if (s.company() == null) {
                // equal to a company name that is no longest company hit: no model without evidence
                out.add(new Decision(c.hit().start(), c.hit().end(), text.substring(c.hit().start(), c.hit().end()),
                        Reading.WORD, Reason.NO_EVIDENCE, Optional.empty(), Optional.of(c.reading())));
            }
        }
        JoinedModelNames.join(out);
        List<Decision> opened = open.find(ctx, hits, read.candidates(), names, (s, e) -> zones.reasonFor(s, e).isPresent());
        if (!opened.isEmpty()) {
            out.replaceAll(d -> coveredBy(opened, d) ? new Decision(d.start(), d.end(), d.surface(), Reading.WORD,
                    Reason.COVERED_BY_LONGER_NAME, d.company(), d.model()) : d);
            out.addAll(opened);
        }
        decideCompanies(ctx, hits, sharedCompanies, opened, out);
        Decisions decisions = new Decisions(out, found);
        if (LOG.isDebugEnabled()) {
            String source = ctx.source().orElse("-");
            decisions.all().forEach(d -> LOG.debug("{}: {}", source, d));
        }
        return decisions;
    }

    /**
     * The company-name hits but those a model reading took; a shared name the company rules
     * reject goes to the model when the company name needs context, else nowhere.
     */
    private void decideCompanies(ExtractionContext ctx, NameHits hits, Map<Match<CompanySurface>, DualNames.Shared> shared,
                                 List<Decision> opened, List<Decision> out) {
        String text = ctx.text();
        List<CompanyResolver.Candidate> candidates = new ArrayList<>();
        List<DualNames.Shared> sharedOf = new ArrayList<>();
        for (Match<CompanySurface> hit : hits.companyLongest()) {
            if (namesOpenFamily(text, opened, hit)) {
                out.add(new Decision(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), Reading.WORD,
                        Reason.COVERED_BY_LONGER_NAME, Optional.of(hit.values().get(0).entry()), Optional.empty()));
                continue;
            }
            DualNames.Shared s = shared.get(hit);
            if (s == null || s.outcome().reading() != Reading.MODEL) {
                candidates.add(CompanyResolver.Candidate.of(hit));
                sharedOf.add(s);
            }
        }
        companies.resolve(ctx, candidates, hits.models());
        for (int i = 0; i < candidates.size(); i++) {
            CompanyResolver.Candidate c = candidates.get(i);
            DualNames.Shared s = sharedOf.get(i);
            String surface = text.substring(c.start, c.end);
            if (c.accepted) {
                Reason why = s != null && !c.contextOnly ? s.outcome().reason() : c.reason;
                out.add(new Decision(c.start, c.end, surface, Reading.ofCategory(c.entry.category()), why,
                        Optional.of(c.entry), Optional.empty()));
            } else if (s != null && c.contextOnly) {
                out.add(model(text, s.model(), s.model().reason()));
            } else {
                out.add(new Decision(c.start, c.end, surface, Reading.WORD, c.reason, Optional.of(c.entry), Optional.empty()));
            }
        }
    }

    /**
     * Whether a Latin company name stands inside a model read from the text whose family it names
     * ({@code Juniper} in {@code “镕思 Juniper”} and {@code Juniper-2}: the document's model, not
     * the network company).
     */
    private static boolean namesOpenFamily(String text, List<Decision> opened, Match<CompanySurface> hit) {
        if (!CharClass.isAsciiLetter(text.charAt(hit.start()))) {
            return false;
        }
        String word = text.substring(hit.start(), hit.end());
        for (Decision d : opened) {
            if (d.start() <= hit.start() && hit.end() <= d.end() && d.model().isPresent()) {
                String family = d.model().get().surface().family().family();
                String unbranded = RepeatedModelNames.withoutBrand(family);
                if (word.equalsIgnoreCase(family) || word.equalsIgnoreCase(unbranded)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a model decision lies inside a longer model read from the text ({@code GPT} in {@code “苍穹GPT”}). */
    private static boolean coveredBy(List<Decision> opened, Decision d) {
        if (d.reading() != Reading.MODEL) {
            return false;
        }
        for (Decision o : opened) {
            if (o.start() <= d.start() && d.end() <= o.end() && o.end() - o.start() > d.end() - d.start()) {
                return true;
            }
        }
        return false;
    }

    private static Decision model(String text, ModelNameReader.Candidate c, Reason reason) {
        int start = c.hit().start();
        return new Decision(start, c.end(), text.substring(start, c.end()), Reading.MODEL, reason,
                Optional.empty(), Optional.of(c.reading()));
    }

    /** Records the longest hits no name may stand on (the shorter hits inside them go too), one decision a span. */
    private static void recordBlocked(String text, NameHits found, NoNameZones zones, List<Decision> out) {
        List<Match<CompanySurface>> companyLongest = found.companyLongest();
        for (Match<CompanySurface> m : companyLongest) {
            zones.reasonFor(m.start(), m.end()).ifPresent(r -> out.add(new Decision(m.start(), m.end(),
                    text.substring(m.start(), m.end()), Reading.WORD, r, Optional.of(m.values().get(0).entry()),
                    Optional.empty())));
        }
        for (Match<ModelSurface> m : found.modelLongest()) {
            int i = Match.firstAtOrAfter(companyLongest, m.start());
            boolean sameAsCompany = i < companyLongest.size() && companyLongest.get(i).start() == m.start()
                    && companyLongest.get(i).end() == m.end();
            if (!sameAsCompany) {
                zones.reasonFor(m.start(), m.end()).ifPresent(r -> out.add(new Decision(m.start(), m.end(),
                        text.substring(m.start(), m.end()), Reading.WORD, r, Optional.empty(),
                        Optional.of(ModelReading.bare(m.values().get(0))))));
            }
        }
        List<Match<ModelSurface>> models = found.models();
        for (Match<CompanySurface> m : found.latinCut()) {
            int i = Match.firstAtOrAfter(models, m.start());
            boolean modelHere = i < models.size() && models.get(i).start() == m.start();
            if (!modelHere && zones.reasonFor(m.start(), m.end()).isEmpty()) {
                out.add(new Decision(m.start(), m.end(), text.substring(m.start(), m.end()), Reading.WORD,
                        Reason.INSIDE_LATIN_WORD, Optional.of(m.values().get(0).entry()), Optional.empty()));
            }
        }
    }

    private static List<Span> amounts(ExtractionContext ctx) {
        List<Span> spans = new ArrayList<>();
        for (Mention m : ctx.mentions()) {
            if (m instanceof MoneyMention || m instanceof MetricMention) {
                spans.add(m.span());
            }
        }
        return spans;
    }

}
