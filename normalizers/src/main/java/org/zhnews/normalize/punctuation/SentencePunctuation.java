package org.zhnews.normalize.punctuation;

import java.util.List;
import org.zhnews.text.chars.CharClass;

/**
 * Converts half-width {@code , ; : ? !} to full-width {@code ，；：？！} in Chinese context,
 * following W3C clreq: punctuation that belongs to Chinese text is full-width. A mark (or a run
 * of {@code ?!}, up to three) is converted when the nearest non-space character before it is
 * Chinese (a CJK letter or full-width punctuation); a comma, semicolon or colon glued to a
 * Latin word or number ({@code 17%,外界}, {@code Qwen3:新一代}) also when a CJK letter follows
 * it; a comma also before a digit and a question mark before a CJK letter, a digit or the end
 * of the line when that Latin word itself sits in Chinese ({@code 和OpenAI,2019年},
 * {@code 跟進Sora?}). An exclamation mark after Latin stays ({@code Yahoo!}). It is kept when
 * it sits between two digits ({@code 1,000}, {@code 12:30}), when a colon starts {@code //}
 * or a backslash ({@code http://}, {@code C:\}), and in emoticons ({@code :)}, {@code ;-)},
 * {@code :D}). Runs of {@code , ; :} are left alone. The spaces between a converted mark and
 * its neighbours on the same line are removed (full-width marks carry their own spacing).
 */
final class SentencePunctuation implements Pass {

    private static final int MAX_SPACES = 3;

    @Override
    public Result apply(String text) {
        Edits edits = new Edits(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isMark(text.charAt(end))) {
                end++;
            }
            convertRun(text, i, end, edits);
            i = end;
        }
        return edits.apply(List.of());
    }

    private static boolean isMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    }

    private static void convertRun(String text, int start, int end, Edits edits) {
        int len = end - start;
        char first = text.charAt(start);
        boolean exclam = true;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            exclam &= c == '?' || c == '!';
        }
        if (len > 1 && !(exclam && len <= 3)) {
            return;
        }
        int l = start;
        int spaces = 0;
        while (l > 0 && Chars.isSpace(text.charAt(l - 1)) && spaces < MAX_SPACES) {
            l--;
            spaces++;
        }
        int left = Chars.before(text, l);
        int r = end;
        spaces = 0;
        while (r < text.length() && Chars.isSpace(text.charAt(r)) && spaces < MAX_SPACES) {
            r++;
            spaces++;
        }
        int right = Chars.at(text, r);
        int glueBefore = Chars.before(text, start);
        int glueAfter = Chars.at(text, end);
        if (CharClass.isAsciiDigit(glueBefore) && CharClass.isAsciiDigit(glueAfter)) {
            return;
        }
        if (len == 1 && (first == ':' || first == ';') && isEmoticon(text, end)) {
            return;
        }
        if (first == ':' && (glueAfter == '/' || glueAfter == '\\')) {
            return;
        }
        boolean convert;
        if (Chars.isChinese(left) && !isOpening(left)) {
            convert = true;
        } else if (len == 1 && (Chars.isAlnumLike(left) || left == '%') && l == start) {
            boolean inChinese = latinWordInChinese(text, start);
            convert = switch (first) {
                case ',' -> CharClass.isCjk(right) || inChinese && CharClass.isAsciiDigit(right);
                case ';', ':' -> CharClass.isCjk(right);
                case '?' -> inChinese && (right == -1 || Chars.isLineBreak(right)
                        || CharClass.isCjk(right) || CharClass.isAsciiDigit(right));
                default -> false;
            };
        } else {
            convert = false;
        }
        if (!convert) {
            return;
        }
        if (l < start) {
            edits.replace(l, start, "");
        }
        for (int k = start; k < end; k++) {
            edits.replace(k, k + 1, fullWidth(text.charAt(k)));
        }
        if (r > end && right != -1 && !Chars.isLineBreak(right)) {
            edits.replace(end, r, "");
        }
    }

    /**
     * Whether the Latin word or number ending at {@code end} (letters, digits, {@code . % -},
     * at most 40 chars) is preceded by Chinese or starts the line.
     */
    private static boolean latinWordInChinese(String text, int end) {
        int i = end;
        int limit = Math.max(0, end - 40);
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (CharClass.isAsciiAlnum(c) || c == '.' || c == '%' || c == '-') {
                i--;
            } else {
                break;
            }
        }
        if (i == limit && limit > 0) {
            return false;
        }
        int before = Chars.before(text, i);
        return before == -1 || Chars.isLineBreak(before) || Chars.isChinese(before);
    }

    private static boolean isOpening(int c) {
        return c == '“' || c == '‘' || c == '（' || c == '《' || c == '「' || c == '『' || c == '【'
                || c == '〈' || c == '〔';
    }

    /** {@code :)}, {@code :(}, {@code :D}, {@code :P}, {@code :-)} and the like. */
    private static boolean isEmoticon(String text, int after) {
        int i = after;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '\'')) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == ')' || c == '(' || c == ']' || c == '[' || c == '|' || c == '/' && i > after) {
            return true;
        }
        if (c == 'D' || c == 'P' || c == 'p' || c == 'O' || c == 'o' || c == 'S' || c == 'x'
                || c == 'X' || c == '3') {
            int next = Chars.at(text, i + 1);
            return !CharClass.isAsciiAlnum(next);
        }
        return false;
    }

    private static String fullWidth(char c) {
        return switch (c) {
            case ',' -> "，";
            case ';' -> "；";
            case ':' -> "：";
            case '?' -> "？";
            default -> "！";
        };
    }
}
