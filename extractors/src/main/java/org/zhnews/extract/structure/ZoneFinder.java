package org.zhnews.extract.structure;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;

/**
 * Finds the boilerplate zones of one article. A cue line is a zone of its kind; a header cue
 * ({@code 推荐阅读}) takes the list lines after it; consecutive cue lines of one kind make one
 * zone. An {@code anywhere} cue (禁止转载) counts only in the article's head (before its first
 * clean paragraph) or tail (after its last). The footer is the stretch from the first cue line
 * after which every line is a cue line or junk (short lines, list lines, rules) to the
 * article's end: there junk joins the zone before it, so the footer is covered without gaps.
 * A paragraph is never part of a zone unless its own line carries a cue. Stateless; linear.
 */
final class ZoneFinder {

    private ZoneFinder() {
    }

    /** The zones of the article over lines {@code [from, to)}, in text order. */
    static List<Zone> find(List<LineFacts> lines, int from, int to, StructureInput in) {
        ZoneKind[] kind = kinds(lines, from, to);
        int footer = footerStart(lines, kind, from, to);
        List<Zone> zones = new ArrayList<>();
        int i = from;
        while (i < footer) {
            LineFacts f = lines.get(i);
            if (kind[i - from] != null) {
                int end = i;
                if (f.zoneCue().get().mode() == CueMode.HEADER) {
                    end = extend(lines, kind, from, i, footer, j -> kind[j - from] == null && listLine(lines.get(j)));
                }
                ZoneKind k = kind[i - from];
                end = extend(lines, kind, from, end, footer, j -> kind[j - from] == k);
                zones.add(zone(lines, i, end, k, in));
                i = end + 1;
            } else if (f.job() && nextIsJob(lines, i, footer)) {
                int end = extend(lines, kind, from, i, footer, j -> lines.get(j).job());
                zones.add(zone(lines, i, end, ZoneKind.JOB_LISTING, in));
                i = end + 1;
            } else {
                i++;
            }
        }
        ZoneKind current = null;
        int zs = -1;
        int ze = -1;
        for (int j = footer; j < to; j++) {
            LineFacts f = lines.get(j);
            if (f.blank() || f.separator()) {
                continue;
            }
            ZoneKind k = kind[j - from] != null ? kind[j - from] : f.job() ? ZoneKind.JOB_LISTING : null;
            if (k != null && k != current) {
                if (current != null) {
                    zones.add(zone(lines, zs, ze, current, in));
                }
                current = k;
                zs = j;
            }
            ze = j;
        }
        if (current != null) {
            zones.add(zone(lines, zs, ze, current, in));
        }
        return zones;
    }

    /** The zone kind of each line's cue, with {@code anywhere} cues kept only in head and tail. */
    private static ZoneKind[] kinds(List<LineFacts> lines, int from, int to) {
        int first = LineFacts.firstCleanParagraph(lines, from, to);
        int last = LineFacts.lastCleanParagraph(lines, from, to);
        ZoneKind[] kind = new ZoneKind[to - from];
        for (int i = from; i < to; i++) {
            LineFacts f = lines.get(i);
            boolean counts = f.strongZone() || f.weakZone() && (first < 0 || i < first || i > last);
            if (counts) {
                kind[i - from] = f.zoneCue().get().kind().zone().orElseThrow();
            }
        }
        return kind;
    }

    /** The first cue or job line from which every line to the end is a cue line or junk. */
    private static int footerStart(List<LineFacts> lines, ZoneKind[] kind, int from, int to) {
        int footer = to;
        for (int i = to - 1; i >= from; i--) {
            LineFacts f = lines.get(i);
            boolean zoneLine = kind[i - from] != null || f.job();
            if (!zoneLine && (f.meta() || !LineShape.junkShaped(f.line().folded()))) {
                break;
            }
            if (zoneLine) {
                footer = i;
            }
        }
        return footer;
    }

    private interface LineTest {
        boolean test(int index);
    }

    /** The last non-blank line of the run after {@code end} that passes {@code test}. */
    private static int extend(List<LineFacts> lines, ZoneKind[] kind, int from, int end, int limit, LineTest test) {
        int last = end;
        for (int j = end + 1; j < limit; j++) {
            LineFacts f = lines.get(j);
            if (f.blank() || f.separator()) {
                continue;
            }
            if (!test.test(j)) {
                break;
            }
            last = j;
        }
        return last;
    }

    /** A line that can stand in a list of links: a short list line or headline. */
    private static boolean listLine(LineFacts f) {
        return !f.meta() && !f.blank() && LineShape.junkShaped(f.line().folded());
    }

    private static boolean nextIsJob(List<LineFacts> lines, int i, int limit) {
        for (int j = i + 1; j < limit; j++) {
            if (!lines.get(j).blank()) {
                return lines.get(j).job();
            }
        }
        return false;
    }

    private static Zone zone(List<LineFacts> lines, int first, int last, ZoneKind kind, StructureInput in) {
        int s = lines.get(first).line().start();
        int e = lines.get(last).line().end();
        return new Zone(kind, new TextRange(s, e), in.toOriginal(s, e));
    }
}
