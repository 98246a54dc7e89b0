package org.zhnews.extract.company;

import java.util.List;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;

/**
 * A short Chinese name between a noun that introduces a company and a verb that reports what it
 * did ({@code 电池厂商欣旺达发布公告}, {@code 具身智能创企星海图宣布…}, {@code 港股上市公司云图智联公布…}):
 * the name needs no ending of its own there. The noun is an introducer of {@code open-cues.tsv}
 * ({@code 厂商}, {@code 创企}, {@code 科技公司}); a bare {@code 公司} counts only after a modifier
 * ({@code 上市公司}, not {@code 该公司}, {@code 这家公司}). The verb is a word of kind
 * {@code intro-verb} ({@code 宣布}, {@code 发布}, {@code 公布}, {@code 表示}); the name is three to
 * six Han characters that look like a name, start with no boundary word and no generic word of
 * two characters or more ({@code 员工}, {@code 方面}, {@code 今年}), hold no function word
 * ({@code 和}, {@code 的}), neither starts with a number ({@code 第二次}) nor ends in a position
 * ({@code 大会上}) or a generic word ({@code 公告}), and reads as no person. A place opening a
 * clause introduces a name that ends in a line of business the same way ({@code 北京澄言科技正式发布}:
 * 澄言科技), and so does the opening of a sentence ({@code 。星澜科技今日发布}). Immutable and
 * thread-safe; linear in the text.
 */
final class IntroducedNames {

    private static final int MIN_NAME = 3;
    /** First characters of no name here: ordinals and numbers (第二次, 三家). */
    private static final String NOT_FIRST = "第一二三四五六七八九十两几数多每各";
    /** Last characters of no name here: positions (大会上, 年内). */
    private static final String NOT_LAST = "上中下内外后前里间";
    private static final int MAX_NAME = 6;
    /** Introducers that are too plain on their own: they need a modifier before them. */
    private static final List<String> PLAIN = List.of("公司", "厂");
    /** Characters before a plain introducer that make it a reference, not an introduction (该公司, 这家公司). */
    private static final String DETERMINERS = "该这那此本其每各某家们子母分总两几多数一的";

    private final OpenCues cues;
    private final NameShape shape;
    private final ObjectNames objects;

    IntroducedNames(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
        this.objects = new ObjectNames(cues, shape);
    }

    /** Adds the introduced names of {@code text} to {@code out}, and those after object verbs ({@link ObjectNames}). */
    void find(String text, List<CompanyCandidate> out) {
        objects.find(text, out);
        int n = text.length();
        for (int i = 0; i + MIN_NAME < n; i++) {
            if (!CharClass.isHan(text.charAt(i))) {
                continue;
            }
            int noun = cues.endingAt(Kind.INTRODUCER, text, i); // most positions: one bit test
            if (noun < 2 || !introduces(text, i, noun)) {
                placed(text, i, out);
                continue;
            }
            int end = nameEnd(text, i, false);
            if (end > 0 && shape.quotedNameLike(text, i, end, MAX_NAME) && !NameShape.personLike(text, i, end)) {
                out.add(new CompanyCandidate(i, end, text.substring(i, end), "introduced:verb"));
            }
        }
    }

    /**
     * {@code ，北京澄言科技正式发布…}: a place opening a clause, then a name ending in a line of
     * business ({@code 科技}, {@code 智能}) with a core of two or more characters, then a reporting
     * verb: the name without the place is a company.
     */
    private void placed(String text, int i, List<CompanyCandidate> out) {
        if (i > 0 && (CharClass.isHan(text.charAt(i - 1)) || CharClass.isLatinWordChar(text.charAt(i - 1)))) {
            return; // most positions: a Han character before, no clause opening here
        }
        int place = cues.at(Kind.PLACE, text, i);
        boolean placed = place >= 2;
        if (!placed && !opensSentence(text, i)) {
            return;
        }
        int start = placed ? i + place : i;
        int end = start < text.length() && CharClass.isHan(text.charAt(start)) ? nameEnd(text, start, true) : -1;
        int industry = end > 0 ? cues.endingAt(Kind.INDUSTRY, text, end) : 0;
        int core = end - industry - start;
        if (industry > 0 && core >= 2 && (placed || core <= MAX_OPENING_CORE && !boundaryInside(text, start, start + core))
                && !shape.generic(text, start, end - industry)
                && shape.quotedNameLike(text, start, end, MAX_NAME) && !NameShape.personLike(text, start, end)) {
            out.add(new CompanyCandidate(start, end, text.substring(start, end), placed ? "introduced:place" : "introduced:opening"));
        }
    }

    /**
     * Whether {@code i} opens a sentence, a line or a bracketed dateline's sentence, or a clause after
     * a short opener ({@code 据悉，}, {@code 今天，}): there a name ending in a line of business
     * before a reporting verb is its subject ({@code 星澜科技今日发布…}).
     */
    private static boolean opensSentence(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        if (SENTENCE_OPENERS.indexOf(c) >= 0) {
            return true;
        }
        if (c != '，' && c != ',') {
            return false;
        }
        int k = i - 1;
        while (k > 0 && i - 1 - k <= SHORT_OPENER && SENTENCE_OPENERS.indexOf(text.charAt(k - 1)) < 0
                && "，,；;".indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return i - 1 - k <= SHORT_OPENER && (k == 0 || SENTENCE_OPENERS.indexOf(text.charAt(k - 1)) >= 0);
    }

    /** Whether a boundary word starts inside the core after its first character (他说星澜: 说). */
    private boolean boundaryInside(String text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (cues.at(Kind.BOUNDARY, text, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Longest core of a name opening a sentence without a place before it (星澜 of 星澜科技). */
    private static final int MAX_OPENING_CORE = 4;

    /** Marks after which a sentence starts: its end, a line, a closed dateline or credit. */
    private static final String SENTENCE_OPENERS = "。！？!?\n】」』";
    /** Longest clause before a comma that only opens the sentence (据悉, 11月20日, 记者获悉). */
    private static final int SHORT_OPENER = 6;

    /**
     * Whether the introducer of length {@code noun} ending at {@code i} introduces the name after
     * it: no longer introducer runs on over {@code i} ({@code 厂商}), and a plain one has a modifier.
     */
    private boolean introduces(String text, int i, int noun) {
        for (int k = 1; k <= noun + 2 && k <= i; k++) {
            if (cues.at(Kind.DESCRIPTOR, text, i - k) > k || cues.at(Kind.INTRODUCER, text, i - k) > k) {
                return false; // 初创企业: 创企 is no introducer there
            }
        }
        if (!PLAIN.contains(text.substring(i - noun, i))) {
            return true;
        }
        int before = i - noun - 1;
        return before >= 0 && CharClass.isHan(text.charAt(before)) && DETERMINERS.indexOf(text.charAt(before)) < 0;
    }

    /**
     * The end of the name starting at {@code start}: where a reporting verb starts, less the
     * time words and adverbs before it ({@code 今天}, {@code 近日}); -1 when no verb comes within
     * reach, a mark or a function word stands first, or the name starts with a boundary, generic
     * or introducer word; with {@code industryEnd}, a line of business may end it ({@code 科技}).
     */
    private int nameEnd(String text, int start, boolean industryEnd) {
        if (cues.at(Kind.BOUNDARY, text, start) > 0 || cues.at(Kind.GENERIC, text, start) > 1
                || cues.at(Kind.INTRODUCER, text, start) > 0 || NOT_FIRST.indexOf(text.charAt(start)) >= 0) {
            return -1;
        }
        for (int j = start + 1; j < text.length() && j <= start + MAX_NAME + MAX_TIME; j++) {
            char c = text.charAt(j - 1);
            if (!CharClass.isHan(c) || NameShape.FUNCTION_CHARS.indexOf(c) >= 0) {
                return -1;
            }
            if (cues.at(Kind.INTRO_VERB, text, j) > 0) {
                if (j - start < MIN_NAME) {
                    return -1; // 正式宣布完成: a verb inside
                }
                int end = j;
                for (int w; (w = cues.endingAt(Kind.BOUNDARY, text, end)) >= 2 && end - w - start >= MIN_NAME; ) {
                    end -= w;
                }
                boolean plainEnd = NOT_LAST.indexOf(text.charAt(end - 1)) < 0 && (cues.endingAt(Kind.GENERIC, text, end) < 2
                        || industryEnd && cues.endingAt(Kind.INDUSTRY, text, end) >= 2);
                return end - start <= MAX_NAME && end - start >= MIN_NAME && plainEnd ? end : -1;
            }
        }
        return -1;
    }

    /** Longest run of time words and adverbs between the name and the verb. */
    private static final int MAX_TIME = 4;
}
