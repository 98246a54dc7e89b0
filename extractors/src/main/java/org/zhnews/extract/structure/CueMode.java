package org.zhnews.extract.structure;

import java.util.Locale;

/** How a cue applies to a line; see the header of {@code cues.tsv}. */
enum CueMode {
    /** The line begins with the cue. */
    START,
    /** The cue stands anywhere in a notice-length line, in the head or tail of an article. */
    ANYWHERE,
    /** The cue stands anywhere in a short line. */
    SHORT,
    /** The cue stands anywhere in a tiny line (a row of buttons). */
    ALONE,
    /**
     * The line opens with the cue as a tag ({@code 【招聘】}, {@code 声明|}), in the head or tail
     * of an article, like {@link #ANYWHERE}.
     */
    TAG,
    /** The line is the cue plus decoration; it opens a run of list lines. */
    HEADER,
    /** A metadata label followed by {@code :}, {@code |} or {@code /} and the value. */
    LABEL,
    /** As {@link #LABEL}, or the label, spaces and the value. */
    LABEL_SPACE,
    /** The value follows the cue at once. */
    VALUE,
    /** A label before a date on the same line. */
    PREFIX;

    /** Whether a zone cue of this mode counts only in an article's head or tail. */
    boolean weak() {
        return this == ANYWHERE || this == TAG;
    }

    /** The mode named {@code name} in a cue file ({@code label-space}). */
    static CueMode parse(String name) {
        return valueOf(name.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
