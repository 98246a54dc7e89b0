package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.match.Match;
import org.zhnews.extract.knowledge.KnowledgeBase;
import org.zhnews.extract.knowledge.ModelFamily;
import org.zhnews.extract.knowledge.ModelSurface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model side of the {@link Arbiter}: which longest model-name hits of a text can be models,
 * and the version and variant written after each ({@link VersionGrammar}). A short form
 * ({@code R1}) needs its family or vendor named in the document; a common-word name
 * ({@code Seed}) needs its family named elsewhere, its vendor in the sentence (the document's,
 * {@link ExtractionContext#sentenceWindow}) or a model word
 * after or right before it ({@code 智能体「天禧」}); a name inside a longer company name ({@code 百川} in {@code 百川智能}) or inside a
 * model name already read ({@code R1} in {@code DeepSeek-R1}) is none. A common-word name with a
 * size in billions or a dotted version after it ({@code Step-3-32B}, {@code 可灵2.1}) counts; a short form left without evidence may
 * still count by its sentence ({@link ShortForms}). A name that is also an everyday word or a
 * person's name ({@code 豆包}, {@code Gemini}, {@code Claude}) is none where its everyday sense is
 * meant ({@link ModelSenses}); a subscription plan after an assistant's name ({@code ChatGPT Plus})
 * is no part of it. Whether a name that is also a company's names the model is for
 * {@link DualNames}. Immutable and thread-safe.
 */
final class ModelNameReader {

    /** The type of the families whose names a subscription plan may follow ({@code ChatGPT Plus}). */
    private static final String ASSISTANT = "assistant";

    /**
     * A model name that can be a model: its hit, the surface chosen, why, what was read after it
     * ({@code versionFollows}: a version or variant), and where the whole name ends.
     */
    record Candidate(Match<ModelSurface> hit, ModelSurface chosen, Reason reason, ModelReading reading,
                     boolean versionFollows, int end) {
    }

    /** The candidates and the hits rejected, in text order. */
    record Result(List<Candidate> candidates, List<Decision> rejected) {
    }

    private final KnowledgeBase kb;
    private final VersionGrammar grammar;
    private final ReadingCues cues;

    private final ShortForms shortForms;
    private final ModelSenses senses;

    ModelNameReader(KnowledgeBase kb, VersionGrammar grammar, ReadingCues cues, ModelSenses senses) {
        this.kb = kb;
        this.grammar = grammar;
        this.cues = cues;
        this.senses = senses;
        this.shortForms = new ShortForms(this);
    }

    Result read(ExtractionContext ctx, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        List<Match<ModelSurface>> longest = hits.modelLongest();
        Map<Match<ModelSurface>, Reason> everyday = everydayWords(ctx, hits, companies);
        Set<String> familiesNamed = new HashSet<>();
        for (Match<ModelSurface> hit : longest) {
            if (everyday.containsKey(hit)) {
                continue;
            }
            for (ModelSurface s : hit.values()) {
                if (!s.needsContext()) {
                    familiesNamed.add(s.family().id());
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Decision> rejected = new ArrayList<>();
        List<Match<ModelSurface>> unproven = new ArrayList<>();
        int covered = 0;
        for (Match<ModelSurface> hit : longest) {
            if (hit.start() < covered || companies.coversLonger(hit.start(), hit.end()) || endsLatinName(text, hit)) {
                rejected.add(word(text, hit, Reason.COVERED_BY_LONGER_NAME));
                continue;
            }
            Reason everydayWord = everyday.get(hit);
            if (everydayWord != null) {
                rejected.add(word(text, hit, everydayWord));
                continue;
            }
            Candidate c = choose(ctx, hit, familiesNamed, companies);
            if (c == null) {
                unproven.add(hit);
                continue;
            }
            candidates.add(c);
            covered = c.end();
        }
        if (!unproven.isEmpty()) {
            List<Candidate> proven = shortForms.prove(ctx, unproven, candidates, companies);
            Set<Match<ModelSurface>> provenHits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            proven.forEach(c -> provenHits.add(c.hit()));
            for (Match<ModelSurface> hit : unproven) {
                if (!provenHits.contains(hit)) {
                    rejected.add(word(text, hit, Reason.NO_EVIDENCE));
                }
            }
            if (!proven.isEmpty()) {
                candidates.addAll(proven);
                candidates.sort(java.util.Comparator.comparingInt(c -> c.hit().start()));
            }
        }
        return new Result(candidates, rejected);
    }

    /**
     * {@code DBS-GPT}, {@code Open-Sora}: a name with nothing read after it, glued by a hyphen to
     * the Latin word before it, is the end of another name.
     */
    private boolean endsLatinName(String text, Match<ModelSurface> hit) {
        int at = hit.start();
        return at >= 2 && text.charAt(at - 1) == '-' && org.zhnews.text.chars.CharClass.isAsciiAlnum(text.charAt(at - 2))
                && org.zhnews.text.chars.CharClass.isAsciiLetter(text.charAt(at))
                && grammar.read(text, hit.end()).isEmpty();
    }

    /**
     * The bare hits of names with an everyday sense ({@link ModelSenses}) that mean it here: a
     * negative cue beside them, or a document that neither speaks of AI (nor their sentence) nor names their vendor,
     * or one sense per document: a negative cue beside the same name elsewhere and no evidence of a model
     * anywhere ({@link Reason#EVERYDAY_IN_DOCUMENT}); and the bare hits of names of a technique
     * ({@code GPT}) without their vendor in the sentence.
     */
    private Map<Match<ModelSurface>, Reason> everydayWords(ExtractionContext ctx, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        Map<Match<ModelSurface>, Reason> out = new IdentityHashMap<>();
        Boolean aiDocument = null;
        Set<String> negated = new HashSet<>();
        Set<String> evidenced = new HashSet<>();
        List<Match<ModelSurface>> bare = new ArrayList<>();
        for (Match<ModelSurface> hit : hits.modelLongest()) {
            String surface = text.substring(hit.start(), hit.end());
            if (senses.isGeneric(surface) && grammar.readWritten(text, hit.end()).isEmpty()) {
                Set<String> near = companies.within(ctx.sentenceWindow(hit.start(), hit.end()));
                if (hit.values().stream().noneMatch(s -> vendorNamed(s.family(), near))) {
                    out.put(hit, Reason.NO_EVIDENCE); // 类GPT, GPT技术: the technique, not OpenAI's model
                }
                continue;
            }
            if (!senses.hasSense(surface)) {
                continue;
            }
            if (!grammar.readWritten(text, hit.end()).isEmpty() || cues.modelWordFollows(text, hit.end())) {
                evidenced.add(surface);
                continue;
            }
            Set<String> near = companies.within(ctx.sentenceWindow(hit.start(), hit.end()));
            boolean vendorNear = hit.values().stream().anyMatch(s -> vendorNamed(s.family(), near));
            Optional<Reason> cue = senses.localCue(text, hit.start(), hit.end(), nameEndsBefore(hits, hit.start()),
                    vendorNear);
            if (cue.isPresent()) {
                out.put(hit, cue.get());
                negated.add(surface);
                continue;
            }
            if (vendorNear) {
                evidenced.add(surface);
            } else {
                bare.add(hit);
            }
            if (aiDocument == null) {
                aiDocument = senses.speaksOfAi(text);
            }
            TextRange sentence = ctx.sentenceWindow(hit.start(), hit.end());
            if (!aiDocument && !senses.speaksOfAi(text, sentence.start(), sentence.end())
                    && hit.values().stream().noneMatch(s -> vendorNamed(s.family(), companies.all()))) {
                out.put(hit, Reason.NO_EVIDENCE);
            }
        }
        for (Match<ModelSurface> hit : bare) { // one sense per document: 橘猫“Kimi”, then “Kimi”同一天领养
            String surface = text.substring(hit.start(), hit.end());
            if (negated.contains(surface) && !evidenced.contains(surface)) {
                out.putIfAbsent(hit, Reason.EVERYDAY_IN_DOCUMENT);
            }
        }
        return out;
    }

    /** Whether a dictionary name ends right before the character before {@code start} (a bracket). */
    private static boolean nameEndsBefore(NameHits hits, int start) {
        return endsAt(hits.models(), start - 1) || endsAt(hits.companies(), start - 1);
    }

    private static boolean endsAt(List<? extends Match<?>> sorted, int pos) {
        for (int i = Match.firstAtOrAfter(sorted, Math.max(0, pos - 64)); i < sorted.size() && sorted.get(i).start() < pos; i++) {
            if (sorted.get(i).end() == pos) {
                return true;
            }
        }
        return false;
    }

    private static Decision word(String text, Match<ModelSurface> hit, Reason reason) {
        return new Decision(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), Reading.WORD, reason,
                Optional.empty(), Optional.of(ModelReading.bare(hit.values().get(0))));
    }

    /**
     * The family a hit stands for, or null. A short form needs its family or vendor named
     * somewhere in the document; a common-word name needs its family named unambiguously
     * elsewhere, a model word right after or before it, or its vendor in the same sentence.
     */
    private Candidate choose(ExtractionContext ctx, Match<ModelSurface> hit, Set<String> familiesNamed,
                             CompanyNames companies) {
        String text = ctx.text();
        for (ModelSurface s : hit.values()) {
            if (!s.needsContext()) {
                return candidate(text, hit, s, Reason.UNAMBIGUOUS_NAME);
            }
        }
        ModelName after = grammar.read(text, hit.end());
        for (ModelSurface s : hit.values()) {
            ModelFamily f = s.family();
            if (s.shortForm() && ShortForms.gluedToLatinWord(text, hit.start())) {
                continue; // Hengyu-R2 names another model whatever the document says of DeepSeek
            }
            if (familiesNamed.contains(f.id())) {
                return candidate(text, hit, s, Reason.NAMED_ELSEWHERE);
            }
            if (s.shortForm()) {
                if (vendorNamed(f, companies.all())) {
                    return candidate(text, hit, s, Reason.VENDOR_NAMED);
                }
            } else if (after.sized()) {
                return candidate(text, hit, s, Reason.SIZE_SUFFIX);
            } else if (after.dottedVersion() || after.variantAndVersion()) {
                return candidate(text, hit, s, Reason.VERSION_FOLLOWS);
            } else if (cues.modelWordFollows(text, hit.end())) {
                return candidate(text, hit, s, Reason.MODEL_WORD_FOLLOWS);
            } else if (cues.modelWordBefore(text, hit.start())) {
                return candidate(text, hit, s, Reason.MODEL_WORD_BEFORE);
            } else if (vendorNamed(f, companies.within(ctx.sentenceWindow(hit.start(), hit.end())))) {
                return candidate(text, hit, s, Reason.VENDOR_IN_SENTENCE);
            }
        }
        return null;
    }

    /** The candidate a hit makes when read as {@code chosen} for {@code reason}. */
    Candidate candidate(String text, Match<ModelSurface> hit, ModelSurface chosen, Reason reason) {
        ModelName name = readName(text, hit, chosen);
        Optional<String> version = name.version();
        if (chosen.shortForm() && version.isEmpty()) {
            version = Optional.of(text.substring(hit.start(), hit.end()));
        }
        return new Candidate(hit, chosen, reason, new ModelReading(chosen, version, name.variant(), name.parameters()),
                !name.isEmpty(), Math.max(hit.end(), name.end()));
    }

    /** The version and variant after a name; a short form is read from where its family's name ends in it. */
    private ModelName readName(String text, Match<ModelSurface> hit, ModelSurface chosen) {
        if (!chosen.shortForm()) {
            return chosen.family().type().equals(ASSISTANT) ? grammar.readAfterAssistant(text, hit.end())
                    : grammar.read(text, hit.end());
        }
        String surface = text.substring(hit.start(), hit.end());
        String family = chosen.family().family();
        int from = hit.start();
        if (surface.length() > family.length()
                && surface.toLowerCase(Locale.ROOT).startsWith(family.toLowerCase(Locale.ROOT))) {
            from += family.length();
        }
        ModelName name = grammar.read(text, from);
        return name.end() >= hit.end() ? name
                : ModelName.none(hit.end());
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
}
