package org.zhnews.core.structure;

import java.util.Objects;
import org.zhnews.core.offset.TextRange;

/**
 * A stretch of boilerplate in a document: a reprint notice, a comment box, a list of
 * recommended links, job listings...
 *
 * @param kind          what it holds
 * @param range         where it stands in the normalized text
 * @param originalRange where it stands in the original input
 */
public record Zone(ZoneKind kind, TextRange range, TextRange originalRange) {

    /**
     * Checks that no component is null.
     *
     * @param kind          what it holds
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @throws NullPointerException if a component is null
     */
    public Zone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(originalRange, "originalRange");
    }

    /**
     * Whether the normalized offset {@code offset} lies inside this zone.
     *
     * @param offset an offset in the normalized text
     * @return {@code true} if {@code range().start() <= offset < range().end()}
     */
    public boolean contains(int offset) {
        return offset >= range.start() && offset < range.end();
    }
}
