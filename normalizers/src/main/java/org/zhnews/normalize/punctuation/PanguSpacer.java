package org.zhnews.normalize.punctuation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhnews.text.chars.CharClass;

/**
 * Inserts a space between CJK letters and Latin letters, digits and the symbols that belong to
 * them, for display (pangu style). It only ever inserts; it never deletes or converts. Rules:
 * <ul>
 *   <li>CJK next to a Latin letter, digit, Greek letter, number form or dingbat: a space;</li>
 *   <li>sentence punctuation {@code , . ! ? ; : … ~} sticks to what precedes it and takes a
 *       space after it before CJK (or before Latin when CJK precedes it; not after {@code .},
 *       so {@code 檔.env} stays), unless a space precedes it;</li>
 *   <li>brackets and ASCII quotes get a space on their outer side facing CJK (or facing Latin
 *       when the bracketed text holds CJK); quotes are told apart as opening and closing by
 *       their order in the text, apostrophes ({@code Levi's}) are not quotes;</li>
 *   <li>operators {@code & * = | < > ^ \} between CJK and anything spaceable stand apart
 *       ({@code 前面 & 後面}), signs and suffixes stick to their number or word
 *       ({@code +886}, {@code -5}, {@code C++}, {@code 100%}, {@code Disney+}, {@code C#}),
 *       {@code #tag} and {@code @name} take a space before them, {@code _} never;</li>
 *   <li>file paths ({@code /usr/bin/}, {@code ./docs/a.md}, {@code src/main.py}) are one word;
 *       a lone {@code /} between CJK stands apart, but a line with two or more such slashes is
 *       a slash-separated list and keeps its slashes tight;</li>
 *   <li>HTML tags that are void ({@code <br>}) or have their counterpart in the text are left
 *       tight; other angle-bracketed words ({@code <div>}, {@code List<String>}) are spaced as
 *       words.</li>
 * </ul>
 * Curly quotes and full-width punctuation are never spaced (clreq: they are full-width).
 */
final class PanguSpacer implements Pass {

    private static final String PUNCT = ",.!?;:…~";
    private static final String OPS = "+-*/=&|<>^\\$%#@_";
    private static final String STANDALONE = "*=&|<>^\\";
    private static final String PATH = "._-/@+~*";
    private static final Set<String> VOID_TAGS = Set.of("br", "hr", "img", "input", "meta",
            "link", "wbr", "source", "area", "col", "embed", "param", "track", "base");

    private static final byte OPEN = 1;
    private static final byte CLOSE = 2;
    private static final byte LONE = 3;

    @Override
    public Result apply(String text) {
        int n = text.length();
        Edits edits = new Edits(text);
        if (n < 2) {
            return edits.apply(List.of());
        }
        new Scan(text).run(edits);
        return edits.apply(List.of());
    }

    /** The per-call state: roles of quotes and brackets, tags, paths, operator runs. */
    private static final class Scan {
        private final String s;
        private final int n;
        private final byte[] quote;
        private final byte[] bracket;
        private final int[] partner;
        private final boolean[] tight;
        private final boolean[] path;
        private final boolean[] slashOff;
        private final boolean[] pipeOn;
        private final int[] runStart;
        private final int[] runEnd;
        private final CjkCounts counts;

        Scan(String s) {
            this.s = s;
            this.n = s.length();
            quote = new byte[n];
            bracket = new byte[n];
            partner = new int[n];
            tight = new boolean[n + 1];
            path = new boolean[n];
            slashOff = new boolean[n];
            pipeOn = new boolean[n];
            runStart = new int[n];
            runEnd = new int[n];
            counts = new CjkCounts(s);
            tags();
            quotes();
            brackets();
            paths();
            slashes();
            runs();
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

        // ---------------------------------------------------------------- precomputation

        /** Marks the edges of HTML tags that are void or have their counterpart. */
        private void tags() {
            int[] starts = new int[8];
            int[] ends = new int[8];
            String[] names = new String[8];
            boolean[] closing = new boolean[8];
            int count = 0;
            Set<String> opened = new HashSet<>();
            Set<String> closed = new HashSet<>();
            int i = 0;
            while (i < n) {
                if (s.charAt(i) != '<') {
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean close = j < n && s.charAt(j) == '/';
                if (close) {
                    j++;
                }
                int nameStart = j;
                while (j < n && (CharClass.isAsciiAlnum(s.charAt(j)) || s.charAt(j) == '-')) {
                    j++;
                }
                if (j == nameStart || !CharClass.isAsciiLetter(s.charAt(nameStart))) {
                    i++;
                    continue;
                }
                String name = s.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT);
                while (j < n && s.charAt(j) != '>' && s.charAt(j) != '<' && !Chars.isLineBreak(s.charAt(j))) {
                    j++;
                }
                if (j >= n || s.charAt(j) != '>') {
                    i = j;
                    continue;
                }
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                    names = java.util.Arrays.copyOf(names, count * 2);
                    closing = java.util.Arrays.copyOf(closing, count * 2);
                }
                starts[count] = i;
                ends[count] = j + 1;
                names[count] = name;
                closing[count] = close;
                count++;
                (close ? closed : opened).add(name);
                i = j + 1;
            }
            for (int k = 0; k < count; k++) {
                String name = names[k];
                boolean selfClosing = s.charAt(ends[k] - 2) == '/';
                boolean transparent = VOID_TAGS.contains(name)
                        || (closing[k] ? opened.contains(name) : !selfClosing && closed.contains(name));
                if (transparent) {
                    tight[starts[k]] = true;
                    tight[ends[k]] = true;
                    bracket[starts[k]] = -1;
                    bracket[ends[k] - 1] = -1;
                }
            }
        }

        /** Opening and closing ASCII quotes by their order; a last unpaired one is lone. */
        private void quotes() {
            roles('"');
            roles('`');
            roles('\'');
        }

        private void roles(char q) {
            int last = -1;
            boolean open = false;
            for (int i = 0; i < n; i++) {
                if (s.charAt(i) != q || bracket[i] == -1 || (q == '\'' && Quotes.isApostrophe(s, i))) {
                    continue;
                }
                quote[i] = open ? CLOSE : OPEN;
                open = !open;
                last = i;
            }
            if (open) {
                quote[last] = LONE;
            }
        }

        /** Matches ( [ { < with ) ] } >; unmatched ones are lone. */
        private void brackets() {
            int[][] stacks = new int[4][8];
            int[] depth = new int[4];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (bracket[i] == -1) {
                    continue;
                }
                int t = "([{<".indexOf(c);
                if (t >= 0) {
                    if (c == '<' && i + 1 < n && "=-< ".indexOf(s.charAt(i + 1)) >= 0) {
                        continue;
                    }
                    if (depth[t] == stacks[t].length) {
                        stacks[t] = java.util.Arrays.copyOf(stacks[t], depth[t] * 2);
                    }
                    stacks[t][depth[t]++] = i;
                    bracket[i] = LONE;
                    continue;
                }
                t = ")]}>".indexOf(c);
                if (t < 0) {
                    continue;
                }
                if (c == '>' && i > 0 && "=->".indexOf(s.charAt(i - 1)) >= 0) {
                    continue;
                }
                if (depth[t] > 0) {
                    int o = stacks[t][--depth[t]];
                    bracket[o] = OPEN;
                    bracket[i] = CLOSE;
                    partner[o] = i;
                    partner[i] = o;
                } else {
                    bracket[i] = LONE;
                }
            }
            // unmatched '<' and '>' are operators, not brackets
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if ((c == '<' || c == '>') && bracket[i] == LONE) {
                    bracket[i] = 0;
                }
            }
        }

        private static boolean isPathChar(char c) {
            return CharClass.isAsciiAlnum(c) || PATH.indexOf(c) >= 0;
        }

        /** Marks file-path words: a word with a slash starting with / . or a lower-case letter. */
        private void paths() {
            int i = 0;
            while (i < n) {
                if (!isPathChar(s.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                boolean slash = false;
                while (j < n && isPathChar(s.charAt(j))) {
                    slash |= s.charAt(j) == '/';
                    j++;
                }
                char first = s.charAt(i);
                char second = i + 1 < j ? s.charAt(i + 1) : ' ';
                boolean isPath = slash && (first == '.' || first >= 'a' && first <= 'z'
                        || first == '/' && (second == '.' || second == '_' || second >= 'a' && second <= 'z'));
                if (isPath) {
                    for (int k = i; k < j; k++) {
                        path[k] = true;
                    }
                }
                i = j;
            }
        }

        /**
         * Turns slash spacing off on lines with two or more slashes outside paths and numbers
         * (a slash-separated list), and pipe spacing on for lines where a pipe touches CJK.
         */
        private void slashes() {
            int lineStart = 0;
            int separators = 0;
            boolean pipes = false;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? s.charAt(i) : '\n';
                if (Chars.isLineBreak(c)) {
                    if (separators >= 2) {
                        java.util.Arrays.fill(slashOff, lineStart, i, true);
                    }
                    if (pipes) {
                        java.util.Arrays.fill(pipeOn, lineStart, i, true);
                    }
                    pipes = false;
                    lineStart = i + 1;
                    separators = 0;
                } else if (c == '/' && !path[i] && !(CharClass.isAsciiDigit(Chars.before(s, i))
                        && CharClass.isAsciiDigit(Chars.at(s, i + 1)))) {
                    separators++;
                }
                if (c == '|' && (CharClass.isCjk(Chars.before(s, i)) || CharClass.isCjk(Chars.at(s, i + 1)))) {
                    pipes = true;
                }
            }
        }

        private boolean isRunChar(int i) {
            char c = s.charAt(i);
            if (quote[i] != 0 || bracket[i] != 0) {
                return false;
            }
            return PUNCT.indexOf(c) >= 0 || OPS.indexOf(c) >= 0;
        }

        /** Runs of punctuation and operator characters. */
        private void runs() {
            int i = 0;
            while (i < n) {
                if (!isRunChar(i)) {
                    runStart[i] = -1;
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && isRunChar(j)) {
                    j++;
                }
                for (int k = i; k < j; k++) {
                    runStart[k] = i;
                    runEnd[k] = j;
                }
                i = j;
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
}
