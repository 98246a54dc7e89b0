package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.offset.TextRange;

/**
 * The sentences a semicolon joins into one statement, as a ranking writes them
 * ({@code 豆包月活1.72亿；DeepSeek以1.38亿位列次席；腾讯元宝…}): the sentence window of a span
 * widened over its neighbours across each semicolon. Stateless; linear in the window.
 */
final class JoinedSentences {

    /** Most sentences joined by semicolons into one ranking ({@code 豆包…；DeepSeek…；腾讯元宝…}). */
    private static final int MAX_JOINED = 6;

    private JoinedSentences() {
    }

    /**
     * The sentence window of {@code [from, to)} widened over the sentences a semicolon joins to
     * it when that sentence holds a figure, as each place of a ranking does
     * ({@code DeepSeek以1.38亿位列次席}); else the sentence window alone.
     */
    static TextRange window(ExtractionContext ctx, int from, int to) {
        TextRange w = ctx.sentenceWindow(from, to);
        String text = ctx.text();
        if (!holdsDigit(text, w)) {
            return w;
        }
        int start = w.start();
        int end = w.end();
        for (int k = 0; k < MAX_JOINED && start > 0 && isSemicolon(text.charAt(lastNonSpace(text, start) - 1)); k++) {
            start = ctx.sentenceWindow(lastNonSpace(text, start) - 1, lastNonSpace(text, start) - 1).start();
        }
        for (int k = 0; k < MAX_JOINED && end < text.length() && isSemicolon(text.charAt(lastNonSpace(text, end) - 1)); k++) {
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
                next++;
            }
            if (next >= text.length()) {
                break;
            }
            end = ctx.sentenceWindow(next, next).end();
        }
        return new TextRange(start, end);
    }

    private static boolean holdsDigit(String text, TextRange w) {
        for (int i = w.start(); i < w.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSemicolon(char c) {
        return c == '；' || c == ';';
    }

    /** {@code at} less the spaces right before it; at least 1. */
    private static int lastNonSpace(String text, int at) {
        int p = at;
        while (p > 1 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p;
    }

}
