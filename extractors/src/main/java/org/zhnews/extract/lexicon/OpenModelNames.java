package org.zhnews.extract.lexicon;

import org.zhnews.extract.knowledge.ModelFamily;
import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.Match;

import java.util.ArrayList;
import java.util.HashSet;
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
 *   <li>a Latin name with a model word right before or after it and a version of its own or a
 *       known company in its sentence ({@code 语音模型Speech-02}, {@code Foo大模型}), or released by a
 *       known company with a model word later in its clause ({@code 阶跃星辰发布Foo-2，这款模型…}):
 *       {@link Reason#NAMED_AS_MODEL};</li>
 *   <li>a name in quotes right after a model word or before one, given by a naming word
 *       ({@code 名为“天问”的大模型}) or after a release verb in its clause ({@code 发布了一款视觉大模型“灵瞳”}):
 *       {@link Reason#NAMED_AS_MODEL};</li>
 *   <li>a Latin name with a version in a list with a model read already ({@code Qwen3、Foo-2和GLM-4.5}):
 *       {@link Reason#LISTED_WITH_MODEL}.</li>
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

    /** Verbs by which a company releases a model. */
    private static final List<String> RELEASE_VERBS = List.of("发布了", "推出了", "开源了", "上线了", "发布", "推出",
            "开源", "上线", "亮相", "研发的", "打造的", "训练的", "旗下的", "旗下");

    /** Words that may stand between a name and 模型 ({@code Speech-02语音合成模型}), and before 模型 before a name. */
    private static final List<String> MODEL_KINDS = List.of("系列", "语音", "合成", "音乐", "视频", "图像", "生成", "推理",
            "多模态", "视觉", "语言", "基座", "开源", "编程", "代码", "翻译", "世界", "具身", "端侧", "旗舰", "大");

    /** Longest company name looked back over before a release verb, in chars. */
    private static final int MAX_COMPANY_NAME = 16;

    /** Most chars between a company's name and its release verb ({@code 近日正式}). */
    private static final int SUBJECT_GAP = 6;

    /** Characters that end a subject before a release verb: places, objects, other parties. */
    private static final String NOT_IN_SUBJECT_GAP = "在上和与及对向从把被给的、";

    /** Words that give a name right before it in quotes ({@code 名为“灵瞳”}). */
    private static final List<String> NAMING_WORDS = List.of("名为", "叫做", "命名为", "代号为", "代号", "取名为", "称为");

    private static final String OPEN_QUOTES = "“「『\"";
    private static final String CLOSE_QUOTES = "”」』\"";

    /** Longest quoted name read, in chars. */
    private static final int MAX_QUOTED = 12;

    private final VersionGrammar grammar;
    private final Set<String> notNames;

    private OpenModelNames(VersionGrammar grammar, Set<String> notNames) {
        this.grammar = grammar;
        this.notNames = notNames;
    }

    static OpenModelNames standard(VersionGrammar grammar) {
        Set<String> words = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(OpenModelNames.class, "not-model-names.tsv", Columns.of("word"))) {
            words.add(row.get(0).strip().toLowerCase(Locale.ROOT));
        }
        return new OpenModelNames(grammar, Set.copyOf(words));
    }

    /**
     * The models of {@code text} no dictionary name stands for, in text order.
     *
     * @param hits     the dictionary names found (none read here may overlap one)
     * @param models   the model candidates read from the dictionary, in text order
     * @param blocked  whether a span lies in a no-name zone
     */
    List<Decision> find(String text, NameHits hits, List<ModelNameReader.Candidate> models, CompanyNames companies,
                        BiPredicate<Integer, Integer> blocked) {
        List<Decision> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            Decision d = null;
            if (CharClass.isAsciiLetter(c) && (i == 0 || !glued(text.charAt(i - 1)))) {
                d = latin(text, i, hits, models, companies);
            } else if (c >= '\u201c' && OPEN_QUOTES.indexOf(c) >= 0 || c == '"') {
                d = quoted(text, i, hits, companies);
            }
            if (d != null && !blocked.test(d.start(), d.end())) {
                out.add(d);
                i = d.end();
            } else {
                i = CharClass.isAsciiLetter(c) ? latinEnd(text, i) : i + 1;
            }
        }
        return out;
    }

    private Decision latin(String text, int start, NameHits hits, List<ModelNameReader.Candidate> models,
                           CompanyNames companies) {
        int end = latinEnd(text, start);
        int letters = start;
        while (letters < end && CharClass.isAsciiLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters - start < 2 || (end < text.length() && glued(text.charAt(end)) && text.charAt(end) != '-')) {
            return null;
        }
        if (end - letters > 3 || !allDigits(text, letters, end) || touches(hits, start, end)) {
            return null;
        }
        boolean readable = end < text.length() && "-_ ".indexOf(text.charAt(end)) >= 0;
        if (!readable && letters == end && !modelWordAfter(text, end) && !modelWordBefore(text, start)) {
            return null; // the common case, a plain Latin word: nothing can make it a model
        }
        String word = text.substring(start, letters);
        boolean plainWord = notNames.contains(word.toLowerCase(Locale.ROOT));
        String digits = text.substring(letters, end);
        ModelName read = readable ? grammar.read(text, end) : ModelName.none(end);
        int nameEnd = Math.max(end, read.end());
        if (touches(hits, start, nameEnd) || inside(models, start, nameEnd)) {
            return null;
        }
        Optional<String> version = digits.isEmpty() ? read.version() : Optional.of(digits);
        if (!digits.isEmpty() && read.version().isPresent()) {
            return null;
        }
        boolean versioned = version.isPresent() || read.sized();
        if (plainWord && !(digits.isEmpty() && version.isPresent() && text.startsWith("-", end))) {
            return null;
        }
        boolean allLower = word.equals(word.toLowerCase(Locale.ROOT));
        boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
        Reason why = null;
        if (read.sized()) {
            why = Reason.SIZE_SUFFIX;
        } else if (allLower || (allUpper && !versioned)) {
            return null;
        } else if (modelWordAfter(text, nameEnd) || modelWordBefore(text, start)) {
            if (versioned || !companies.within(ModelNameReader.sentenceStart(text, start),
                    ModelNameReader.sentenceEnd(text, nameEnd)).isEmpty()) {
                why = Reason.NAMED_AS_MODEL;
            }
        } else if (versioned && modelWordLaterInClause(text, nameEnd) && releasedBy(text, start, companies) != null) {
            why = Reason.NAMED_AS_MODEL;
        } else if (!plainWord && versioned && listedWithModel(text, start, nameEnd, models)) {
            why = Reason.LISTED_WITH_MODEL;
        }
        if (why == null) {
            return null;
        }
        return decision(text, start, nameEnd, word, version, read.variant(), read.parameters(), why,
                releasedBy(text, start, companies));
    }

    private Decision quoted(String text, int open, NameHits hits, CompanyNames companies) {
        int from = open + 1;
        int close = from;
        while (close < text.length() && close - from <= MAX_QUOTED && CLOSE_QUOTES.indexOf(text.charAt(close)) < 0) {
            char c = text.charAt(close);
            if (!CharClass.isHan(c) && !CharClass.isAsciiAlnum(c) && c != ' ' && c != '-' && c != '.') {
                return null;
            }
            close++;
        }
        if (close >= text.length() || close - from < 2 || close - from > MAX_QUOTED
                || CLOSE_QUOTES.indexOf(text.charAt(close)) < 0 || touches(hits, from, close)) {
            return null;
        }
        int after = text.startsWith("的", close + 1) ? close + 2 : close + 1;
        boolean modelWord = modelWordBefore(text, open + 1) || modelWordAfter(text, after);
        if (!modelWord || !(named(text, open) || releasedInClause(text, open))) {
            return null;
        }
        String name = text.substring(from, close).strip();
        if (name.length() < 2 || notNames.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return decision(text, from, close, name, Optional.empty(), Optional.empty(), Optional.empty(),
                Reason.NAMED_AS_MODEL, releasedBy(text, open, companies));
    }

    private static Decision decision(String text, int start, int end, String family, Optional<String> version,
                                     Optional<String> variant, Optional<java.math.BigDecimal> parameters,
                                     Reason why, String vendor) {
        ModelFamily f = ModelFamily.builder(idOf(family)).family(family).vendor(vendor)
                .source("read from the text").build();
        ModelReading reading = new ModelReading(new ModelSurface(f, false, false), version, variant, parameters);
        return new Decision(start, end, text.substring(start, end), Reading.MODEL, why, Optional.empty(),
                Optional.of(reading));
    }

    /** A stable id for a family read from the text: {@code open-} and its lower-case name, or a hash of it. */
    static String idOf(String family) {
        String lower = family.toLowerCase(Locale.ROOT);
        return lower.matches("[a-z0-9]+") ? "open-" + lower : "open-u" + Integer.toHexString(family.hashCode());
    }

    /** {@code Foo大模型}, {@code Foo 语音合成模型}: only model kinds between the name and 模型. */
    private static boolean modelWordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || CLOSE_QUOTES.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        for (int guard = 0; guard < 4; guard++) {
            if (text.startsWith("模型", i)) {
                return true;
            }
            int next = kindAt(text, i);
            if (next == i) {
                return false;
            }
            i = next;
        }
        return false;
    }

    private static int kindAt(String text, int i) {
        for (String k : MODEL_KINDS) {
            if (text.startsWith(k, i)) {
                return i + k.length();
            }
        }
        return i;
    }

    /** {@code 语音模型Speech-02}, {@code 视觉大模型“灵瞳”}: 模型 ends right before the name (spaces, a quote skipped). */
    private static boolean modelWordBefore(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || OPEN_QUOTES.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i >= 2 && text.startsWith("模型", i - 2);
    }

    /** {@code 名为“X”}: a naming word right before the quote at {@code open}. */
    private static boolean named(String text, int open) {
        for (String w : NAMING_WORDS) {
            if (open >= w.length() && text.startsWith(w, open - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A release verb earlier in the clause that ends at {@code at}. */
    private static boolean releasedInClause(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (org.zhnews.text.sentence.SentenceMarks.isClauseEnd(text.charAt(i))) {
                return false;
            }
            for (String verb : RELEASE_VERBS) {
                if (text.startsWith(verb, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 模型 later in the clause of the name. */
    private static boolean modelWordLaterInClause(String text, int end) {
        for (int i = end; i < text.length() - 1; i++) {
            if (org.zhnews.text.sentence.SentenceMarks.isClauseEnd(text.charAt(i))) {
                return false;
            }
            if (text.startsWith("模型", i)) {
                return true;
            }
        }
        return false;
    }

    /** The known company that released the name, subject of a release verb right before it in its sentence, or null. */
    private static String releasedBy(String text, int start, CompanyNames companies) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || OPEN_QUOTES.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        int sentence = ModelNameReader.sentenceStart(text, start);
        for (int at = i - 1; at >= sentence; at--) {
            for (String verb : RELEASE_VERBS) {
                if (at + verb.length() <= i && text.startsWith(verb, at)) {
                    int from = Math.max(sentence, at - SUBJECT_GAP - MAX_COMPANY_NAME);
                    Optional<String> id = companies.lastEndingBy(from, at);
                    return id.isPresent() && subjectGap(text, companies.lastEnd(from, at), at) ? id.get() : null;
                }
            }
        }
        return null;
    }

    /** Whether only adverbs stand between a company's name and its verb ({@code 阶跃星辰今天正式发布}). */
    private static boolean subjectGap(String text, int end, int verb) {
        if (end < 0 || verb - end > SUBJECT_GAP) {
            return false;
        }
        for (int k = end; k < verb; k++) {
            char c = text.charAt(k);
            if (NOT_IN_SUBJECT_GAP.indexOf(c) >= 0 || org.zhnews.text.sentence.SentenceMarks.isClauseEnd(c)) {
                return false;
            }
        }
        return true;
    }

    /** A model read already stands right before or after the name, across one list separator. */
    private static boolean listedWithModel(String text, int start, int end, List<ModelNameReader.Candidate> models) {
        for (int k = firstEndingAfter(models, start - 3); k < models.size() && models.get(k).hit().start() <= end + 2; k++) {
            ModelNameReader.Candidate c = models.get(k);
            if (CompanyResolver.separated(text, c.end(), start) || CompanyResolver.separated(text, end, c.hit().start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a model candidate (its name with version and variant) overlaps {@code [start, end)}. */
    private static boolean inside(List<ModelNameReader.Candidate> models, int start, int end) {
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

    private static boolean touches(NameHits hits, int start, int end) {
        return overlaps(hits.companies(), start, end) || overlaps(hits.models(), start, end);
    }

    private static boolean overlaps(List<? extends Match<?>> sorted, int start, int end) {
        for (int i = Match.firstAtOrAfter(sorted, Math.max(0, start - 64)); i < sorted.size() && sorted.get(i).start() < end; i++) {
            if (sorted.get(i).end() > start) {
                return true;
            }
        }
        return false;
    }

    /** A character that makes a Latin name part of a longer token. */
    private static boolean glued(char c) {
        return CharClass.isLatinWordChar(c) || c == '-' || c == '.' || c == '_' || c == '@' || c == '/' || c == '#';
    }

    private static int latinEnd(String text, int from) {
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
}
