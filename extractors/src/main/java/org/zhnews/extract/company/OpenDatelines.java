package org.zhnews.extract.company;

import org.zhnews.extract.company.OpenCues.Kind;
import org.zhnews.text.chars.CharClass;

import java.util.List;

/**
 * Outlets no list holds, credited in a dateline that opens a line ({@code 狮城新闻讯 本地初创…},
 * {@code 某某日报5月3日电}): a run of Han characters from the line start, a brand of at least two
 * characters that is no generic word ({@code 本报讯}, {@code 科技新闻讯} stay out) and an outlet
 * word ({@code 新闻}, {@code 日报}), then the rest of a credit ({@link Credits#lineTailEnd}) before a space or a mark.
 * Linear in the text; immutable and thread-safe.
 */
final class OpenDatelines {

    private static final int MIN_BRAND = 2;
    /** Longest outlet name looked at from a line start. */
    private static final int MAX_NAME = 10;

    private final OpenCues cues;
    private final NameShape shape;

    OpenDatelines(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
    }

    /** Adds to {@code out} the outlets credited at line starts of {@code text}, evidence {@code credit:dateline}. */
    void find(String text, List<CompanyCandidate> out) {
        for (int line = 0; line >= 0 && line < text.length(); ) {
            int start = line;
            while (start < text.length() && Character.isWhitespace(text.charAt(start)) && text.charAt(start) != '\n') {
                start++;
            }
            atLineStart(text, start, out);
            int next = text.indexOf('\n', line);
            line = next < 0 ? -1 : next + 1;
        }
    }

    /** Whether a credit's tail ends at {@code tail} before a space, a mark or the end ({@code 讯号} is no credit). */
    private static boolean creditEnds(String text, int tail) {
        if (tail < 0 || tail == text.length()) {
            return tail >= 0;
        }
        char c = text.charAt(tail);
        return !CharClass.isHan(c) && !Character.isLetterOrDigit(c);
    }

    private void atLineStart(String text, int start, List<CompanyCandidate> out) {
        if (start >= text.length() || cues.at(Kind.SOURCE_OPEN, text, start) > 0) {
            return; // 据某某日报报道: a source slot, read by CueSlots
        }
        int limit = Math.min(text.length(), start + MAX_NAME);
        for (int end = start; end < limit && CharClass.isHan(text.charAt(end)); ) {
            end++;
            int word = cues.endingAt(Kind.OUTLET, text, end);
            int brandEnd = end - word;
            if (word > 0 && brandEnd - start >= MIN_BRAND && creditEnds(text, Credits.lineTailEnd(text, end))
                    && !cues.anyIn(Kind.BOUNDARY, text, start, brandEnd) && !shape.generic(text, start, brandEnd)) {
                out.add(new CompanyCandidate(start, end, text.substring(start, end), "credit:dateline"));
                return;
            }
        }
    }
}
