package org.zhnews.normalize.punctuation;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.text.chars.CharClass;

/**
 * Unifies quotation marks around Chinese text to one {@link QuoteStyle}. Works paragraph by
 * paragraph (a line break ends a paragraph):
 * <ul>
 *   <li>double quotes ({@code "}, {@code ＂}, “, ”) are paired in order; a pair made of ASCII
 *       quotes is converted when its content holds a CJK letter or a neighbour just outside is a
 *       CJK letter; a pair of curly quotes used the wrong way round (”…”, “…“) only when its
 *       content holds a CJK letter. A paragraph with an odd number of double quotes, or whose
 *       pairing comes out reversed (”…“), is left alone and reported as {@code unpaired_quote};</li>
 *   <li>single quotes ({@code '}, ‘, ’) are paired the same way after setting apostrophes aside
 *       ({@code Levi's}, {@code it’s}); a pair is converted only when its content holds a CJK
 *       letter; an odd count leaves the paragraph's single quotes alone, silently;</li>
 *   <li>corner brackets 「」『』 and curly pairs are converted into each other only when the
 *       configured style differs, and only as matched pairs.</li>
 * </ul>
 */
final class Quotes implements Pass {

    private static final int MAX_WARNINGS = 50;

    private final QuoteStyle style;

    Quotes(QuoteStyle style) {
        this.style = style;
    }

    @Override
    public Result apply(String text) {
        if (style == QuoteStyle.KEEP) {
            return new Edits(text).apply(List.of());
        }
        Edits edits = new Edits(text);
        List<Warning> warnings = new ArrayList<>();
        CjkCounts counts = new CjkCounts(text);
        List<Integer> doubles = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        List<Integer> corners = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (Chars.isLineBreak(c)) {
                doubles(text, doubles, counts, edits, warnings);
                singles(text, singles, counts, edits);
                corners(text, corners, edits);
                doubles.clear();
                singles.clear();
                corners.clear();
            } else if (c == '"' || c == '＂' || c == '“' || c == '”') {
                doubles.add(i);
            } else if (c == '\'' || c == '‘' || c == '’') {
                if (!isApostrophe(text, i)) {
                    singles.add(i);
                }
            } else if (c == '「' || c == '」' || c == '『' || c == '』') {
                corners.add(i);
            }
        }
        return edits.apply(warnings);
    }

    private void doubles(String text, List<Integer> at, CjkCounts counts, Edits edits,
                         List<Warning> warnings) {
        int size = at.size();
        if (size == 0) {
            return;
        }
        if (size % 2 != 0) {
            warn(warnings, "odd number of double quotation marks in the paragraph; left as they are",
                    at.get(0), at.get(size - 1) + 1);
            return;
        }
        for (int k = 0; k < size; k += 2) {
            if (text.charAt(at.get(k)) == '”' && text.charAt(at.get(k + 1)) == '“') {
                warn(warnings, "double quotation marks pair up the wrong way round; left as they are",
                        at.get(0), at.get(size - 1) + 1);
                return;
            }
        }
        for (int k = 0; k < size; k += 2) {
            int a = at.get(k);
            int b = at.get(k + 1);
            char ca = text.charAt(a);
            char cb = text.charAt(b);
            boolean ascii = ca == '"' || ca == '＂' || cb == '"' || cb == '＂';
            boolean han = counts.hasCjk(a + 1, b);
            boolean convert;
            if (ascii) {
                convert = han || CharClass.isCjk(Chars.before(text, a)) || CharClass.isCjk(Chars.at(text, b + 1));
            } else if (ca == '“' && cb == '”') {
                convert = style != QuoteStyle.CURLY
                        && (han || CharClass.isCjk(Chars.before(text, a)) || CharClass.isCjk(Chars.at(text, b + 1)));
            } else {
                convert = han;
            }
            if (convert) {
                edits.replace(a, a + 1, style.open());
                edits.replace(b, b + 1, style.close());
            }
        }
    }

    private void singles(String text, List<Integer> at, CjkCounts counts, Edits edits) {
        int size = at.size();
        if (size == 0 || size % 2 != 0) {
            return;
        }
        for (int k = 0; k < size; k += 2) {
            int a = at.get(k);
            int b = at.get(k + 1);
            if (text.charAt(a) == '’' && text.charAt(b) == '‘') {
                return;
            }
        }
        for (int k = 0; k < size; k += 2) {
            int a = at.get(k);
            int b = at.get(k + 1);
            boolean right = text.charAt(a) == '‘' && text.charAt(b) == '’';
            if (counts.hasCjk(a + 1, b) && !(right && style == QuoteStyle.CURLY)) {
                edits.replace(a, a + 1, style.innerOpen());
                edits.replace(b, b + 1, style.innerClose());
            }
        }
    }

    private void corners(String text, List<Integer> at, Edits edits) {
        if (style != QuoteStyle.CURLY || at.isEmpty()) {
            return;
        }
        // match 「」 and 『』 with a stack; only matched pairs are converted
        int[] stack = new int[at.size()];
        int depth = 0;
        for (int pos : at) {
            char c = text.charAt(pos);
            if (c == '「' || c == '『') {
                stack[depth++] = pos;
            } else if (depth > 0) {
                int open = stack[--depth];
                char o = text.charAt(open);
                if (o == '「' && c == '」') {
                    edits.replace(open, open + 1, style.open());
                    edits.replace(pos, pos + 1, style.close());
                } else if (o == '『' && c == '』') {
                    edits.replace(open, open + 1, style.innerOpen());
                    edits.replace(pos, pos + 1, style.innerClose());
                } else {
                    depth = 0; // crossed pairs: stop trusting the stack
                }
            }
        }
    }

    /** An apostrophe: between two letters, or a possessive {@code 's} after a letter or digit. */
    static boolean isApostrophe(String text, int i) {
        int before = Chars.before(text, i);
        int after = Chars.at(text, i + 1);
        if (Character.isLetter(before) && !CharClass.isCjk(before) && Character.isLetter(after)
                && !CharClass.isCjk(after)) {
            return true;
        }
        if ((after == 's' || after == 'S') && before > 0 && !Chars.isWhite(before)
                && (Character.isLetterOrDigit(before))) {
            int next = Chars.at(text, i + 2);
            return next == -1 || !Character.isLetter(next) || CharClass.isCjk(next);
        }
        return false;
    }

    private static void warn(List<Warning> warnings, String message, int start, int end) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(Warning.at(WarningCode.UNPAIRED_QUOTE, message, start, end));
        }
    }
}
