package org.zhnews.core.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * A company named in the text.
 *
 * @param span    where it stands
 * @param name    the canonical simplified name when linked, else the normalized surface
 * @param company the linked knowledge-base entity; empty for a company found by pattern only
 */
public record CompanyMention(Span span, String name, Optional<Company> company) implements Mention {

    public CompanyMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
    }

    /** Always {@link MentionKind#COMPANY}. */
    @Override
    public MentionKind kind() {
        return MentionKind.COMPANY;
    }

    /** The entity id, when linked. */
    public Optional<String> id() {
        return company.map(Company::id);
    }
}
