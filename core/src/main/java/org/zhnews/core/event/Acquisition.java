package org.zhnews.core.event;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * A company, or a stake in one, was bought.
 *
 * @param acquirer who buys, when named
 * @param target   what is bought
 * @param amount   the price
 * @param stake    the share bought, when less than the whole is said ({@code 51%股权})
 */
public record Acquisition(Span trigger, int sentence, Modality modality, Optional<CompanyMention> acquirer,
                          CompanyMention target, Optional<MoneyMention> amount, Optional<Ratio> stake)
        implements Event {

    /**
     * Checks that no component is null.
     *
     * @param trigger  the words that state the event
     * @param sentence the index of the sentence holding the trigger
     * @param modality how the text asserts it
     * @param acquirer who buys, or empty
     * @param target   what is bought
     * @param amount   the price, or empty
     * @param stake    the share bought, or empty
     * @throws NullPointerException if a component is null
     */
    public Acquisition {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(acquirer, "acquirer");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(stake, "stake");
    }

    /** Always {@link EventKind#ACQUISITION}. */
    @Override
    public EventKind kind() {
        return EventKind.ACQUISITION;
    }
}
