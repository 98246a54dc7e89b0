package org.zhnews.extract.structure;

import java.util.Locale;
import java.util.Optional;
import org.zhnews.core.structure.ZoneKind;

/** What a line cue marks: a kind of boilerplate zone, or a piece of article metadata. */
enum CueKind {
    REPRINT_NOTICE(ZoneKind.REPRINT_NOTICE),
    COPYRIGHT(ZoneKind.COPYRIGHT),
    COMMENT_PROMPT(ZoneKind.COMMENT_PROMPT),
    RELATED_LINKS(ZoneKind.RELATED_LINKS),
    AD(ZoneKind.AD),
    JOB_LISTING(ZoneKind.JOB_LISTING),
    CAPTION(ZoneKind.CAPTION),
    SHARE_FOOTER(ZoneKind.SHARE_FOOTER),
    BYLINE(null),
    OUTLET(null),
    DATELINE(null);

    private final ZoneKind zone;

    CueKind(ZoneKind zone) {
        this.zone = zone;
    }

    /** The zone kind this cue opens, empty for metadata cues. */
    Optional<ZoneKind> zone() {
        return Optional.ofNullable(zone);
    }

    /** The kind named {@code name} in a cue file ({@code reprint_notice}, {@code byline}). */
    static CueKind parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
