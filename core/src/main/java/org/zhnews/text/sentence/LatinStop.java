package org.zhnews.text.sentence;

import java.util.Locale;
import java.util.Set;
import org.zhnews.text.chars.CharClass;

/**
 * Decides whether a Latin end mark ({@code . ! ? ;}) ends a sentence. A full stop does only
 * before white space or the end of the line, and never after an abbreviation ({@code Inc.},
 * {@code e.g.}, {@code U.S.}), an initial ({@code J. Smith}), inside a number ({@code 3.5}),
 * a version ({@code v1.2.3}) or an address ({@code openai.com}), nor before a lower-case word.
 * {@code ! ? ;} end a sentence unless a Latin word, a number or an address goes on right
 * after them ({@code Yahoo!Japan}, {@code ?id=1}, {@code &amp;x}). Stateless.
 */
final class LatinStop {

    /**
     * Words written with a full stop that rarely ends a sentence in news (compared ignoring
     * case). A closed grammatical list, like the marks themselves, so it lives here.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "llc", "plc", "bhd", "mr", "mrs", "ms", "dr", "prof", "jr", "sr",
            "st", "vs", "approx", "dept", "fig", "vol", "est", "al", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Abbreviations that are also words, compared as written ({@code No. 1}, but {@code said no.}). */
    private static final Set<String> CASED_ABBREVIATIONS = Set.of("No", "Nos", "NO");
    /** The longest word looked at before a full stop. */
    private static final int MAX_WORD = 24;
    /** Characters that continue an address or code right after {@code ! ? ;}. */
    private static final String ADDRESS_CHARS = "=&/%#_-.~+";

    private LatinStop() {
    }

    /**
     * Whether the run of end marks {@code [start, runEnd)}, all Latin, ends a sentence, given
     * that the first character after the run and the closers following it is at {@code next}
     * ({@code lineEnd} when the line ends there).
     */
    static boolean ends(CharSequence text, int start, int runEnd, int next, int lineEnd) {
        boolean periodsOnly = true;
        for (int i = start; i < runEnd; i++) {
            periodsOnly &= Marks.isPeriod(text.charAt(i));
        }
        if (!periodsOnly) {
            return next >= lineEnd || !continuesWord(text.charAt(next));
        }
        if (next < lineEnd && !Marks.isSpace(text.charAt(next))) {
            return false;
        }
        if (startsLowerCaseWord(text, next, lineEnd)) {
            return false;
        }
        return runEnd - start > 1 || !afterAbbreviation(text, start);
    }

    private static boolean continuesWord(char c) {
        return CharClass.isAsciiAlnum(c) || ADDRESS_CHARS.indexOf(c) >= 0;
    }

    /** Whether, after the spaces at {@code i}, the line goes on with a lower-case Latin letter. */
    private static boolean startsLowerCaseWord(CharSequence text, int i, int lineEnd) {
        while (i < lineEnd && Marks.isSpace(text.charAt(i))) {
            i++;
        }
        return i < lineEnd && text.charAt(i) >= 'a' && text.charAt(i) <= 'z';
    }

    /** Whether the word before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean afterAbbreviation(CharSequence text, int dot) {
        int i = dot;
        boolean innerDot = false;
        while (i > 0 && dot - i < MAX_WORD) {
            char c = text.charAt(i - 1);
            if (CharClass.isAsciiAlnum(c)) {
                i--;
            } else if (c == '.' && i - 1 > 0 && CharClass.isAsciiAlnum(text.charAt(i - 2))) {
                innerDot = true; // U.S. e.g. openai.com v1.2
                i--;
            } else {
                break;
            }
        }
        if (i == dot) {
            return false;
        }
        if (innerDot) {
            return !Marks.isDigit(text.charAt(dot - 1)); // U.S. stays, "version 1.2." ends
        }
        String word = text.subSequence(i, dot).toString();
        if (word.length() == 1) {
            return CharClass.isAsciiLetter(word.charAt(0)); // an initial, J. Smith
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || CASED_ABBREVIATIONS.contains(word);
    }
}
