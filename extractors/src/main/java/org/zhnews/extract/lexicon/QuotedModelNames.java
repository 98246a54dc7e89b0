package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Models no list holds, named in quotes ({@link Reason#NAMED_AS_MODEL}): a name of two to
 * {@value #MAX_QUOTED} characters in quotes
 * <ul>
 *   <li>beside a model word or in apposition to an AI product noun: {@code 视觉大模型“灵瞳”},
 *       {@code “知微”的大模型}, {@code 智能体“账房”}, {@code AI搜索助手“X”};</li>
 *   <li>and given by a naming word ({@code 名为“天问”}), after a release verb in its clause
 *       ({@code 发布了一款视觉大模型“灵瞳”}) or right after the quotes ({@code “问途”上线}), or as the
 *       company's own product ({@code 其对话助手“X”}, {@code 旗下AI助手“X”},
 *       {@code 其东南亚多语种客服模型“X”}, {@code 自研的“X”VLA模型});</li>
 *   <li>or with evidence of its own: a robot noun before it ({@code 客服机器人“阿丽”}), a model word
 *       naming what the model does before or after it ({@code 工业视觉大模型“瞳鉴”},
 *       {@code “灵矩大脑”多模态大模型}), an AI assistant noun right after the quotes
 *       ({@code “霁言”智能助手}, not past 的), or 大模型 inside the quotes ({@code “璇衡大模型3.5”}: family
 *       璇衡, version 3.5), or a known model name ending the quoted one ({@code “苍穹GPT”}), or an
 *       assistant's shape ({@link QuotedAssistantNames}: {@code 「LINE AI助理」}, {@code “晗映小助理”},
 *       {@code C端助手“瓒小言”}, {@code 助手“笙语”App}).</li>
 * </ul>
 * An assistant noun counts with an AI word or a qualifier that is no person's ({@code 写作助手},
 * not {@code 私人助理}); a product noun may also follow the quotes ({@code 名为“答鹿”的学习助手}); a
 * price right after the quotes makes such a name a product ({@code AI助理「堃宝」订阅费}).
 * Catchwords in quotes ({@code not-model-names.tsv}: 内卷, 价格战) are no names.
 * A quoted Han name with a dotted version right after a release verb is a model in a text that
 * speaks of models ({@code 上线了“溯律 1.0”}); a brand and a middle dot open the family
 * ({@code “溯光·墨4”}: family 溯光·墨, version 4; the name after the dot may be one character; a
 * space before a capitalised Latin word does the same, {@code “骐途 Lynx”}, but such a brand
 * standing alone elsewhere is no evidence),
 * and such a name with a version before 系列 or 家族 is a model ({@code “澄言·星河3”家族}), as is
 * one after a product phrase or before 模型 in its clause ({@code 审查大模型「溆思·鑑」},
 * {@code “琬诺·衡”是一套…生成式模型}) or whose brand stands alone elsewhere in a text that speaks of
 * models ({@code 翀霄表示…把「翀霄·衡策」引入}). A Han
 * word and a Latin word glued to it or after one space are one name ({@code “杳光 Nusa 2”}).
 * A version written inside the quotes is read as one ({@code “港语-1”}: family 港语, version 1),
 * and a Latin name in brackets right after the quotes is the same model's other name
 * ({@code “听澜”(TingLan)}, {@code “港语-1”(GangYu-1)}). Immutable and thread-safe.
 */
final class QuotedModelNames {

    /** Longest quoted name read, in chars. */
    static final int MAX_QUOTED = 12;

    private static final String OPEN_BRACKETS = "(（";
    private static final String CLOSE_BRACKETS = ")）";

    private final VersionGrammar grammar;
    private final OpenModelCues cues;
    private final Set<String> notNames;
    private final QuotedAssistantNames assistants;

    private final GenericModelWords generic;

    QuotedModelNames(VersionGrammar grammar, OpenModelCues cues, Set<String> notNames, GenericModelWords generic) {
        this.grammar = grammar;
        this.cues = cues;
        this.notNames = notNames;
        this.generic = generic;
        this.assistants = new QuotedAssistantNames(cues, notNames, generic);
    }

    /** The model named in the quotes opening at {@code open}, and its other name in brackets: none, one or two. */
    List<Decision> read(ExtractionContext ctx, int open, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        int from = open + 1;
        int brand = from;
        int close = from;
        boolean spaced = false;
        while (close < text.length() && close - from <= MAX_QUOTED
                && OpenModelCues.CLOSE_QUOTES.indexOf(text.charAt(close)) < 0) {
            char c = text.charAt(close);
            boolean brandEnds = VersionGrammar.MIDDLE_DOTS.indexOf(c) >= 0
                    || c == ' ' && close + 1 < text.length() && text.charAt(close + 1) >= 'A' && text.charAt(close + 1) <= 'Z';
            if (brandEnds && close - from >= 2 && close - from <= MAX_BRAND && brand == from && CharClass.allHan(text, from, close)) {
                spaced = c == ' ';
                from = close + 1; // “溯光·墨4”, “骐途 Lynx”: the company's brand, a dot or a space, the model's name
            } else if (!CharClass.isHan(c) && !CharClass.isAsciiAlnum(c) && c != ' ' && c != '-' && c != '.') {
                return List.of();
            }
            close++;
        }
        int minName = brand < from ? 1 : 2; // after a brand, one character names the model: 「霁言·声」
        if (close >= text.length() || close - from < minName || close - from > MAX_QUOTED
                || OpenModelCues.CLOSE_QUOTES.indexOf(text.charAt(close)) < 0
                || holdsAnotherName(text, hits, from, close, brand < from) && !makersWordName(text, brand, from, close, open)) {
            return List.of();
        }
        int after = text.startsWith("的", close + 1) ? close + 2 : close + 1;
        int phrase = cues.productPhraseBefore(text, open + 1);
        boolean modelInside = modelWordInside(text, from, close) || endsWithKnownName(text, hits, from, close)
                || assistants.endsWithAssistant(text, from, close);
        boolean series = brand < from && seriesAfter(text, from, close);
        boolean branded = brand < from && (phrase >= 0 || OpenModelNames.modelWordLaterInClause(text, close + 1)
                || !spaced && brandStandsAlone(text, brand, from - 1, open) && speaksOfModelsOrAi(text)
                && !OpenModelNames.overlaps(hits.models(), brand, from - 1)
                || makersWordName(text, brand, from, close, open));
        boolean assistantApp = QuotedAssistantNames.assistantApp(text, open, close); // 助手“笙语”App
        if (phrase < 0 && !modelInside && !series && !branded && !assistantApp && !cues.modelWordAfter(text, after)
                && !cues.productNounAfter(text, close + 1)
                && !releasedWithVersion(text, open, from, close) && !namedAfterModel(ctx, open)) {
            return List.of();
        }
        boolean alone = modelInside || series || branded || cues.standaloneHeadBefore(text, open + 1) || cues.domainModelBefore(text, open + 1)
                || cues.domainModelAfter(text, close + 1) || cues.aiAssistantRightAfter(text, close + 1)
                || phrase >= 0 && (quotedAgain(text, from, close) || QuotedAssistantNames.makersDiminutive(text, from, close)
                        || cues.priceAfter(text, close))
                || assistantApp;
        if (!alone && !cues.named(text, open) && !cues.releasedInClause(text, open) && !cues.releaseVerbAt(text, close + 1)
                && !(phrase >= 0 && cues.possessiveBefore(text, phrase)) && !cues.possessiveEndsAt(text, open)) {
            return List.of();
        }
        String name = text.substring(from, close).strip();
        if (name.length() < minName || notNames.contains(name.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        String vendor = cues.releasedBy(ctx, open, companies);
        List<Decision> out = new ArrayList<>(2);
        String family = named(text, brand, from, close, vendor, out);
        alias(text, afterGeneration(text, close + 1), family, vendor, hits, out);
        return out;
    }

    /**
     * {@code “澄言·星河3”家族}, {@code “溯光·墨4”系列}: a branded name with a number version, then a
     * series word, in a text that speaks of models.
     */
    private boolean seriesAfter(String text, int from, int close) {
        int word = wordEnd(text, from, close);
        ModelName read = grammar.read(text, word);
        return word > from && read.end() == close && read.version().isPresent()
                && (text.startsWith("系列", close + 1) || text.startsWith("家族", close + 1)) && text.contains("模型");
    }

    /** {@code 基础模型，内部代号为“Dunlin”}: a naming word before the quotes and 模型 earlier in their sentence. */
    private boolean namedAfterModel(ExtractionContext ctx, int open) {
        return cues.named(ctx.text(), open)
                && ctx.text().substring(ctx.sentenceWindow(open, open).start(), open).contains("模型");
    }

    /** Longest brand before a middle dot, in chars. */
    private static final int MAX_BRAND = 4;

    /**
     * {@code 上线了“溯律 1.0”}: a release verb right before the quotes, which hold a Han name of two
     * or more characters and a dotted version, in a text that speaks of models (模型).
     */
    private boolean releasedWithVersion(String text, int open, int from, int close) {
        int word = wordEnd(text, from, close);
        if (word - from < 2 || !CharClass.isHan(text.charAt(from)) || !cues.releaseVerbEndsAt(text, open)) {
            return false;
        }
        ModelName read = grammar.read(text, word);
        return read.end() == close && read.dottedVersion() && text.contains("模型");
    }

    /**
     * Whether a dictionary name stands in the quotes {@code [from, close)}: a model name but a
     * Latin one that ends a longer quoted name after two or more characters of its own
     * ({@code “苍穹GPT”}, {@code “DBS-GPT”}: the quoted name is read, the known one inside it is
     * none; {@code “海纳百川”} is a word), or a
     * company name that is not strictly inside a longer quoted name ({@code “阿里山”} holds 阿里 and
     * is still read; {@code “阿里云”} is the company's).
     */
    private static boolean holdsAnotherName(String text, NameHits hits, int from, int close, boolean branded) {
        List<? extends Match<?>> models = hits.models();
        for (int i = Match.firstAtOrAfter(models, Math.max(0, from - 64)); i < models.size()
                && models.get(i).start() < close; i++) {
            Match<?> h = models.get(i);
            if (h.end() > from && (h.start() < from + 2 || h.end() != close || !CharClass.isAsciiLetter(text.charAt(h.start())))) {
                return true; // a known name that is not the Latin end of a longer quoted name (“苍穹GPT”; “海纳百川” is an idiom)
            }
        }
        List<Match<CompanySurface>> companies = hits.companies();
        for (int i = Match.firstAtOrAfter(companies, Math.max(0, from - 64)); i < companies.size()
                && companies.get(i).start() < close; i++) {
            Match<CompanySurface> h = companies.get(i);
            boolean wholeName = h.start() == from && h.end() == close;
            if (branded && wholeName && h.values().stream().allMatch(CompanySurface::contextOnly)) {
                continue; // “澍川·启明”: after a brand and its dot, a word that is also a company's short name names the model
            }
            if (h.end() > from && (h.start() < from || h.end() > close || h.end() - h.start() == close - from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the decision on the quoted name {@code [brand, close)} and returns its family: the
     * name, or its first word when a version follows it to the closing quote ({@code 港语-1}); a
     * brand and a middle dot open the family ({@code “溯光·墨4”}: family 溯光·墨, version 4), and
     * {@code brand == from} when there is none.
     */
    private String named(String text, int brand, int from, int close, String vendor, List<Decision> out) {
        if (brand == from) {
            return named(text, from, close, vendor, out, 2);
        }
        List<Decision> inner = new ArrayList<>(1);
        String family = text.substring(brand, from) + named(text, from, close, vendor, inner, 1);
        ModelReading r = inner.get(0).model().orElseThrow();
        out.add(OpenModelNames.decision(text, brand, close, family, r.version(), r.variant(),
                r.parameters(), Reason.NAMED_AS_MODEL, vendor));
        return family;
    }

    /** As {@link #named(String, int, int, int, String, List)} without a brand; a version is read after a word of {@code minWord} chars or more. */
    private String named(String text, int from, int close, String vendor, List<Decision> out, int minWord) {
        int word = mixedWordEnd(text, from, close);
        int model = modelWordEnd(text, from, word);
        if (model > 0) {
            word = model; // “璇衡大模型3.5”: the family is 璇衡, the version is read after 大模型
            if (word == close - MODEL_WORD.length()) {
                out.add(OpenModelNames.decision(text, from, close, text.substring(from, word), Optional.empty(),
                        Optional.empty(), Optional.empty(), Reason.NAMED_AS_MODEL, vendor));
                return text.substring(from, word);
            }
        }
        if (word < close && word - from >= minWord) {
            ModelName read = grammar.read(text, word);
            if (read.end() == close && read.version().isPresent()) {
                String family = text.substring(from, word);
                out.add(OpenModelNames.decision(text, from, close, family, read.version(), read.variant(),
                        read.parameters(), Reason.NAMED_AS_MODEL, vendor));
                return family;
            }
        }
        String family = text.substring(from, close);
        out.add(OpenModelNames.decision(text, from, close, family, Optional.empty(), Optional.empty(),
                Optional.empty(), Reason.NAMED_AS_MODEL, vendor));
        return family;
    }

    /** {@code “听澜”(TingLan)}: a Latin name alone in brackets at {@code at}, read as the same family. */
    private void alias(String text, int at, String family, String vendor, NameHits hits, List<Decision> out) {
        if (at >= text.length() || OPEN_BRACKETS.indexOf(text.charAt(at)) < 0) {
            return;
        }
        int start = at + 1;
        int letters = start;
        while (letters < text.length() && CharClass.isAsciiLetter(text.charAt(letters))) {
            letters++;
        }
        if (letters - start < 2 || notNames.contains(text.substring(start, letters).toLowerCase(Locale.ROOT))) {
            return;
        }
        ModelName read = grammar.read(text, letters);
        int end = read.end();
        if (end >= text.length() || CLOSE_BRACKETS.indexOf(text.charAt(end)) < 0
                || OpenModelNames.touches(hits, start, end)) {
            return;
        }
        out.add(OpenModelNames.decision(text, start, end, family, read.version(), read.variant(), read.parameters(),
                Reason.NAMED_AS_MODEL, vendor));
    }

    /**
     * {@code “苍穹GPT”}, {@code “DBS-GPT”}: a known model name ends the quoted name after a name of
     * its own (no word that describes a model: not {@code “中国版ChatGPT”}, {@code “类GPT”}); a
     * short form is no such name ({@code 机器人“栎行R2”}: R2 is a product code here).
     */
    private boolean endsWithKnownName(String text, NameHits hits, int from, int close) {
        List<Match<ModelSurface>> models = hits.models();
        for (int i = Match.firstAtOrAfter(models, from); i < models.size() && models.get(i).start() < close; i++) {
            Match<ModelSurface> h = models.get(i);
            if (h.end() == close && h.start() >= from + 2
                    && !h.values().stream().allMatch(ModelSurface::shortForm)) {
                return !generic.describes(text.substring(from, h.start()));
            }
        }
        return false;
    }

    /**
     * {@code 翀霄表示…把「翀霄·衡策」引入}: the brand {@code [brand, dot)} of a quoted brand·name stands
     * elsewhere in the text on its own (not before another middle dot), the company it names.
     */
    private static boolean brandStandsAlone(String text, int brand, int dot, int open) {
        return NameOccurrences.elsewhere(text, text.substring(brand, dot), open, dot + 1, (at, end) ->
                end >= text.length() || VersionGrammar.MIDDLE_DOTS.indexOf(text.charAt(end)) < 0);
    }

    /**
     * {@code 旗下合规审阅助手“锴信 Dunlin”}, {@code “镕思 Juniper”系列模型}: the maker's brand (its
     * name stands alone elsewhere in the text), one space and a capitalised Latin word, not a code
     * ({@code “汐元 H3”} may be a robot), not after a hardware noun, in a text that speaks of AI.
     * The word names the maker's product even where a known company shares it (Juniper).
     */
    private boolean makersWordName(String text, int brand, int from, int close, int open) {
        if (brand == from || text.charAt(from - 1) != ' ' || !latinWord(text, from, close)
                || cues.hardwareBefore(text, open)) {
            return false;
        }
        return brandStandsAlone(text, brand, from - 1, open) && speaksOfModelsOrAi(text);
    }

    /** Whether the text speaks of models or AI at all (模型, AI): what makes a brand's product name a model's. */
    private static boolean speaksOfModelsOrAi(String text) {
        return text.contains("模型") || text.contains("AI");
    }

    /** A capitalised Latin word of three or more letters ({@code Juniper}), nothing else in {@code [from, close)}. */
    private static boolean latinWord(String text, int from, int close) {
        if (close - from < 3 || text.charAt(from) < 'A' || text.charAt(from) > 'Z') {
            return false;
        }
        for (int i = from + 1; i < close; i++) {
            if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code AI模型「瞳见」……「瞳见」已完成筛查}: the name in the quotes {@code [from, close)} stands
     * in quotes again elsewhere in the text (the product the article is about; a passing slogan is
     * quoted once).
     */
    private static boolean quotedAgain(String text, int from, int close) {
        return NameOccurrences.elsewhere(text, text.substring(from, close), from, close, (at, end) ->
                at > 0 && end < text.length() && OpenModelCues.OPEN_QUOTES.indexOf(text.charAt(at - 1)) >= 0
                        && OpenModelCues.CLOSE_QUOTES.indexOf(text.charAt(end)) >= 0);
    }

    /** The word a quoted name may end its family with ({@code “璇衡大模型3.5”}). */
    private static final String MODEL_WORD = "大模型";

    /** Whether the quoted name {@code [from, close)} ends its Han word with 大模型 after two or more other characters. */
    private static boolean modelWordInside(String text, int from, int close) {
        return modelWordEnd(text, from, wordEnd(text, from, close)) > 0;
    }

    /** Where the family before 大模型 ends when the Han word {@code [from, word)} ends with it, or -1. */
    private static int modelWordEnd(String text, int from, int word) {
        int at = word - MODEL_WORD.length();
        return at - from >= 2 && text.startsWith(MODEL_WORD, at) ? at : -1;
    }

    /** Past a generation written after the quotes ({@code “粤声”第二代(YueSheng-2)}), or {@code at}. */
    private static int afterGeneration(String text, int at) {
        if (!text.startsWith("第", at) || at + 2 >= text.length()) {
            return at;
        }
        int i = at + 1;
        while (i < text.length() && i - at <= 3 && "0123456789一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > at + 1 && text.startsWith("代", i) ? i + 1 : at;
    }

    /** End of the first word of a quoted name: a run of Han characters or of Latin letters. */
    /**
     * {@code 黛蓝Nusa 2}, {@code 沅语 Bahasa 1}: a Han word and the Latin word glued to it or after
     * one space are one name; else {@link #wordEnd}.
     */
    private static int mixedWordEnd(String text, int from, int to) {
        int word = wordEnd(text, from, to);
        if (word == from || !CharClass.isHan(text.charAt(from))) {
            return word;
        }
        int latinStart = word + 1 < to && text.charAt(word) == ' ' ? word + 1 : word;
        int latin = latinStart;
        while (latin < to && CharClass.isAsciiLetter(text.charAt(latin))) {
            latin++;
        }
        return latin - latinStart >= 2 ? latin : word;
    }

    private static int wordEnd(String text, int from, int to) {
        boolean han = CharClass.isHan(text.charAt(from));
        int i = from;
        while (i < to && (han ? CharClass.isHan(text.charAt(i)) : CharClass.isAsciiLetter(text.charAt(i)))) {
            i++;
        }
        return i;
    }
}
