package org.zhnews.extract.company;

import java.util.List;
import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.WordsAt;

/**
 * A name ending in a line of business right after a verb whose object is a company
 * ({@code 收购星澜科技全部股权}, {@code 已加入星澜智能}, {@code 任职于星澜科技}): the verbs are the words
 * of kind {@code object-verb} in {@code open-cues.tsv} (a {@code 了} may follow them); the name is a
 * core of two to {@value #MAX_CORE} Han characters that looks like a name (no generic core, no
 * boundary word inside, no person) and the longest line-of-business word after it, then the
 * name ends: no Han character follows but a boundary word, 的, or a word of what is bought
 * ({@code 全部}, {@code 股权}); a {@code 公司} right after it is part of it. The shortest such core
 * is taken. Immutable and thread-safe; linear in the text.
 */
final class ObjectNames {

    /** Longest core before the line of business ({@code 星澜智能} of 星澜智能科技). */
    private static final int MAX_CORE = 4;
    /** Words right after the name that close it: what is bought or held in it. */
    private static final List<String> CLOSERS = List.of("全部", "股权", "股份", "部分", "多数", "控股权", "旗下", "公司");

    private final OpenCues cues;
    private final NameShape shape;

    ObjectNames(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
    }

    /** Adds the names after object verbs in {@code text} to {@code out}. */
    void find(String text, List<CompanyCandidate> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int verb = cues.at(Kind.OBJECT_VERB, text, i); // most positions: one bit test
            if (verb == 0) {
                continue;
            }
            int start = i + verb;
            if (start < n && text.charAt(start) == '了') {
                start++;
            }
            int end = nameEnd(text, start);
            if (end > 0) {
                int withCompany = text.startsWith("公司", end) ? end + 2 : end;
                out.add(new CompanyCandidate(start, withCompany, text.substring(start, withCompany), "object:"
                        + text.substring(i, i + verb)));
            }
            i = start - 1;
        }
    }

    /** The end of the name at {@code start} (its line of business included), or -1. */
    private int nameEnd(String text, int start) {
        if (start >= text.length() || !CharClass.isHan(text.charAt(start)) || cues.at(Kind.BOUNDARY, text, start) > 0
                || cues.at(Kind.GENERIC, text, start) > 1) {
            return -1;
        }
        for (int core = 2; core <= MAX_CORE && start + core < text.length(); core++) {
            char last = text.charAt(start + core - 1);
            if (!CharClass.isHan(last) || NameShape.FUNCTION_CHARS.indexOf(last) >= 0 || cues.at(Kind.BOUNDARY, text, start + core - 1) > 0) {
                return -1;
            }
            int industry = cues.at(Kind.INDUSTRY, text, start + core);
            int end = start + core + industry;
            if (industry >= 2 && closed(text, end) && !shape.generic(text, start, start + core)
                    && shape.quotedNameLike(text, start, end, MAX_CORE + industry) && !NameShape.personLike(text, start, end)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether a name may end at {@code end}: no Han character after it but a closing word. */
    private boolean closed(String text, int end) {
        return end >= text.length() || !CharClass.isHan(text.charAt(end)) || text.charAt(end) == '的'
                || WordsAt.startsWithAny(text, end, CLOSERS) || cues.at(Kind.BOUNDARY, text, end) > 0;
    }
}
