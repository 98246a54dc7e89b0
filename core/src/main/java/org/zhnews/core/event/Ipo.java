package org.zhnews.core.event;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * A company's listing, at the step the text reports.
 *
 * @param company  who lists
 * @param exchange the exchange or board, as a code ({@code HKEX}, {@code SSE}, {@code STAR},
 *                 {@code SZSE}, {@code BSE}, {@code NASDAQ}, {@code NYSE}, {@code TWSE},
 *                 {@code TPEx}, {@code SGX}, {@code Bursa Malaysia}, ...)
 * @param amount   the money raised or sought
 * @param status   how far it has gone
 */
public record Ipo(Span trigger, int sentence, Modality modality, CompanyMention company,
                  Optional<String> exchange, Optional<MoneyMention> amount, Optional<IpoStatus> status)
        implements Event {

    /**
     * Checks that no component is null.
     *
     * @param trigger  the words that state the event
     * @param sentence the index of the sentence holding the trigger
     * @param modality how the text asserts it
     * @param company  who lists
     * @param exchange the exchange or board as a code, or empty
     * @param amount   the money raised or sought, or empty
     * @param status   how far it has gone, or empty
     * @throws NullPointerException if a component is null
     */
    public Ipo {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }

    /** Always {@link EventKind#IPO}. */
    @Override
    public EventKind kind() {
        return EventKind.IPO;
    }
}
