package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.ModelFamily;
import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;
import org.zhnews.text.sentence.SentenceMarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Models no list holds, read from strong evidence only (precision first):
 * <ul>
 *   <li>a Latin name with a size in billions ({@code XYZ-7B}, {@code Foo-235B-A22B}):
 *       {@link Reason#SIZE_SUFFIX};</li>
 *   <li>a Latin name with a model word right after it, or a model word or an AI product noun
 *       right before it, and a version, a variant after a hyphen or a known company in its sentence
 *       ({@code 语音模型Speech-02}, {@code 识别模型Foo-ASR}, {@code Foo大模型}, {@code 人工智能助手Aida}), or released by a known
 *       company with a model word later in its clause ({@code 阶跃星辰发布Foo-2，这款模型…}):
 *       {@link Reason#NAMED_AS_MODEL};</li>
 *   <li>a name in quotes ({@link QuotedModelNames});</li>
 *   <li>a Han name with a version, after a model word or before 大模型 ({@link HanModelNames});</li>
 *   <li>a Latin name with a version in a list with a model read already ({@code Qwen3、Foo-2和GLM-4.5},
 *       {@code 美团的LongCat-Flash和小红书的Foo-2}): {@link Reason#LISTED_WITH_MODEL};</li>
 *   <li>an agent or assistant named by the product noun after it, a company name in its sentence
 *       (even one that needs context: {@code 荣耀宣布YOYO智能体…}; the name may be all in capitals):
 *       {@link Reason#NAMED_AS_MODEL};</li>
 *   <li>a name in small letters with a dot and a number ({@link DottedModelNames});</li>
 *   <li>the names of models read once, where they stand again ({@link RepeatedModelNames}).</li>
 * </ul>
 * The version grammar reads what follows the name. A Latin name is at least two letters before
 * any digit, never a word of {@code not-model-names.tsv} (AI, GPU, iPhone, MoE…) unless a
 * version follows it after a hyphen and a model word names it ({@code 语音模型Speech-02}), all small
 * letters only with a size, and all capitals only with a version or size ({@code AIGC模型} is
 * none). No name overlaps a dictionary name, a no-name zone (amount, URL) or another name read.
 * The vendor is the known company that released it in the same sentence ({@code 阶跃星辰发布Foo-2}),
 * when there is one. Immutable and thread-safe.
 */
final class OpenModelNames {

    private final VersionGrammar grammar;
    private final Set<String> notNames;
    private final OpenModelCues cues;
    private final QuotedModelNames quoted;
    private final RepeatedModelNames repeated;
    private final HanModelNames han;
    private final DottedModelNames dotted;

    private OpenModelNames(VersionGrammar grammar, Set<String> notNames, OpenModelCues cues) {
        this.grammar = grammar;
        this.notNames = notNames;
        this.cues = cues;
        GenericModelWords generic = GenericModelWords.standard();
        this.quoted = new QuotedModelNames(grammar, cues, notNames, generic);
        this.repeated = new RepeatedModelNames(grammar, cues, notNames);
        this.han = new HanModelNames(grammar, cues, generic);
        this.dotted = new DottedModelNames(cues);
    }

    static OpenModelNames standard(VersionGrammar grammar) {
        return new OpenModelNames(grammar, grammar.notNames(), OpenModelCues.standard());
    }

    /**
     * The models of {@code text} no dictionary name stands for, in text order.
     *
     * @param hits     the dictionary names found (none read here may overlap one)
     * @param models   the model candidates read from the dictionary, in text order
     * @param blocked  whether a span lies in a no-name zone
     */
    List<Decision> find(ExtractionContext ctx, NameHits hits, List<ModelNameReader.Candidate> models,
                        CompanyNames companies, BiPredicate<Integer, Integer> blocked) {
        String text = ctx.text();
        List<Decision> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int next = CharClass.isAsciiLetter(c) ? latinEnd(text, i) : i + 1;
            if (CharClass.isAsciiLetter(c) && (i == 0 || !glued(text.charAt(i - 1)))) {
                Decision d = latin(ctx, i, hits, models, companies);
                if (d == null && next < n && text.charAt(next) == '.') {
                    d = dotted.read(ctx, i, hits, models, companies);
                }
                if (d != null && !blocked.test(d.start(), d.end())) {
                    out.add(d);
                    next = d.end();
                }
            } else if (c >= '\u201c' && OpenModelCues.OPEN_QUOTES.indexOf(c) >= 0 || c == '"') {
                for (Decision d : quoted.read(ctx, i, hits, companies)) {
                    if (!blocked.test(d.start(), d.end())) {
                        out.add(d);
                        next = Math.max(next, d.end());
                    }
                }
            }
            i = next;
        }
        for (Decision d : han.find(ctx, hits, companies, blocked)) {
            if (out.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Decision::start));
        List<Decision> linked = new ArrayList<>(repeated.relink(out));
        linked.addAll(repeated.find(text, hits, models, linked, blocked));
        return linked;
    }

    private Decision latin(ExtractionContext ctx, int start, NameHits hits, List<ModelNameReader.Candidate> models,
                           CompanyNames companies) {
        String text = ctx.text();
        int end = latinEnd(text, start);
        int letters = start;
        while (letters < end && CharClass.isAsciiLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters - start < 2 || (end < text.length() && glued(text.charAt(end)) && text.charAt(end) != '-')) {
            return null;
        }
        if (end - letters > 3 || !allDigits(text, letters, end) || touchesOwn(text, hits, start, end)) {
            return null;
        }
        boolean readable = end < text.length() && "-_ ".indexOf(text.charAt(end)) >= 0;
        boolean agent = !text.startsWith("的", end) && cues.productNounAfter(text, end) && !cues.modelWordAfter(text, end);
        boolean capitalised = Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1));
        boolean hanBefore = start > 1 && CharClass.isHan(text.charAt(text.charAt(start - 1) == ' ' ? start - 2 : start - 1));
        int brand = capitalised && hanBefore ? MakerBrands.start(text, start, end, cues) : -1;
        if (!readable && letters == end && !agent && brand < 0 && !cues.modelWordAfter(text, end)
                && cues.productPhraseBefore(text, start) < 0) {
            return null; // the common case, a plain Latin word: nothing can make it a model
        }
        String word = text.substring(start, letters);
        boolean plainWord = notNames.contains(word.toLowerCase(Locale.ROOT));
        String digits = text.substring(letters, end);
        ModelName read = readable ? grammar.read(text, end) : ModelName.none(end);
        int nameEnd = Math.max(end, read.end());
        if (touchesOwn(text, hits, start, nameEnd) || inside(models, start, nameEnd)) {
            return null;
        }
        Optional<String> version = digits.isEmpty() ? read.version() : Optional.of(digits);
        if (!digits.isEmpty() && read.version().isPresent()) {
            return null;
        }
        boolean versioned = version.isPresent() || read.sized();
        boolean namedByPhrase = versioned && cues.productPhraseBefore(text, start) >= 0; // 音乐模型Music 2.5
        if (plainWord && !namedByPhrase && !(digits.isEmpty() && version.isPresent() && text.startsWith("-", end))) {
            return null;
        }
        boolean allLower = word.equals(word.toLowerCase(Locale.ROOT));
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        Reason why = null;
        org.zhnews.core.offset.TextRange sentence = ctx.sentenceWindow(start, nameEnd);
        boolean companyNear = !companies.within(sentence).isEmpty();
        boolean ownerNear = companyNear || overlaps(hits.companyLongest(), sentence.start(), sentence.end());
        if (capitalised && hanBefore && brand < 0) {
            brand = MakerBrands.start(text, start, nameEnd, cues); // 茗岫 Garnet-2系列模型
        }
        if (brand >= 0 && !plainWord) {
            why = Reason.NAMED_AS_MODEL; // 工业视觉模型烜智 Peridot: the maker's brand and the model's name
        } else if (read.sized()) {
            why = Reason.SIZE_SUFFIX;
        } else if (allLower || (allUpper && !versioned)) {
            if (allLower || !agent || letters - start < 3 || !ownerNear) {
                return null;
            }
            why = Reason.NAMED_AS_MODEL; // 荣耀宣布YOYO智能体…: an agent or assistant of a company named beside it
        } else if (agent && ownerNear) {
            why = Reason.NAMED_AS_MODEL;
        } else if (cues.modelWordAfter(text, nameEnd) || cues.productPhraseBefore(text, start) >= 0) {
            boolean hyphenedVariant = read.variant().isPresent() && text.startsWith("-", end);
            if (versioned || hyphenedVariant || companyNear) {
                why = Reason.NAMED_AS_MODEL;
            }
        } else if (versioned && modelWordLaterInClause(text, nameEnd) && (cues.releasedBy(ctx, start, companies) != null
                || readable && read.version().isPresent() && cues.releasedInClause(text, start))) {
            why = Reason.NAMED_AS_MODEL;
        } else if (!plainWord && versioned && listedWithModel(text, start, nameEnd, models, hits)) {
            why = Reason.LISTED_WITH_MODEL;
        }
        if (why == null) {
            return null;
        }
        if (brand >= 0 && why == Reason.NAMED_AS_MODEL) {
            return decision(text, brand, nameEnd, text.substring(brand, letters), version, read.variant(), read.parameters(),
                    why, cues.releasedBy(ctx, brand, companies));
        }
        return decision(text, start, nameEnd, word, version, read.variant(), read.parameters(), why,
                cues.releasedBy(ctx, start, companies));
    }

    /** A decision on a model of a family read from the text ({@link #idOf}: one id for one family name). */
    static Decision decision(String text, int start, int end, String family, Optional<String> version,
                             Optional<String> variant, Optional<BigDecimal> parameters, Reason why, String vendor) {
        ModelFamily f = ModelFamily.builder(idOf(family)).family(family).vendor(vendor)
                .source(READ_FROM_TEXT).build();
        ModelReading reading = new ModelReading(new ModelSurface(f, false, false), version, variant, parameters);
        return new Decision(start, end, text.substring(start, end), Reading.MODEL, why, Optional.empty(),
                Optional.of(reading));
    }

    /** The source of the families read from the text. */
    static final String READ_FROM_TEXT = "read from the text";

    /** A stable id for a family read from the text: {@code open-} and its lower-case name, or a hash of it. */
    static String idOf(String family) {
        String lower = family.toLowerCase(Locale.ROOT);
        return lower.matches("[a-z0-9]+") ? "open-" + lower : "open-u" + Integer.toHexString(family.hashCode());
    }

    /**
     * A model read already stands right before or after the name, across one list separator; a
     * known company and 的 may stand before either ({@code 美团的LongCat-Flash和小红书的dots.llm1}).
     */
    static boolean listedWithModel(String text, int start, int end, List<ModelNameReader.Candidate> models,
                                   NameHits companies) {
        int lead = ownerStart(text, start, companies);
        for (int k = firstEndingAfter(models, lead - 3); k < models.size()
                && models.get(k).hit().start() <= end + 3 + MAX_OWNER; k++) {
            ModelNameReader.Candidate c = models.get(k);
            if (listSeparated(text, c.end(), lead) || listSeparated(text, end, ownerStart(text, c.hit().start(), companies))) {
                return true;
            }
        }
        return false;
    }

    /** Words that continue a list after a comma ({@code Foo V1，以及DeepSeek-V3}). */
    private static final List<String> COMMA_LINKS = List.of("，以及", ",以及", "，及", "，和", "，还有");

    /** One list separator between {@code end} and {@code start}, or a comma and a linking word. */
    private static boolean listSeparated(String text, int end, int start) {
        if (CompanyResolver.separated(text, end, start)) {
            return true;
        }
        return COMMA_LINKS.stream().anyMatch(w -> start - end == w.length() && text.startsWith(w, end));
    }

    /** Longest company name looked back over before 的 and a listed name, in chars. */
    private static final int MAX_OWNER = 16;

    /** Where a company's name and 的 right before {@code start} begin ({@code 小红书的}), else {@code start}. */
    private static int ownerStart(String text, int start, NameHits hits) {
        if (start < 2 || text.charAt(start - 1) != '的') {
            return start;
        }
        Match<CompanySurface> owner = companyEndingAt(hits, start - 1);
        return owner == null ? start : owner.start();
    }

    /** The longest company name (even one that needs context: 荣耀, 快手) ending at {@code at}, or null. */
    static Match<CompanySurface> companyEndingAt(NameHits hits, int at) {
        List<Match<CompanySurface>> names = hits.companyLongest();
        for (int i = Match.firstAtOrAfter(names, Math.max(0, at - MAX_OWNER)); i < names.size() && names.get(i).start() < at; i++) {
            if (names.get(i).end() == at) {
                return names.get(i);
            }
        }
        return null;
    }

    /** Whether a model candidate (its name with version and variant) overlaps {@code [start, end)}. */
    static boolean inside(List<ModelNameReader.Candidate> models, int start, int end) {
        for (int k = firstEndingAfter(models, start); k < models.size() && models.get(k).hit().start() < end; k++) {
            if (start < models.get(k).end()) {
                return true;
            }
        }
        return false;
    }

    /** The first candidate (in text order, ends increasing) that ends after {@code pos}. */
    static int firstEndingAfter(List<ModelNameReader.Candidate> models, int pos) {
        int lo = 0;
        int hi = models.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (models.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a dictionary name (company or model) overlaps {@code [start, end)}. */
    static boolean touches(NameHits hits, int start, int end) {
        return overlaps(hits.companies(), start, end) || overlaps(hits.models(), start, end);
    }

    /**
     * {@link #touches}, except a short form glued to the Latin word before it inside the name
     * ({@code R2} in {@code Hengyu-R2}): that is the name's own version, not another name.
     */
    private static boolean touchesOwn(String text, NameHits hits, int start, int end) {
        if (overlaps(hits.companies(), start, end)) {
            return true;
        }
        List<Match<ModelSurface>> sorted = hits.models();
        for (int i = Match.firstAtOrAfter(sorted, Math.max(0, start - 64)); i < sorted.size() && sorted.get(i).start() < end; i++) {
            Match<ModelSurface> h = sorted.get(i);
            boolean ownVersion = h.start() > start && ShortForms.gluedToLatinWord(text, h.start())
                    && h.values().stream().allMatch(ModelSurface::shortForm);
            if (h.end() > start && !ownVersion) {
                return true;
            }
        }
        return false;
    }

    static boolean overlaps(List<? extends Match<?>> sorted, int start, int end) {
        for (int i = Match.firstAtOrAfter(sorted, Math.max(0, start - 64)); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    /** A character that makes a Latin name part of a longer token. */
    static boolean glued(char c) {
        return CharClass.isLatinWordChar(c) || c == '-' || c == '.' || c == '_' || c == '@' || c == '/' || c == '#';
    }

    /** End of the run of ASCII letters and digits at {@code from}. */
    static int latinEnd(String text, int from) {
        int i = from;
        while (i < text.length() && CharClass.isAsciiAlnum(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CharClass.isAsciiDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** 模型 later in the clause of the name. */
    static boolean modelWordLaterInClause(String text, int end) {
        for (int i = end; i < text.length() - 1; i++) {
            if (SentenceMarks.isClauseEnd(text.charAt(i))) {
                return false;
            }
            if (text.startsWith("模型", i)) {
                return true;
            }
        }
        return false;
    }
}
