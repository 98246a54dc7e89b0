package org.zhnews.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * A company raised money.
 *
 * @param company   who receives the money
 * @param round     the round, when named
 * @param amount    how much was raised
 * @param valuation the valuation stated with the round (post-money unless said)
 * @param investors every investor named, leads included, in text order
 * @param lead      the lead investors, a subset of {@code investors}
 */
public record Funding(Span trigger, int sentence, Modality modality, CompanyMention company,
                      Optional<Round> round, Optional<MoneyMention> amount, Optional<MoneyMention> valuation,
                      List<CompanyMention> investors, List<CompanyMention> lead) implements Event {

    /**
     * Checks that no component is null and copies the two lists.
     *
     * @param trigger   the words that state the event
     * @param sentence  the index of the sentence holding the trigger
     * @param modality  how the text asserts it
     * @param company   who receives the money
     * @param round     the round, or empty
     * @param amount    how much was raised, or empty
     * @param valuation the valuation, or empty
     * @param investors every investor named, leads included; copied
     * @param lead      the lead investors; copied
     * @throws NullPointerException if a component, or an element of a list, is null
     */
    public Funding {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(valuation, "valuation");
        investors = List.copyOf(investors);
        lead = List.copyOf(lead);
    }

    /** Always {@link EventKind#FUNDING}. */
    @Override
    public EventKind kind() {
        return EventKind.FUNDING;
    }
}
