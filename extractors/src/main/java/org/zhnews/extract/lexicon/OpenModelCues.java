package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.sentence.SentenceMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words around a name that make it a model no list holds, and the questions asked of them:
 * resource {@code open-model-cues.tsv}. A model word right before or after a name
 * ({@code 语音模型Speech-02}, {@code Foo大模型}), a product noun it stands in apposition to
 * ({@code 智能体“账房”}, {@code AI助手Aida}), a naming word ({@code 名为“天问”}), a release verb in
 * its clause and the company before it ({@code 阶跃星辰发布Foo-2}), a possessive before the
 * product noun ({@code 其AI搜索助手“X”}). Immutable and thread-safe.
 */
final class OpenModelCues {

    /** The kinds of cue word, as in the {@code cue} column. */
    enum Cue { RELEASE, KIND, NAMING, HEAD, STANDALONE, DOMAIN, ASSISTANT, AI, QUALIFIER, PERSONAL, POSSESSIVE, NOT_POSSESSIVE, GENERATION, HARDWARE, PRICE }

    static final String OPEN_QUOTES = "“「『\"";
    static final String CLOSE_QUOTES = "”」』\"";

    /** Longest company name looked back over before a release verb, in chars. */
    private static final int MAX_COMPANY_NAME = 16;

    /** Most chars between a company's name and its release verb ({@code 近日正式}). */
    private static final int SUBJECT_GAP = 6;

    /** Characters that end a subject before a release verb: places, objects, other parties. */
    private static final String NOT_IN_SUBJECT_GAP = "在上和与及对向从把被给的、";

    /** Most words of a product noun phrase before its head ({@code 自研工业视觉大模型}). */
    private static final int MAX_QUALIFIERS = 4;

    /** Most Han characters between a possessive and the product phrase it owns ({@code 其东南亚多语种客服模型}). */
    private static final int MAX_POSSESSIVE_GAP = 4;

    /** Most Han characters between an AI word and an assistant noun no qualifier covers ({@code AI点单助手}). */
    private static final int MAX_GAP = 4;

    /** Characters that end a product noun phrase: particles and list marks. */
    private static final String NOT_IN_PHRASE = "的了和与及或、在是为";

    /** The words of each cue, indexed by {@link Cue#ordinal()}. */
    private final List<OrderedCueWords> words;

    private OpenModelCues(List<OrderedCueWords> words) {
        this.words = words;
    }

    static OpenModelCues standard() {
        List<List<String>> words = new ArrayList<>();
        for (int c = 0; c < Cue.values().length; c++) {
            words.add(new ArrayList<>());
        }
        for (LexiconRow row : Lexicon.resource(OpenModelCues.class, "open-model-cues.tsv", Columns.of("cue", "words"))) {
            words.get(Cue.valueOf(row.get(0).strip().toUpperCase(Locale.ROOT)).ordinal()).addAll(row.list(1));
        }
        return new OpenModelCues(words.stream().map(OrderedCueWords::new).toList());
    }

    /** {@code Foo大模型}, {@code Foo 语音合成模型}, {@code “Foo”的大模型}: only model kinds between the name and 模型. */
    boolean modelWordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || CLOSE_QUOTES.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        for (int guard = 0; guard < 4; guard++) {
            if (text.startsWith("模型", i)) {
                return true;
            }
            int next = after(text, i, Cue.KIND);
            if (next == i) {
                return false;
            }
            i = next;
        }
        return false;
    }

    /**
     * Where the product noun phrase right before the name at {@code start} begins, or -1: a head
     * noun ({@code 智能体}, {@code 模型}), or an assistant noun with an AI word in the phrase
     * ({@code AI搜索助手}, {@code 对话助手}, {@code AI点单助手}) or a qualifier that is no person's
     * ({@code 写作助手}, {@code 客服助理}; not {@code 私人助理}); up to {@value #MAX_QUALIFIERS}
     * qualifiers or model kinds before it ({@code 工业视觉大模型}).
     */
    int productPhraseBefore(String text, int start) {
        int end = skipBack(text, start);
        int head = before(text, end, Cue.HEAD);
        boolean needsAi = false;
        if (head == end) {
            head = before(text, end, Cue.ASSISTANT);
            needsAi = true;
        }
        if (head == end) {
            return -1;
        }
        int from = head;
        boolean ai = false;
        for (int k = 0; k < MAX_QUALIFIERS; k++) {
            int q = before(text, from, Cue.AI);
            if (q < from) {
                ai = true;
            } else {
                q = before(text, from, Cue.QUALIFIER);
                ai |= q < from && before(text, from, Cue.PERSONAL) == from;
                if (q == from) {
                    q = before(text, from, Cue.KIND);
                }
            }
            if (q == from) {
                break;
            }
            from = q;
        }
        if (needsAi && !ai) {
            from = aiWordBefore(text, from);
            ai = from >= 0;
        }
        return needsAi && !ai ? -1 : from;
    }

    /**
     * {@code 客服机器人“阿丽”}: the name at {@code start} stands right after a product noun that
     * names it without any other evidence (resource column {@code standalone}).
     */
    boolean standaloneHeadBefore(String text, int start) {
        int end = skipBack(text, start);
        return before(text, end, Cue.STANDALONE) < end;
    }

    /** {@code AI助理「堃宝」订阅费}: a price word right after the closing quote at {@code close}. */
    boolean priceAfter(String text, int close) {
        return after(text, close + 1, Cue.PRICE) > close + 1;
    }

    /** {@code 人形机器人“蔓岩M1”}: a hardware noun (not a chat or service robot) right before the name at {@code start}. */
    boolean hardwareBefore(String text, int start) {
        int end = skipBack(text, start);
        return before(text, end, Cue.HARDWARE) < end && before(text, end, Cue.STANDALONE) == end;
    }

    /**
     * {@code AI点单助手}: where an AI word starts that ends one to {@value #MAX_GAP} Han characters
     * (no particle among them) before {@code at}; or {@code 推出律师助理}, {@code 推出的LINE助理}: where
     * up to two Han characters or one Latin word start right after a release verb (a product is
     * released, a person is not); or -1.
     */
    private int aiWordBefore(String text, int at) {
        if (before(text, at, Cue.PERSONAL) < at) {
            return -1; // 推出人工客服“小李”: a person's
        }
        int latin = at;
        while (latin > 0 && CharClass.isAsciiLetter(text.charAt(latin - 1))) {
            latin--;
        }
        if (latin < at || releasedBefore(text, at)) {
            return releasedBefore(text, latin) ? latin : -1;
        }
        for (int k = 1; k <= MAX_GAP && at - k >= 0; k++) {
            char c = text.charAt(at - k);
            if (!CharClass.isHan(c) || NOT_IN_PHRASE.indexOf(c) >= 0) {
                return -1;
            }
            int ai = before(text, at - k, Cue.AI);
            if (ai < at - k || k <= 2 && releasedBefore(text, at - k)) {
                return Math.min(ai, at - k);
            }
        }
        return -1;
    }

    /** A release verb, and 的 after it, ends right before {@code at}. */
    private boolean releasedBefore(String text, int at) {
        return releaseVerbEndsAt(text, at) || at > 0 && text.charAt(at - 1) == '的' && releaseVerbEndsAt(text, at - 1);
    }

    /**
     * {@code 其AI搜索助手“X”}, {@code 旗下的聊天应用“X”}, {@code 其东南亚多语种客服模型“X”}: a
     * possessive before the product phrase at {@code from}, right before it or up to
     * {@value #MAX_POSSESSIVE_GAP} Han characters (no particle among them) earlier.
     */
    boolean possessiveBefore(String text, int from) {
        for (int k = 0; k <= MAX_POSSESSIVE_GAP && from - k >= 0; k++) {
            if (k > 0) {
                char c = text.charAt(from - k);
                if (!CharClass.isHan(c) || NOT_IN_PHRASE.indexOf(c) >= 0) {
                    return false;
                }
            }
            if (possessiveEndsAt(text, from - k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code cue} overlaps {@code [start, end)} ({@code 其} inside {@code 其中}). */
    private boolean insideWord(String text, int start, int end, Cue cue) {
        return words.get(cue.ordinal()).overlaps(text, start, end);
    }

    /**
     * {@code 工业视觉大模型“瞳鉴”}, {@code 语音合成模型“港音”}: 模型 (or 大模型) with a word naming
     * what the model does right before it ends right before the name at {@code start}
     * (resource column {@code domain}); a bare {@code 大模型“X”} is often a slogan.
     */
    boolean domainModelBefore(String text, int start) {
        int end = skipBack(text, start);
        if (end < 2 || !text.startsWith("模型", end - 2)) {
            return false;
        }
        int head = text.startsWith("大", end - 3) ? end - 3 : end - 2;
        return before(text, head, Cue.DOMAIN) < head;
    }

    /**
     * {@code “灵矩大脑”多模态大模型}: a word naming what a model does, then 模型, right after
     * {@code at} (past a closing quote and 的).
     */
    boolean domainModelAfter(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '的' || CLOSE_QUOTES.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        int next = after(text, i, Cue.DOMAIN);
        if (next == i) {
            return false;
        }
        return text.startsWith("模型", next) || text.startsWith("大模型", next);
    }

    /**
     * {@code “答鹿”的学习助手}, {@code “X”智能体}: qualifiers and a product noun (a head, or an
     * assistant noun) right after {@code at}, past 的.
     */
    boolean productNounAfter(String text, int at) {
        int i = text.startsWith("的", at) ? at + 1 : at;
        for (int k = 0; k <= MAX_QUALIFIERS; k++) {
            if (after(text, i, Cue.HEAD) > i || after(text, i, Cue.ASSISTANT) > i) {
                return k > 0 || after(text, i, Cue.HEAD) > i;
            }
            int q = after(text, i, Cue.QUALIFIER);
            if (q == i) {
                q = after(text, i, Cue.AI);
            }
            if (q == i) {
                return false;
            }
            i = q;
        }
        return false;
    }

    /**
     * {@code “霁言”智能助手}, {@code “X”AI客服}: an AI word and an assistant noun (助手, 助理, 客服;
     * not an app or a robot, which may be anything) right after the closing quote at {@code at}.
     */
    boolean aiAssistantRightAfter(String text, int at) {
        int ai = after(text, at, Cue.AI);
        int noun = ai > at ? after(text, ai, Cue.ASSISTANT) : ai;
        return noun > ai && "助理客服".indexOf(text.charAt(ai)) >= 0;
    }

    /** {@code 自研的鹿鸣大模型2.0}: a possessive ends right before {@code at} ({@code 其中} is none). */
    boolean possessiveEndsAt(String text, int at) {
        int p = before(text, at, Cue.POSSESSIVE);
        return p < at && !insideWord(text, p, at, Cue.NOT_POSSESSIVE);
    }

    /** Where the possessive ending at {@code at} starts ({@link #possessiveEndsAt}), or {@code at}. */
    int possessiveStart(String text, int at) {
        return before(text, at, Cue.POSSESSIVE);
    }

    /** {@code 推出望舒大模型3}: a release verb ends right before {@code at}. */
    boolean releaseVerbEndsAt(String text, int at) {
        return before(text, at, Cue.RELEASE) < at;
    }

    /** {@code “问道”上线半年}: a release verb right after {@code at}. */
    boolean releaseVerbAt(String text, int at) {
        return after(text, at, Cue.RELEASE) > at;
    }

    /** {@code 名为“X”}: a naming word right before the quote at {@code open}. */
    boolean named(String text, int open) {
        return before(text, open, Cue.NAMING) < open;
    }

    /** {@code 上一代T1}: a generation word right before {@code start}. */
    boolean generationBefore(String text, int start) {
        return before(text, start, Cue.GENERATION) < start;
    }

    /** A release verb earlier in the clause that ends at {@code at}. */
    boolean releasedInClause(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != '、' && SentenceMarks.isClauseEnd(c)) { // a list's 、 ends no clause: 推出马来语、华语及英语三语大模型“X”
                return false;
            }
            if (after(text, i, Cue.RELEASE) > i) {
                return true;
            }
        }
        return false;
    }

    /** Words before a company that make it the place a model is published ({@code 在GitHub开源}). */
    private static final java.util.regex.Pattern PLACE_BEFORE = java.util.regex.Pattern.compile("(在|于|至|到|通过)\\s*$");

    /**
     * The known company that released the name, subject of a release verb right before it in its
     * sentence (not a place it is published on: {@code 在Hugging Face开源}), or null.
     */
    String releasedBy(ExtractionContext ctx, int start, CompanyNames companies) {
        String text = ctx.text();
        int i = skipBack(text, start);
        int sentence = ctx.sentenceWindow(start, start).start();
        for (int at = i - 1; at >= sentence; at--) {
            if (words.get(Cue.RELEASE.ordinal()).startsWithin(text, at, i)) {
                int from = Math.max(sentence, at - SUBJECT_GAP - MAX_COMPANY_NAME);
                Optional<String> id = companies.lastEndingBy(from, at);
                int companyStart = companies.lastEndingStart(from, at);
                if (companyStart >= 0 && PLACE_BEFORE.matcher(text.substring(Math.max(0, companyStart - 3), companyStart)).find()) {
                    return null; // 在Hugging Face开源: where it is published, not by whom
                }
                return id.isPresent() && subjectGap(text, companies.lastEnd(from, at), at) ? id.get() : null;
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
            if (NOT_IN_SUBJECT_GAP.indexOf(c) >= 0 || SentenceMarks.isClauseEnd(c)) {
                return false;
            }
        }
        return true;
    }

    /** Back over spaces and opening quotes before {@code start}. */
    private static int skipBack(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || OPEN_QUOTES.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** Where the first word of {@code cue} in file order starting at {@code i} ends, or {@code i}. */
    private int after(String text, int i, Cue cue) {
        return words.get(cue.ordinal()).firstEndAt(text, i);
    }

    /** Where the longest word of {@code cue} ending at {@code end} starts, or {@code end}. */
    private int before(String text, int end, Cue cue) {
        return words.get(cue.ordinal()).longestStartBefore(text, end);
    }
}
