package org.zhnews.extract.company;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a name stands where news credits its outlet: a dateline that opens a line, bare or in
 * brackets ({@code 【经济通】}, {@code （东方日报讯）}, {@code （东方日报综合报道）},
 * {@code 量子位1月14日消息}), a title in book marks before a report verb
 * ({@code 《经济日报》报导}), or a source line ({@code （题图来源：视觉中国）}, {@code 来源：雪球}).
 * An outlet whose name is also a word ({@code 经济通}, {@code 信报}) counts as the outlet there.
 * Stateless; each test looks at one line around the name.
 */
final class Credits {

    /** Brackets that may hold a credit, each closed by the mark at the same index of {@link #CLOSE}. */
    private static final String OPEN = "【[(（〔";
    private static final String CLOSE = "】])）〕";
    /** Longest stretch looked over after the name for the rest of a credit. */
    private static final int MAX_TAIL = 30;
    /** What may follow an outlet's name inside the brackets of a credit. */
    private static final Pattern BRACKET_TAIL = Pattern.compile(
            "(?:\\s*(?:记者|通讯员|特约|实习生|编辑|撰文).*|\\s*(?:\\d{1,2}月)?\\d{1,2}日.*|专讯|快讯|讯|综合报道|综合|报道|消息)?");
    /** What follows an outlet's name that opens a line without brackets. */
    private static final Pattern LINE_TAIL = Pattern.compile(
            "\\s*(?:(?:\\d{1,2}月)?\\d{1,2}日)?\\s*(?:专讯|快讯|讯|消息|报道|电|记者)");
    /** A source label right before the name ({@code 题图来源：}, {@code 图源:}). */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?:题图|图片|封面|配图|头图)?(?:来源|图源)\\s*[:：]\\s*$");
    /** Verbs after an outlet's name in book marks ({@code 《X》报道}). */
    private static final List<String> REPORT_VERBS = List.of(
            "报道", "报导", "引述", "援引", "指出", "称", "消息", "获悉", "披露", "刊文", "社论", "分析");

    private Credits() {
    }

    /** Whether the rest of a line-opening credit ({@code 讯}, {@code 5月3日电}) starts at {@code end}. */
    static boolean lineTailAt(String text, int end) {
        return lineTailEnd(text, end) >= 0;
    }

    /** Where the rest of a line-opening credit that starts at {@code end} ends, or -1 without one. */
    static int lineTailEnd(String text, int end) {
        var m = LINE_TAIL.matcher(text).region(end, Math.min(text.length(), end + MAX_TAIL));
        return m.lookingAt() ? m.end() : -1;
    }

    /** Whether {@code text[start, end)} stands as the outlet of a credit. */
    static boolean credited(String text, int start, int end) {
        if (start > 0 && end < text.length() && text.charAt(start - 1) == '《' && text.charAt(end) == '》') {
            for (String verb : REPORT_VERBS) {
                if (text.startsWith(verb, end + 1)) {
                    return true;
                }
            }
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(lineStart, start).strip();
        if (SOURCE_LABEL.matcher(before).find()) {
            return end == text.length() || CLOSE.indexOf(text.charAt(end)) >= 0 || "\n。".indexOf(text.charAt(end)) >= 0;
        }
        if (before.isEmpty()) {
            return lineTailAt(text, end);
        }
        int open = OPEN.indexOf(before.charAt(0));
        if (before.length() != 1 || open < 0) {
            return false;
        }
        int close = text.indexOf(CLOSE.charAt(open), end);
        int lineEnd = text.indexOf('\n', end);
        return close >= 0 && close - end <= MAX_TAIL && (lineEnd < 0 || close < lineEnd)
                && BRACKET_TAIL.matcher(text).region(end, close).matches();
    }
}
