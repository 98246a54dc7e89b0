package org.zhnews.extract.company;

import org.zhnews.text.chars.CharClass;
import java.util.ArrayList;
import java.util.List;
import org.zhnews.extract.company.UnknownLexicon.Kind;
import org.zhnews.extract.company.UnknownLexicon.Suffix;

/**
 * The Latin candidates of {@link UnknownCompanyFinder}: runs of capitalised words ending in a legal
 * form or business word ({@code Acme Robotics Inc.}). Immutable and thread-safe.
 */
final class LatinCompanyNames {

    private static final int MAX_LATIN_NAME_WORDS = 4;
    private static final int MAX_LATIN_SUFFIX_WORDS = 3;

    private final UnknownLexicon lexicon;

    LatinCompanyNames(UnknownLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Latin words: maximal runs of ASCII letters, digits, {@code & ' -}; a trailing dot kept on a suffix. */
    void findLatin(String text, List<CompanyCandidate> out) {
        List<int[]> words = new ArrayList<>(); // {start, end} of the current run of words
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isLatinWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !isHan(text.charAt(i - 1))) {
                while (i < n && isLatinWordChar(text.charAt(i))) {
                    i++; // glued to a non-ASCII letter: not a word of its own
                }
                words.clear();
                continue;
            }
            int s = i;
            while (i < n && isLatinWordChar(text.charAt(i))) {
                i++;
            }
            int e = i;
            if (i < n && text.charAt(i) == '.') {
                Suffix withDot = lexicon.suffix(text.substring(s, i + 1));
                if (withDot != null && withDot.kind() == Kind.LATIN) {
                    e = ++i;
                }
            }
            words.add(new int[] {s, e});
            latinCandidate(text, words, out);
            // continue the run only over one space, or ", " before another word
            if (i < n && text.charAt(i) == ' ' && i + 1 < n && isLatinWordChar(text.charAt(i + 1))) {
                i++;
            } else if (i + 2 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' '
                    && isLatinWordChar(text.charAt(i + 2))) {
                i += 2;
            } else {
                words.clear();
            }
        }
    }

    /** If the run's last word is a Latin suffix and the next one is not, the run's name words + suffixes. */
    private void latinCandidate(String text, List<int[]> run, List<CompanyCandidate> out) {
        int last = run.size() - 1;
        if (!isLatinSuffix(text, run.get(last))) {
            return;
        }
        int m = last;
        while (m > 0 && last - m < MAX_LATIN_SUFFIX_WORDS && isLatinSuffix(text, run.get(m - 1))) {
            m--;
        }
        int first = m;
        while (first > 0 && m - first < MAX_LATIN_NAME_WORDS && isNameWord(text, run.get(first - 1))
                && !isLatinSuffix(text, run.get(first - 1))) {
            first--;
        }
        if (first == m) {
            return;
        }
        int s = run.get(first)[0];
        int e = run.get(last)[1];
        String evidence = "latin:" + text.substring(run.get(last)[0], e);
        // a longer run ending later replaces this one in resolve(); same start, longer span wins
        out.add(new CompanyCandidate(s, e, text.substring(s, e), evidence));
    }

    private boolean isLatinSuffix(String text, int[] w) {
        Suffix s = lexicon.suffix(text.substring(w[0], w[1]));
        return s != null && s.kind() == Kind.LATIN;
    }

    private static boolean isNameWord(String text, int[] w) {
        char c = text.charAt(w[0]);
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == '-'
                || c == '\'';
    }

    private static boolean isHan(char c) {
        return CharClass.isHan(c);
    }
}
