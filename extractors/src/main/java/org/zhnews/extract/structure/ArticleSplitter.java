package org.zhnews.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the articles of a document run together begin. A line starts a new article
 * only when it is headline-shaped, the article before it already has a paragraph, a paragraph
 * follows it, and one layout signal marks the seam: the paragraph before ends with a credit
 * in parentheses ({@code ……。(证券时报)}), a credit stands on its own line after that paragraph
 * ({@code (新浪科技)}, {@code ——财联社}, {@code 来源:中央社}), a rule line ({@code -----}) stands
 * between, or a byline or dateline follows the headline. Boundaries fall only at line starts, so no
 * paragraph is ever cut. Stateless; linear in the number of lines.
 */
final class ArticleSplitter {

    private ArticleSplitter() {
    }

    /** The indices of the lines that begin articles; the first is always 0. */
    static List<Integer> starts(List<LineFacts> lines) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int current = 0;
        boolean hasParagraph = false;
        for (int i = 0; i < lines.size(); i++) {
            LineFacts f = lines.get(i);
            if (hasParagraph && f.titleLike()) {
                int start = seam(lines, current, i);
                if (start >= 0) {
                    starts.add(start);
                    current = start;
                    hasParagraph = false;
                    continue;
                }
            }
            if (f.paragraph()) {
                hasParagraph = true;
            }
        }
        return starts;
    }

    /** Where a new article begins if headline {@code i} opens one, else -1. */
    private static int seam(List<LineFacts> lines, int current, int i) {
        int p = i - 1;
        boolean ruled = false;
        while (p >= current && (lines.get(p).blank() || lines.get(p).separator() || lines.get(p).hashtag())) {
            ruled |= lines.get(p).separator();
            p--;
        }
        if (p < current) {
            return -1;
        }
        LineFacts prev = lines.get(p);
        boolean credited = prev.credit().isPresent() || creditLineAfterParagraph(lines, current, p);
        int next = nextNonBlank(lines, i + 1);
        boolean dated = next >= 0 && lines.get(next).meta()
                && (lines.get(next).date().isPresent() || lines.get(next).byline().isPresent());
        if (!(credited || (ruled || dated) && prev.paragraph())) {
            return -1;
        }
        return bodyFollows(lines, i + 1) ? p + 1 : -1;
    }

    /**
     * Whether line {@code p} ends a run of metadata lines holding a credit on a line of its own
     * ({@code (新浪科技)}, {@code 来源:中央社}) that follows a paragraph.
     */
    private static boolean creditLineAfterParagraph(List<LineFacts> lines, int current, int p) {
        boolean credit = false;
        int q = p;
        while (q >= current && (lines.get(q).blank() || lines.get(q).meta() || lines.get(q).ownCredit().isPresent())) {
            credit |= lines.get(q).ownCredit().isPresent();
            q--;
        }
        return credit && q >= current && lines.get(q).paragraph();
    }

    /** Whether the first line from {@code from} that is not metadata or junk is a paragraph. */
    private static boolean bodyFollows(List<LineFacts> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            LineFacts f = lines.get(j);
            if (f.blank() || f.separator() || f.hashtag() || f.meta() || f.zoneCue().isPresent()) {
                continue;
            }
            return f.paragraph();
        }
        return false;
    }

    private static int nextNonBlank(List<LineFacts> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
