package org.zhnews.core.event;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * A company's results for a period.
 *
 * @param company         whose results
 * @param period          the period: {@code 2025-Q3}, {@code 2025-H1}, {@code 2025}, or a fiscal
 *                        period as the company names it ({@code FY2026-Q2}); relative periods
 *                        ({@code 去年第四季}) resolved with the article's publication date
 * @param revenue         revenue
 * @param netIncome       net income (a loss is reported with {@code netLoss})
 * @param netLoss         whether {@code netIncome} is a loss (the JSON writes it negative)
 * @param revenueGrowth   revenue growth as a fraction
 * @param netIncomeGrowth net income growth as a fraction
 */
public record Earnings(Span trigger, int sentence, Modality modality, CompanyMention company, TextRole period,
                       Optional<MoneyMention> revenue, Optional<MoneyMention> netIncome, boolean netLoss,
                       Optional<Ratio> revenueGrowth, Optional<Ratio> netIncomeGrowth) implements Event {

    /**
     * Checks that no component is null.
     *
     * @param trigger         the words that state the event
     * @param sentence        the index of the sentence holding the trigger
     * @param modality        how the text asserts it
     * @param company         whose results
     * @param period          the period, normalized ({@code 2025-Q3})
     * @param revenue         revenue, or empty
     * @param netIncome       net income, or the size of the loss when {@code netLoss}; or empty
     * @param netLoss         whether {@code netIncome} is a loss
     * @param revenueGrowth   revenue growth, or empty
     * @param netIncomeGrowth net income growth, or empty
     * @throws NullPointerException if a component is null
     */
    public Earnings {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(netIncome, "netIncome");
        Objects.requireNonNull(revenueGrowth, "revenueGrowth");
        Objects.requireNonNull(netIncomeGrowth, "netIncomeGrowth");
    }

    /** Always {@link EventKind#EARNINGS}. */
    @Override
    public EventKind kind() {
        return EventKind.EARNINGS;
    }
}
