package org.zhnews.normalize.punctuation;

import org.zhnews.text.chars.CharClass;

/**
 * Decides, for each position of one text, whether {@link PanguSpacer} inserts a space there,
 * from the {@link PanguMarks} of the text. One per call, not thread-safe.
 */
final class PanguScan extends PanguMarks {

    private static final String STANDALONE = "*=&|<>^\\";

    private final CjkCounts counts;

    PanguScan(String s) {
        super(s);
        counts = new CjkCounts(s);
    }

    void run(Edits edits) {
        for (int p = 1; p < n; p++) {
            char ch = s.charAt(p);
            if (Character.isLowSurrogate(ch) && Character.isHighSurrogate(s.charAt(p - 1))) {
                continue;
            }
            if (space(p)) {
                edits.insert(p, " ");
            }
        }
    }

    // ---------------------------------------------------------------- decisions

    private static boolean cjk(int c) {
        return CharClass.isCjk(c);
    }

    private static boolean alnum(int c) {
        return Chars.isAlnumLike(c);
    }

    private static boolean word(int c) {
        return cjk(c) || alnum(c);
    }

    /** Whether a space goes between the code point before {@code p} and the one at it. */
    boolean space(int p) {
        int a = Character.codePointBefore(s, p);
        int b = Character.codePointAt(s, p);
        if (Chars.isWhite(a) || Chars.isWhite(b) || tight[p]) {
            return false;
        }
        boolean ca = cjk(a);
        boolean cb = cjk(b);
        if (ca && cb) {
            return false;
        }
        int q = p - Character.charCount(a);
        if (path[p] && (q < 0 || !path[q]) && ca && !slashOff[p]) {
            return true;
        }
        if (path[q] && !path[p] && cb && !slashOff[q]) {
            return true;
        }
        if (ca && alnum(b) || alnum(a) && cb) {
            return true;
        }
        if (path[q] && path[p]) {
            return false;
        }
        if (!ca && !alnum(a) && symbolAfter(q, b)) {
            return true;
        }
        return !cb && !alnum(b) && symbolBefore(p, a);
    }

    /** A space between the symbol at {@code p} and what precedes it ({@code x}). */
    private boolean symbolBefore(int p, int x) {
        if (!word(x)) {
            return false;
        }
        char c = s.charAt(p);
        if (quote[p] != 0) {
            return quote[p] != CLOSE && cjk(x);
        }
        if (bracket[p] > 0) {
            return switch (bracket[p]) {
                case OPEN -> cjk(x) || counts.hasCjk(p + 1, partner[p]);
                case LONE -> cjk(x);
                default -> false;
            };
        }
        if (runStart[p] < 0 || runStart[p] != p) {
            return false;
        }
        int end = runEnd[p];
        int right = Chars.at(s, end);
        if (isPunctRun(p, end)) {
            return false;
        }
        if (hasStandalone(p, end)) {
            return cjk(x) || cjk(right) || c == '|' && pipeOn[p];
        }
        return switch (c) {
            case '/' -> !slashOff[p] && (cjk(x) || cjk(right)) && word(x);
            case '#', '@' -> cjk(x) && right != -1 && !Chars.isWhite(right);
            case '-' -> cjk(x) || cjk(right) && alnumWordLongerThanOne(p);
            case '+', '$', '%' -> cjk(x);
            default -> false;
        };
    }

    /** A space between the symbol ending at {@code q} and what follows it ({@code y}). */
    private boolean symbolAfter(int q, int y) {
        if (!word(y)) {
            return false;
        }
        char c = s.charAt(q);
        if (quote[q] != 0) {
            return quote[q] != OPEN && cjk(y);
        }
        if (bracket[q] > 0) {
            return switch (bracket[q]) {
                case CLOSE -> cjk(y) || counts.hasCjk(partner[q] + 1, q);
                case LONE -> cjk(y);
                default -> false;
            };
        }
        if (runStart[q] < 0 || runEnd[q] != q + 1) {
            return false;
        }
        int start = runStart[q];
        int left = Chars.before(s, start);
        if (isPunctRun(start, q + 1)) {
            if (left == -1 || Chars.isWhite(left)) {
                return false;
            }
            if (cjk(y)) {
                return true;
            }
            return cjk(left) && !onlyDots(start, q + 1);
        }
        if (hasStandalone(start, q + 1)) {
            return PUNCT.indexOf(c) < 0 && (cjk(left) || cjk(y) || c == '|' && pipeOn[q]);
        }
        return switch (c) {
            case '/' -> !slashOff[q] && (cjk(left) || cjk(y)) && word(left);
            case '#', '@' -> cjk(y) && alnum(Chars.before(s, q));
            case '+', '-' -> cjk(y) || cjk(left) && start == q && startsName(q + 1);
            case '$' -> cjk(y);
            case '%' -> cjk(y) || CharClass.isAsciiLetter(y) && CharClass.isAsciiDigit(left);
            default -> false;
        };
    }

    private boolean isPunctRun(int start, int end) {
        for (int k = start; k < end; k++) {
            if (PUNCT.indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyDots(int start, int end) {
        for (int k = start; k < end; k++) {
            if (s.charAt(k) != '.') {
                return false;
            }
        }
        return true;
    }

    private boolean hasStandalone(int start, int end) {
        for (int k = start; k < end; k++) {
            if (STANDALONE.indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised Latin word of two or more letters starts at {@code i}. */
    private boolean startsName(int i) {
        return i + 1 < n && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z'
                && CharClass.isAsciiLetter(s.charAt(i + 1));
    }

    /** Whether the Latin word ending just before {@code p} has two or more letters. */
    private boolean alnumWordLongerThanOne(int p) {
        return p >= 2 && alnum(s.charAt(p - 1)) && alnum(s.charAt(p - 2));
    }
}
