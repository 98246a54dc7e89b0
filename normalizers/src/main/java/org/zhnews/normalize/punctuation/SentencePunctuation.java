package org.zhnews.normalize.punctuation;

import java.util.List;

/**
 * Converts half-width {@code , ; : ? !} to full-width {@code ，；：？！} in Chinese context,
 * following W3C clreq: punctuation that belongs to Chinese text is full-width. A mark (or a run
 * of {@code ?!}, up to three) is converted when the nearest non-space character before it is
 * Chinese (a CJK letter or full-width punctuation); a comma or semicolon also when it follows
 * a Latin word or number and the nearest character after it is a CJK letter. It is kept when
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
        if (Chars.isAsciiDigit(glueBefore) && Chars.isAsciiDigit(glueAfter)) {
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
        } else {
            convert = (first == ',' || first == ';') && len == 1
                    && Chars.isAlnumLike(left) && Chars.isCjk(right);
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
            return !Chars.isAsciiAlnum(next);
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
