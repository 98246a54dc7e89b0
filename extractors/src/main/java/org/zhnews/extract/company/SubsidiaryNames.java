package org.zhnews.extract.company;

import java.util.List;

/**
 * Subsidiaries no list holds, named after a known parent: {@code X旗下的Y}, {@code X旗下Y} or
 * {@code X(的)全资子公司Y}, {@code X(的)控股子公司Y} ({@code 上海国际集团旗下的国和投资},
 * {@code 美的集团旗下的安得智联}, {@code 国元证券全资子公司国元创新}). Y is taken where the text
 * treats it as a party: it ends in a name ending ({@code 投资}, {@code 科技}), or stands as a list
 * item (a separator before the parent or after Y), or an investing verb follows it; and it looks
 * like a name (no generic word: not {@code 旗下的子公司}, {@code 旗下基金}); or it is a run of
 * capitalised Latin words, whose edges are plain ({@code 冬海集团（Sea）旗下的Sea AI Lab}).
 * Immutable and thread-safe.
 */
final class SubsidiaryNames {

    private static final String[] OWNED_BY = {"旗下的", "旗下", "的全资子公司", "全资子公司", "的控股子公司", "控股子公司"};

    private final OpenCues cues;
    private final NameShape shape;

    SubsidiaryNames(OpenCues cues, NameShape shape) {
        this.cues = cues;
        this.shape = shape;
    }

    /** Adds the subsidiaries named right after the known companies {@code known} (spans, sorted). */
    void find(String text, List<int[]> known, List<CompanyCandidate> out) {
        for (int[] k : known) {
            int s = nameStart(text, Math.max(k[1], LatinBrackets.groupEnd(text, k[1]))); // 冬海集团（Sea）旗下的
            if (s < 0 || s >= text.length()) {
                continue;
            }
            int e = ListItems.latinRunEnd(text, s);
            boolean latin = e > s;
            if (!latin) {
                e = shape.rightEdge(text, s, NameShape.MAX_CORE);
                if (e < 0 || !shape.nameLike(text, s, e, NameShape.MAX_CORE) || NameShape.personLike(text, s, e)) {
                    continue;
                }
            }
            boolean party = latin || cues.endingBefore(text, e) > 0 || ListItems.separatorBefore(text, k[0])
                    || e < text.length() && ListItems.separatorBefore(text, e + 1) || shape.investVerbAt(text, e)
                    || cues.at(OpenCues.Kind.ROLE_CLOSE, text, e) > 0;
            if (party && (latin || ListItems.end(text, e))) {
                out.add(new CompanyCandidate(s, e, text.substring(s, e), "subsidiary"));
            }
        }
    }

    /** Where the subsidiary's name starts after a parent ending at {@code end}, or -1. */
    private static int nameStart(String text, int end) {
        for (String w : OWNED_BY) {
            if (text.startsWith(w, end)) {
                return end + w.length();
            }
        }
        return -1;
    }
}
