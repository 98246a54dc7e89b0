package org.zhnews.extract.structure;

import java.util.Objects;

/**
 * One line cue of a cue file.
 *
 * @param text the cue, folded
 * @param kind what it marks
 * @param mode how it applies to a line
 */
record Cue(String text, CueKind kind, CueMode mode) {

    Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty cue");
        }
    }
}
