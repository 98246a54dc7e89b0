package org.zhnews.normalize.punctuation;

import java.util.List;
import org.zhnews.text.chars.CharClass;

/**
 * Unifies ellipses and dashes in Chinese context (clreq: the Chinese ellipsis and dash each
 * take two ideographic cells):
 * <ul>
 *   <li>three or more {@code .} next to Chinese, three or more {@code 。}, and a lone
 *       {@code …} next to Chinese become {@code ……};</li>
 *   <li>{@code --} not glued to a following Latin letter, after Chinese (or before Chinese and not glued to a Latin word or number),
 *       a lone {@code —}, a lone or doubled {@code ―} next to Chinese, and {@code －－} become
 *       {@code ——}.</li>
 * </ul>
 * Hyphens in words and numbers ({@code GPT-4o}, {@code 3-5}) and longer dash runs are left.
 */
final class EllipsisAndDash implements Pass {

    private static final String ELLIPSIS = "……";
    private static final String DASH = "——";

    @Override
    public Result apply(String text) {
        Edits edits = new Edits(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '.' && c != '。' && c != '…' && c != '-' && c != '—' && c != '―' && c != '－') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && text.charAt(end) == c) {
                end++;
            }
            int len = end - i;
            int left = Chars.before(text, i);
            int right = Chars.at(text, end);
            boolean chinese = Chars.isChinese(left) || Chars.isChinese(right);
            String replacement = switch (c) {
                case '.' -> len >= 3 && chinese ? ELLIPSIS : null;
                case '。' -> len >= 3 ? ELLIPSIS : null;
                case '…' -> len == 1 && chinese ? ELLIPSIS : null;
                case '-' -> len == 2 && asciiDashInChinese(text, i, end) ? DASH : null;
                case '—' -> len == 1 && chinese ? DASH : null;
                case '―' -> len <= 2 && chinese ? DASH : null;
                default -> len == 2 ? DASH : null;
            };
            if (replacement != null) {
                edits.replace(i, end, replacement);
            }
            i = end;
        }
        return edits.apply(List.of());
    }

    private static boolean asciiDashInChinese(String text, int start, int end) {
        if (CharClass.isAsciiLetter(Chars.at(text, end))) {
            return false; // a command-line option (--help) or a word
        }
        int l = start;
        while (l > 0 && Chars.isSpace(text.charAt(l - 1)) && start - l < 2) {
            l--;
        }
        int r = end;
        while (r < text.length() && Chars.isSpace(text.charAt(r)) && r - end < 2) {
            r++;
        }
        int left = Chars.before(text, l);
        int right = Chars.at(text, r);
        if (Chars.isChinese(left)) {
            return true;
        }
        return Chars.isChinese(right) && left != -1 && !Chars.isAlnumLike(Chars.before(text, start))
                && !Chars.isWhite(left) && left != '-';
    }
}
