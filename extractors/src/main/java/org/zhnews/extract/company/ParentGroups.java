package org.zhnews.extract.company;

import java.util.List;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;

/**
 * Groups named as a known parent, a few words of their business and a group word
 * ({@code 腾讯国际数字娱乐集团} after the known {@code 腾讯}): a subsidiary group, its own company.
 * The words between are two to eight Han characters with no boundary word (a verb, a function
 * word: {@code 腾讯负责集团}); generic words are fine there ({@code 国际}, {@code 数字}), as the
 * parent's name is the proper name. Evidence {@code unit:} and the group word,
 * so the known parent gives way to the group ({@link OpenCompanies}). Immutable and thread-safe;
 * linear in the text.
 */
final class ParentGroups {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 8;

    private final OpenCues cues;
    ParentGroups(OpenCues cues) {
        this.cues = cues;
    }

    /** Adds the subsidiary groups after the {@code known} company spans of {@code text} to {@code out}. */
    void find(String text, List<int[]> known, List<CompanyCandidate> out) {
        for (int[] k : known) {
            int from = k[1];
            for (int p = from; p < text.length() && p - from <= MAX_WORDS && CharClass.isHan(text.charAt(p)); p++) {
                int group = cues.at(Kind.GROUP, text, p);
                if (group > 0 && p - from >= MIN_WORDS && wordsOk(text, from, p)) {
                    out.add(new CompanyCandidate(k[0], p + group, text.substring(k[0], p + group), "unit:group"));
                    break;
                }
            }
        }
    }

    private boolean wordsOk(String text, int from, int to) {
        if (cues.at(Kind.BOUNDARY, text, from) > 0 || NameShape.FUNCTION_CHARS.indexOf(text.charAt(from)) >= 0) {
            return false;
        }
        for (int i = from + 1; i <= to; i++) {
            if (cues.endingAt(Kind.BOUNDARY, text, i) > 0 && !cues.inNameWord(text, i - 1)) {
                return false;
            }
        }
        return true;
    }
}
