package org.zhnews.extract.structure;

import org.zhnews.extract.date.FullDates;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.structure.ZoneKind;

/**
 * What the structure step knows about one line: its zone cue, layout shape and metadata.
 *
 * @param line     the line
 * @param zoneCue  the zone cue it matches, if any
 * @param job      whether it looks like a job listing line
 * @param byline   a byline label and value in it
 * @param outlet   an outlet label and value in it
 * @param date     a full date in it
 * @param credit   a trailing credit in parentheses
 * @param meta     whether it is a metadata line (byline, source or dateline) rather than text
 * @param ownCredit a credit that is the whole line ({@code (新浪科技)}, {@code ——财联社},
 *                 {@code 来源:中央社})
 */
record LineFacts(Line line, Optional<Cue> zoneCue, boolean job, Optional<CueBook.Meta> byline,
                 Optional<CueBook.Meta> outlet, Optional<FullDates.Found> date,
                 Optional<CueBook.Credit> credit, boolean meta, Optional<CueBook.Credit> ownCredit) {

    /** Lines up to this long with a date at their start (or after a label) are datelines. */
    static final int DATELINE_MAX = 80;

    static LineFacts of(Line line, CueBook cues) {
        String f = line.folded();
        Optional<Cue> zone = cues.zoneCue(line);
        boolean job = cues.jobLine(line);
        Optional<CueBook.Meta> byline = cues.meta(line, CueKind.BYLINE);
        Optional<CueBook.Meta> outlet = cues.meta(line, CueKind.OUTLET);
        Optional<FullDates.Found> date = f.length() <= DATELINE_MAX ? FullDates.first(f) : Optional.empty();
        boolean dateline = date.isPresent() && (date.get().start() <= CueBook.skipLead(f) && f.indexOf('。') < 0
                || cues.datelineLabelBefore(line, date.get().start()) || byline.isPresent() || outlet.isPresent());
        if (!dateline) {
            date = Optional.empty();
        }
        boolean strongZone = zone.isPresent() && !zone.get().mode().weak();
        boolean meta = !strongZone && f.length() <= CueBook.META_MAX
                && (byline.map(CueBook.Meta::atStart).orElse(false) || outlet.map(CueBook.Meta::atStart).orElse(false)
                || dateline);
        Optional<CueBook.Credit> credit = zone.isPresent() || meta ? Optional.empty() : cues.credit(line);
        boolean notice = zone.flatMap(c -> c.kind().zone()).map(k -> k == ZoneKind.REPRINT_NOTICE).orElse(false);
        Optional<CueBook.Credit> own = zone.isPresent() && !notice || job ? Optional.empty()
                : cues.ownLineCredit(line, outlet);
        return new LineFacts(line, zone, job, byline, outlet, date, credit, meta, own);
    }

    boolean blank() {
        return line.blank();
    }

    boolean separator() {
        return LineShape.separator(line.folded());
    }

    boolean hashtag() {
        return LineShape.hashtag(line.folded());
    }

    /** A zone cue that counts wherever the line stands (not {@code anywhere} or {@code tag}). */
    boolean strongZone() {
        return zoneCue.isPresent() && !zoneCue.get().mode().weak();
    }

    /** An {@code anywhere} or {@code tag} zone cue, which counts only in an article's head or tail. */
    boolean weakZone() {
        return zoneCue.isPresent() && zoneCue.get().mode().weak();
    }

    /** Article text shaped like a paragraph (not a zone cue line, not metadata). */
    boolean paragraph() {
        return !strongZone() && !meta && !job && (LineShape.paragraphShaped(line.folded()) || credit.isPresent());
    }

    /** The first line of {@code [from, to)} that is a clean paragraph, or -1. */
    static int firstCleanParagraph(List<LineFacts> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).cleanParagraph()) {
                return i;
            }
        }
        return -1;
    }

    /** The last line of {@code [from, to)} that is a clean paragraph, or -1. */
    static int lastCleanParagraph(List<LineFacts> lines, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (lines.get(i).cleanParagraph()) {
                return i;
            }
        }
        return -1;
    }

    /** A paragraph with no zone cue at all: text that is surely the article's own. */
    boolean cleanParagraph() {
        return paragraph() && zoneCue.isEmpty();
    }

    /** Shaped like a headline and not a zone, metadata or job line. */
    boolean titleLike() {
        return zoneCue.isEmpty() && !meta && !job && ownCredit.isEmpty() && LineShape.titleShaped(line.folded());
    }
}
