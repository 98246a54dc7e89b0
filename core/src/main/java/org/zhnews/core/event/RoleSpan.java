package org.zhnews.core.event;

import java.util.Objects;
import org.zhnews.core.mention.Span;

/**
 * One filled role of an event and where it stands, for display ({@link EventRoles#of}).
 *
 * @param role the role's name in the JSON contract ({@code company}, {@code investors}, ...)
 * @param span where its filler stands
 */
public record RoleSpan(String role, Span span) {

    /**
     * Checks that no component is null.
     *
     * @param role the role's name in the JSON contract
     * @param span where its filler stands
     * @throws NullPointerException if a component is null
     */
    public RoleSpan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
