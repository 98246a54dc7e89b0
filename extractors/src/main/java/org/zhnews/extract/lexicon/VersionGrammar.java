package org.zhnews.extract.lexicon;

import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

import java.math.BigDecimal;
import java.util.HashSet;
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
 * after it ({@code MiniCPM-V 5.0}). A Chinese line name after a middle dot right after the family
 * ({@code 豆包·语音合成模型}: {@code 语音合成}) is a variant too, and so is a known variant word
 * alone in brackets after a version ({@code GPT-5 (high)}). Reading stops at the first other
 * token, and a number followed by a unit or date character ({@code 3亿}, {@code 5月},
 * {@code 2025年}) is never a version. One left-to-right pass, no backtracking.
 * Immutable and thread-safe.
 */
final class VersionGrammar {

    /** Characters after a number that make it a quantity or a date, not a version. */
    private static final String NOT_AFTER_VERSION = "年月日号天周时分秒亿万千百十个%％倍款位名家台人元次条项张件部篇字美港英欧韩度点股";

    /** Middle dots that join a family and a Chinese line name ({@code 豆包·语音}). */
    private static final String MIDDLE_DOTS = "\u00b7\u30fb\u2022\u2027";

    /** Longest Chinese line name read after a middle dot, in chars. */
    private static final int MAX_LINE_NAME = 6;

    /** Longest open variant word read after a hyphen, in chars. */
    private static final int MAX_OPEN_WORD = 12;

    private final Set<String> variants;
    private final Set<String> tiers;

    private VersionGrammar(Set<String> variants, Set<String> tiers) {
        this.variants = variants;
        this.tiers = tiers;
    }

    static VersionGrammar standard() {
        return new VersionGrammar(words("variants.tsv", "variant"), words("subscription-tiers.tsv", "tier"));
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
        while (pos < text.length()) {
            int tokenStart = pos;
            char sep = text.charAt(pos);
            boolean hasSep = sep == '-' || sep == '_' || sep == ' ';
            if (hasSep) {
                tokenStart++;
            }
            int tokenEnd = tokenEnd(text, tokenStart);
            if (tokenEnd == tokenStart) {
                break;
            }
            String token = text.substring(tokenStart, tokenEnd);
            Kind kind = sep == '-' && lineLetterBeforeVersion(text, token, tokenEnd) ? Kind.WORD
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
                    parameters = parameters(token);
                }
                sized |= kind == Kind.SIZE && isBillions(token);
            }
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
        int end = tokenEnd(text, at + 1);
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
        int end = tokenEnd(text, start);
        if (end == start || !Character.isDigit(text.charAt(start)) || !isNumberVersion(text.substring(start, end))
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
        int next = tokenEnd(text, tokenEnd + 1);
        return next > tokenEnd + 1 && isNumberVersion(text.substring(tokenEnd + 1, next)) && !quantityFollows(text, next);
    }

    /** A size counted in billions or trillions ({@code 7B}, {@code A22B}, {@code 8x7B}, {@code 1T}). */
    private static boolean isBillions(String size) {
        char unit = Character.toUpperCase(size.charAt(size.length() - 1));
        return unit == 'B' || unit == 'T';
    }

    private enum Kind { VERSION, SIZE, SNAPSHOT, WORD, NONE }

    private Kind classify(String token, boolean afterSomething, boolean afterHyphen) {
        if (isSize(token)) {
            return Kind.SIZE;
        }
        if (isNumberVersion(token) || isLetterVersion(token)) {
            return Kind.VERSION;
        }
        if (afterSomething && afterHyphen && token.length() == 4 && allDigits(token, 0, 4)) {
            return Kind.SNAPSHOT;
        }
        if (variants.contains(token.toLowerCase(Locale.ROOT)) || (afterHyphen && isOpenWord(token))) {
            return Kind.WORD;
        }
        if (afterSomething && afterHyphen && token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return Kind.WORD;
        }
        return Kind.NONE;
    }

    /**
     * A variant word no list holds, read only after a hyphen: Latin letters only, two to
     * {@value #MAX_OPEN_WORD} of them, a capital first, then all small ({@code Zero}) or, up to
     * four letters, all capitals ({@code OSS}, {@code VLA}).
     */
    private static boolean isOpenWord(String t) {
        int n = t.length();
        if (n < 2 || n > MAX_OPEN_WORD || !Character.isUpperCase(t.charAt(0)) || !CharClass.isAsciiLetter(t.charAt(0))) {
            return false;
        }
        boolean lower = true;
        boolean upper = true;
        for (int i = 1; i < n; i++) {
            char c = t.charAt(i);
            if (!CharClass.isAsciiLetter(c)) {
                return false;
            }
            lower &= Character.isLowerCase(c);
            upper &= Character.isUpperCase(c);
        }
        return lower || (upper && n <= 4);
    }

    /**
     * {@code 3}, {@code 2.5}, {@code 4.1}, {@code 4o}, {@code 4.5V}: at most three digits a part, a
     * trailing {@code o} or {@code V} (vision).
     */
    private static boolean isNumberVersion(String t) {
        int end = t.endsWith("o") || t.endsWith("V") ? t.length() - 1 : t.length();
        return end > 0 && dottedNumber(t, 0, end, 3);
    }

    /**
     * {@code R1}, {@code V3}, {@code K2}, {@code X1}, {@code V2.5}: one letter, then a number; or
     * two such parts ({@code R1V3}); or two or three capitals, then a number ({@code VL2}).
     */
    private static boolean isLetterVersion(String t) {
        if (t.length() < 2 || !CharClass.isAsciiLetter(t.charAt(0))) {
            return false;
        }
        if (dottedNumber(t, 1, t.length(), 3)) {
            return true;
        }
        int capitals = 0;
        while (capitals < t.length() && capitals < 4 && CharClass.isAsciiLetter(t.charAt(capitals))
                && Character.isUpperCase(t.charAt(capitals))) {
            capitals++;
        }
        if (capitals >= 2 && capitals <= 3 && dottedNumber(t, capitals, t.length(), 2)) {
            return true;
        }
        int second = 1;
        while (second < t.length() && !CharClass.isAsciiLetter(t.charAt(second))) {
            second++;
        }
        return second > 1 && second < t.length() - 1 && dottedNumber(t, 1, second, 3)
                && dottedNumber(t, second + 1, t.length(), 3);
    }

    /** {@code 7B}, {@code 1.5B}, {@code 70b}, {@code A22B}, {@code 8x7B}, {@code 500M}. */
    private static boolean isSize(String t) {
        if (t.length() < 2) {
            return false;
        }
        char unit = Character.toUpperCase(t.charAt(t.length() - 1));
        if (unit != 'B' && unit != 'M' && unit != 'K' && unit != 'T') {
            return false;
        }
        String body = t.substring(0, t.length() - 1);
        if (body.startsWith("A") || body.startsWith("a")) {
            return unit == 'B' && dottedNumber(body, 1, body.length(), 4);
        }
        int x = Math.max(body.indexOf('x'), body.indexOf('X'));
        if (x > 0) {
            return allDigits(body, 0, x) && dottedNumber(body, x + 1, body.length(), 4);
        }
        return dottedNumber(body, 0, body.length(), 4);
    }

    private static BigDecimal parameters(String size) {
        String body = size.substring(0, size.length() - 1);
        if (body.startsWith("A") || body.startsWith("a") || body.indexOf('x') >= 0 || body.indexOf('X') >= 0) {
            return null;
        }
        int exponent = switch (Character.toUpperCase(size.charAt(size.length() - 1))) {
            case 'T' -> 12;
            case 'B' -> 9;
            case 'M' -> 6;
            default -> 3;
        };
        return new BigDecimal(body).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    private static boolean quantityFollows(String text, int end) {
        return end < text.length() && NOT_AFTER_VERSION.indexOf(text.charAt(end)) >= 0;
    }

    /** Digits, single dots between digit runs, each run at most {@code maxRun} long. */
    private static boolean dottedNumber(String t, int from, int to, int maxRun) {
        if (from >= to) {
            return false;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > maxRun) {
                    return false;
                }
            } else if (c == '.' && run > 0 && i + 1 < to) {
                run = 0;
            } else {
                return false;
            }
        }
        return run > 0;
    }

    private static boolean allDigits(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** End of the Latin token at {@code from}: letters, digits, and dots between digits. */
    private static int tokenEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (CharClass.isAsciiLetter(c) || (c >= '0' && c <= '9')) {
                i++;
            } else if (c == '.' && i > from && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
