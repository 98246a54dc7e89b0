package org.zhnews.core.event;

import java.util.Objects;
import org.zhnews.core.mention.Span;

/**
 * A role no mention fills (a person's name, a post, a period): its value and where it is written.
 *
 * @param value the value, normalized ({@code 2025-Q3} for a period; a name or post as written
 *              in the normalized text)
 * @param span  where it stands; for a value derived from several places (a period from a
 *              relative date), the place it is read from
 */
public record TextRole(String value, Span span) {

    /**
     * Checks that no component is null.
     *
     * @param value the normalized value
     * @param span  where it stands or is read from
     * @throws NullPointerException if a component is null
     */
    public TextRole {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
