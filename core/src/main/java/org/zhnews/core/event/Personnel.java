package org.zhnews.core.event;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Span;

/**
 * A person joined, left or was appointed.
 *
 * @param person  the person's name as written (Chinese or Latin)
 * @param company the company joined, left or appointed at, when named
 * @param role    the post as written ({@code CEO}, {@code 技术负责人})
 * @param change  what happened
 */
public record Personnel(Span trigger, int sentence, Modality modality, TextRole person,
                        Optional<CompanyMention> company, Optional<TextRole> role, PersonnelChange change)
        implements Event {

    /**
     * Checks that no component is null.
     *
     * @param trigger  the words that state the event
     * @param sentence the index of the sentence holding the trigger
     * @param modality how the text asserts it
     * @param person   the person's name and where it stands
     * @param company  the company, or empty
     * @param role     the post and where it stands, or empty
     * @param change   what happened
     * @throws NullPointerException if a component is null
     */
    public Personnel {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(change, "change");
    }

    /** Always {@link EventKind#PERSONNEL}. */
    @Override
    public EventKind kind() {
        return EventKind.PERSONNEL;
    }
}
