package org.zhnews.normalize.punctuation;

import org.zhnews.text.chars.CharClass;
import java.util.HashSet;
import java.util.Set;

/**
 * What {@link PanguSpacer} knows about one text before it decides anything: the role of each
 * ASCII quote and bracket (opening, closing, lone, with its partner), the edges of HTML tags left
 * tight, file-path words, lines whose slashes form a list or whose pipes touch CJK, and the runs
 * of punctuation and operators. Computed once in the constructor; one per call, not thread-safe.
 */
abstract class PanguMarks {

    static final String PUNCT = ",.!?;:…~";
    private static final String OPS = "+-*/=&|<>^\\$%#@_";
    private static final String PATH = "._-/@+~*";
    private static final Set<String> VOID_TAGS = Set.of("br", "hr", "img", "input", "meta",
            "link", "wbr", "source", "area", "col", "embed", "param", "track", "base");

    static final byte OPEN = 1;
    static final byte CLOSE = 2;
    static final byte LONE = 3;

    final String s;
    final int n;
    final byte[] quote;
    final byte[] bracket;
    final int[] partner;
    final boolean[] tight;
    final boolean[] path;
    final boolean[] slashOff;
    final boolean[] pipeOn;
    final int[] runStart;
    final int[] runEnd;

    PanguMarks(String s) {
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
        tags();
        quotes();
        brackets();
        paths();
        slashes();
        runs();
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
}
