package org.zhnews.normalize.punctuation;

import java.util.List;
import org.zhnews.text.chars.CharClass;

/**
 * Converts matched pairs of parentheses to full width in Chinese context, always both halves
 * of a pair together. A pair becomes （…） when its content holds a CJK letter, or when its
 * content is non-empty plain Latin/digits (no code-like symbols) and a neighbour just outside
 * the pair is Chinese, unless a Latin letter or digit is glued to the opening parenthesis
 * ({@code print(x)} stays). A pair mixing a half-width and a full-width half is made
 * full-width, or half-width when its content looks like code. Pairs never span a line break;
 * unmatched parentheses stay as they are.
 */
final class Parentheses implements Pass {

    @Override
    public Result apply(String text) {
        Edits edits = new Edits(text);
        CjkCounts counts = null;
        int n = text.length();
        int[] stack = new int[16];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if ((c == ')' || c == '）') && depth > 0) {
                int open = stack[--depth];
                if (counts == null) {
                    counts = new CjkCounts(text);
                }
                decide(text, open, i, counts, edits);
            } else if (Chars.isLineBreak(c)) {
                depth = 0;
            }
        }
        return edits.apply(List.of());
    }

    private static void decide(String text, int open, int close, CjkCounts counts, Edits edits) {
        boolean openFull = text.charAt(open) == '（';
        boolean closeFull = text.charAt(close) == '）';
        if (openFull && closeFull) {
            return;
        }
        boolean han = counts.hasCjk(open + 1, close);
        boolean code = counts.hasCode(open + 1, close);
        boolean full;
        if (openFull || closeFull) {
            full = han || !code;
        } else if (han) {
            full = true;
        } else {
            int left = Chars.before(text, open);
            int right = Chars.at(text, close + 1);
            full = close > open + 1 && !code && !CharClass.isAsciiAlnum(left)
                    && (Chars.isChinese(left) || Chars.isChinese(right));
        }
        if (full) {
            edits.replace(open, open + 1, "（");
            edits.replace(close, close + 1, "）");
        } else {
            edits.replace(open, open + 1, "(");
            edits.replace(close, close + 1, ")");
        }
    }
}
