package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.WordsAt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the version and variant written after a model family name: {@code Qwen3-235B-A22B},
 * {@code Qwen2.5-Max}, {@code GPT-4o-mini}, {@code DeepSeek-R1}, {@code Gemini 2.5 Pro},
 * {@code Llama 4}, {@code Claude Opus 4}, {@code 文心4.5}. Tokens are separated by at most one
 * {@code -}, {@code _} or space (or nothing); a token is a version ({@code 2.5}, {@code 4o},
 * {@code R1}, {@code VL2}), a size ({@code 7B}, {@code A22B}, {@code 8x7B}), a dated snapshot after a
 * hyphen ({@code 0528}) or a variant word: a known one (resource {@code variants.tsv}), or after a
 * hyphen any capitalised Latin word ({@code Qwen3-Zero}, {@code GLM-4.5-Air}, {@code Seed-OSS}:
 * the open part of the grammar), or after a hyphen that follows a version or size one capital
 * letter ({@code SEA-LION-v4-32B-R}), or one capital letter after a hyphen with a number version
 * after it ({@code MiniCPM-V 5.0}), or right after the family or its version and a space a
 * capitalised word no list holds that ends the Latin run ({@code ILMU Suara}, {@code Foo Voice 3 Live}; {@link #readWritten} leaves it out, for
 * telling a model from a namesake such as {@code Claude Monet}), or such a word glued to a Han
 * family and ending the name ({@code 混元TurboS}), or after a size and a hyphen any tag of
 * letters and digits ({@code Foo-2-8B-zhTW}, {@code Bar-7B-int4}). A Chinese line name after a middle dot right after the family
 * ({@code 豆包·语音合成模型}: {@code 语音合成}) is a variant too, and so is a known variant word
 * alone in brackets after a version ({@code GPT-5 (high)}). Reading stops at the first other
 * token, and a number followed by a unit or date character ({@code 3亿}, {@code 5月},
 * {@code 2025年}) is never a version, unless a word opens there ({@code 4.6分别}, {@code GPT-5时代}).
 * One left-to-right pass, no backtracking.
 * Immutable and thread-safe.
 */
final class VersionGrammar {

    /** Characters after a number that make it a quantity or a date, not a version. */
    private static final String NOT_AFTER_VERSION = "年月日号天周时分秒亿万千百十个%％倍款位名家台人元次条项张件部篇字美港英欧韩度点股";

    /** Middle dots that join a family and a Chinese line name ({@code 豆包·语音}), or a brand and a name ({@code 溯光·墨}). */
    static final String MIDDLE_DOTS = "\u00b7\u30fb\u2022\u2027";

    /** Longest Chinese line name read after a middle dot, in chars. */
    private static final int MAX_LINE_NAME = 6;

    private final Set<String> variants;
    private final Set<String> tiers;
    private final Set<String> notNames;

    private VersionGrammar(Set<String> variants, Set<String> tiers, Set<String> notNames) {
        this.variants = variants;
        this.tiers = tiers;
        this.notNames = notNames;
    }

    static VersionGrammar standard() {
        return new VersionGrammar(words("variants.tsv", "variant"), words("subscription-tiers.tsv", "tier"),
                words("not-model-names.tsv", "word"));
    }

    /** Whether a variant read starts with a word of {@code variants.tsv} ({@code Pro}, {@code VL Max}), in any case. */
    boolean startsWithKnownVariant(String variant) {
        int end = 0;
        while (end < variant.length() && variant.charAt(end) != ' ' && variant.charAt(end) != '-') {
            end++;
        }
        return variants.contains(variant.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** The Latin words that name no model ({@code not-model-names.tsv}), in lower case. */
    Set<String> notNames() {
        return notNames;
    }

    private static Set<String> words(String resource, String column) {
        Set<String> words = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(VersionGrammar.class, resource, Columns.of(column))) {
            String w = row.get(0).toLowerCase(Locale.ROOT);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return Set.copyOf(words);
    }

    /**
     * Reads after an assistant's name: as {@link #read}, but a subscription plan written after a
     * space with no version ({@code ChatGPT Plus}, resource {@code subscription-tiers.tsv}) is
     * no part of the model's name.
     */
    ModelName readAfterAssistant(String text, int from) {
        ModelName name = read(text, from);
        if (name.version().isEmpty() && name.variant().isPresent() && text.charAt(from) == ' ') {
            String first = name.variant().get().split("[ -]")[0].toLowerCase(Locale.ROOT);
            if (tiers.contains(first)) {
                return ModelName.none(from);
            }
        }
        return name;
    }

    /** Reads from {@code from}, right after a family name. */
    ModelName read(String text, int from) {
        return read(text, from, true);
    }

    /**
     * As {@link #read}, without the open word after a space ({@link #openWordEndingName}): what a
     * name's own writing says, for telling a model from a namesake ({@code Claude Monet}).
     */
    ModelName readWritten(String text, int from) {
        return read(text, from, false);
    }

    private ModelName read(String text, int from, boolean openSpaceWord) {
        int line = lineNameEnd(text, from);
        if (line > 0) {
            return new ModelName(line, Optional.empty(), Optional.of(text.substring(from + 1, line)),
                    Optional.empty(), false);
        }
        ModelName afterModelWord = versionAfterModelWord(text, from);
        if (afterModelWord != null) {
            return afterModelWord;
        }
        int pos = from;
        String version = null;
        StringBuilder variant = new StringBuilder();
        BigDecimal parameters = null;
        boolean sized = false;
        boolean afterSize = false;
        while (pos < text.length()) {
            int tokenStart = pos;
            char sep = text.charAt(pos);
            boolean hasSep = sep == '-' || sep == '_' || sep == ' ';
            if (hasSep) {
                tokenStart++;
            }
            int tokenEnd = VersionTokens.tokenEnd(text, tokenStart);
            if (tokenEnd == tokenStart) {
                break;
            }
            String token = text.substring(tokenStart, tokenEnd);
            boolean first = variant.length() == 0; // right after the family, or after its version: 琬聆 Voice 3 Live
            Kind kind = sep == '-' && lineLetterBeforeVersion(text, token, tokenEnd) ? Kind.WORD
                    : openSpaceWord && first && sep == ' ' && openWordEndingName(text, token, tokenEnd) ? Kind.WORD
                    : sep == '-' && afterSize && isTagAfterSize(token) ? Kind.WORD
                    : openSpaceWord && !hasSep && tokenStart == from && gluedWordAfterHan(text, from, token) ? Kind.WORD
                    : classify(token, version != null || variant.length() > 0, sep == '-');
            if (kind == Kind.NONE || (kind == Kind.VERSION && version != null)) {
                break;
            }
            if (kind == Kind.VERSION && Character.isDigit(token.charAt(0)) && quantityFollows(text, tokenEnd)) {
                break;
            }
            if (kind == Kind.VERSION) {
                version = token;
            } else {
                if (variant.length() > 0) {
                    variant.append(sep == ' ' ? ' ' : '-');
                }
                variant.append(token);
                if (kind == Kind.SIZE && parameters == null) {
                    parameters = VersionTokens.parameters(token);
                }
                sized |= kind == Kind.SIZE && VersionTokens.isBillions(token);
            }
            afterSize = kind == Kind.SIZE;
            pos = tokenEnd;
        }
        int bracketed = version == null ? -1 : bracketedVariantEnd(text, pos);
        if (bracketed > 0) {
            int open = text.charAt(pos) == ' ' ? pos + 1 : pos;
            if (variant.length() > 0) {
                variant.append(' ');
            }
            variant.append(text, open + 1, bracketed - 1);
            pos = bracketed;
        }
        return new ModelName(pos, Optional.ofNullable(version),
                variant.length() == 0 ? Optional.empty() : Optional.of(variant.toString()),
                Optional.ofNullable(parameters), sized);
    }

    /**
     * {@code GPT-5 (high)}, {@code o3（high）}: a known variant word alone in brackets right after a
     * version (one space allowed), as benchmark tables name a reasoning effort; where the closing
     * bracket ends, or -1.
     */
    private int bracketedVariantEnd(String text, int pos) {
        int at = pos < text.length() && text.charAt(pos) == ' ' ? pos + 1 : pos;
        if (at >= text.length() || text.charAt(at) != '(' && text.charAt(at) != '（') {
            return -1;
        }
        int end = VersionTokens.tokenEnd(text, at + 1);
        if (end == at + 1 || end >= text.length() || text.charAt(end) != ')' && text.charAt(end) != '）'
                || !variants.contains(text.substring(at + 1, end).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return end + 1;
    }

    /**
     * {@code 豆包大模型1.8}, {@code 盘古大模型5.0}, {@code 豆包大模型 1.8}: a number version right
     * after {@code 大模型} (one space allowed) that follows a Han family name, no quantity after it;
     * null when there is none.
     */
    private static ModelName versionAfterModelWord(String text, int from) {
        if (from == 0 || !CharClass.isHan(text.charAt(from - 1)) || !text.startsWith(MODEL_WORD, from)) {
            return null;
        }
        int start = from + MODEL_WORD.length();
        if (start + 1 < text.length() && text.charAt(start) == ' ' && Character.isDigit(text.charAt(start + 1))) {
            start++; // 豆包大模型 1.8
        }
        int end = VersionTokens.tokenEnd(text, start);
        if (end == start || !Character.isDigit(text.charAt(start)) || !VersionTokens.isNumberVersion(text.substring(start, end))
                || quantityFollows(text, end)) {
            return null;
        }
        return new ModelName(end, Optional.of(text.substring(start, end)), Optional.empty(), Optional.empty(), false);
    }

    /** The word between a Han family name and a version written after it ({@code 豆包大模型1.8}). */
    private static final String MODEL_WORD = "大模型";

    /**
     * The end of a Chinese line name after a middle dot at {@code from} ({@code 豆包·语音合成模型}
     * ends before {@code 模型}), or -1: two to {@value #MAX_LINE_NAME} Han characters.
     */
    private static int lineNameEnd(String text, int from) {
        if (from >= text.length() || MIDDLE_DOTS.indexOf(text.charAt(from)) < 0) {
            return -1;
        }
        int i = from + 1;
        while (i < text.length() && i - from - 1 < MAX_LINE_NAME && CharClass.isHan(text.charAt(i))
                && !text.startsWith("大模型", i) && !text.startsWith("模型", i)) {
            i++;
        }
        return i - from - 1 >= 2 ? i : -1;
    }

    /**
     * A one-capital line letter after a hyphen with a number version after it ({@code MiniCPM-V 5.0},
     * {@code Foo-V-2}): the letter is a variant.
     */
    private static boolean lineLetterBeforeVersion(String text, String token, int tokenEnd) {
        if (token.length() != 1 || !CharClass.isAsciiLetter(token.charAt(0)) || !Character.isUpperCase(token.charAt(0))
                || tokenEnd + 1 >= text.length() || " -".indexOf(text.charAt(tokenEnd)) < 0) {
            return false;
        }
        int next = VersionTokens.tokenEnd(text, tokenEnd + 1);
        return next > tokenEnd + 1 && VersionTokens.isNumberVersion(text.substring(tokenEnd + 1, next)) && !quantityFollows(text, next);
    }

    private enum Kind { VERSION, SIZE, SNAPSHOT, WORD, NONE }

    private Kind classify(String token, boolean afterSomething, boolean afterHyphen) {
        if (VersionTokens.isSize(token)) {
            return Kind.SIZE;
        }
        if (VersionTokens.isNumberVersion(token) || VersionTokens.isLetterVersion(token)) {
            return Kind.VERSION;
        }
        if (afterSomething && afterHyphen && token.length() == 4 && VersionTokens.allDigits(token, 0, 4)) {
            return Kind.SNAPSHOT;
        }
        if (variants.contains(token.toLowerCase(Locale.ROOT)) || (afterHyphen && VersionTokens.isOpenWord(token))) {
            return Kind.WORD;
        }
        if (afterSomething && afterHyphen && token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return Kind.WORD;
        }
        return Kind.NONE;
    }

    /**
     * {@code ILMU Suara}, {@code Foo Lagu 2}: right after the family and a space, a capitalised
     * word no list holds ({@link VersionTokens#isOpenWord}, small letters after the capital) that ends the
     * Latin run (a version may follow) and is no plain word of {@code not-model-names.tsv}.
     */
    private boolean openWordEndingName(String text, String token, int tokenEnd) {
        if (token.length() < 3 || !VersionTokens.isOpenWord(token) || Character.isUpperCase(token.charAt(token.length() - 1))
                || notNames.contains(token.toLowerCase(Locale.ROOT)) || variants.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (tokenEnd >= text.length()) {
            return true;
        }
        char next = text.charAt(tokenEnd);
        if (next == ' ' && tokenEnd + 1 < text.length()) {
            return !CharClass.isAsciiLetter(text.charAt(tokenEnd + 1));
        }
        return !CharClass.isAsciiLetter(next) && !Character.isDigit(next) && next != '-' && next != '.';
    }

    /**
     * {@code Foo-2-8B-zhTW}, {@code Bar-7B-int4}: after a size and a hyphen, any tag of two to
     * {@value #MAX_TAG} Latin letters and digits, a letter first, is part of the released name (a
     * language, a quantisation, a format), whatever its case.
     */
    private static boolean isTagAfterSize(String token) {
        if (token.length() < 2 || token.length() > MAX_TAG || !CharClass.isAsciiLetter(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            if (!CharClass.isAsciiAlnum(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code 混元TurboS}: a capitalised Latin word glued to a Han family name and ending the name
     * (no version after it: 日日新SenseNova V7 is two names), no list holds it and it names nothing
     * on its own ({@code not-model-names.tsv}: not 豆包App); the line's variant.
     */
    private boolean gluedWordAfterHan(String text, int from, String token) {
        if (from == 0 || !CharClass.isHan(text.charAt(from - 1)) || token.length() < 2 || token.length() > MAX_TAG
                || !Character.isUpperCase(token.charAt(0)) || notNames.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int lower = 0;
        for (int i = 1; i < token.length(); i++) {
            if (!CharClass.isAsciiLetter(token.charAt(i))) {
                return false;
            }
            lower += Character.isLowerCase(token.charAt(i)) ? 1 : 0;
        }
        int end = from + token.length();
        boolean endsName = end >= text.length() || " -_.".indexOf(text.charAt(end)) < 0 && !CharClass.isAsciiAlnum(text.charAt(end));
        return lower > 0 && endsName; // TurboS, not an acronym (混元API) nor a Latin name with its version (日日新SenseNova V7)
    }

    /** Longest tag read after a size ({@link #isTagAfterSize}), in chars. */
    private static final int MAX_TAG = 12;

    private static boolean quantityFollows(String text, int end) {
        return end < text.length() && NOT_AFTER_VERSION.indexOf(text.charAt(end)) >= 0
                && !WordsAt.startsWithAny(text, end, WORDS_NOT_QUANTITIES);
    }

    /**
     * Words opening with a character of {@link #NOT_AFTER_VERSION} that make no quantity or date of
     * the number before them ({@code GLM-4.6分别下调}, {@code 进入GPT-5时代}, {@code Qwen3家族}).
     */
    private static final List<String> WORDS_NOT_QUANTITIES = List.of("分别", "时代", "时期", "家族", "部署", "项目", "名称", "人工智能");

}
