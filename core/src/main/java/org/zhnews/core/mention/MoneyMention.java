package org.zhnews.core.mention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An amount of money.
 *
 * @param span      where it stands
 * @param amount    the figure as written, fully expanded ({@code 540亿美元} -> 54000000000);
 *                  empty for an explicit range or a vague amount ({@code 数十亿美元})
 * @param currency  ISO 4217 code ({@code CNY}, {@code USD}, ...)
 * @param qualifier how the figure relates to the true value
 * @param min       lower bound, inclusive, when a range is known
 * @param max       upper bound, when a range is known
 * @param equivalentOf when this amount restates another one in a different currency
 *                  ({@code 540亿美元(约合人民币3922亿元)}: the second), the normalized-text
 *                  {@link Span#start() start} of the money mention it restates
 * @param currencySource where {@code currency} came from when the text does not write it (a bare
 *                  {@code 元}: a declaration, the article's region or the default); empty when
 *                  the currency is written
 */
public record MoneyMention(Span span, Optional<BigDecimal> amount, String currency,
                           Qualifier qualifier, Optional<BigDecimal> min, Optional<BigDecimal> max,
                           OptionalInt equivalentOf, Optional<CurrencySource> currencySource)
        implements Mention {

    /**
     * Checks that no component is null.
     *
     * @param span           where it stands
     * @param amount         the figure fully expanded, or empty
     * @param currency       the ISO 4217 code
     * @param qualifier      how the figure relates to the true value
     * @param min            the lower bound, inclusive, or empty
     * @param max            the upper bound, or empty
     * @param equivalentOf   the start of the money mention this one restates, or empty
     * @param currencySource where an unwritten currency came from, or empty
     * @throws NullPointerException if a component is null
     */
    public MoneyMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(equivalentOf, "equivalentOf");
        Objects.requireNonNull(currencySource, "currencySource");
    }

    /**
     * An amount whose currency is written.
     *
     * @param span         where it stands
     * @param amount       the figure fully expanded, or empty
     * @param currency     the ISO 4217 code
     * @param qualifier    how the figure relates to the true value
     * @param min          the lower bound, inclusive, or empty
     * @param max          the upper bound, or empty
     * @param equivalentOf the start of the money mention this one restates, or empty
     * @throws NullPointerException if an argument is null
     */
    public MoneyMention(Span span, Optional<BigDecimal> amount, String currency, Qualifier qualifier,
                        Optional<BigDecimal> min, Optional<BigDecimal> max, OptionalInt equivalentOf) {
        this(span, amount, currency, qualifier, min, max, equivalentOf, Optional.empty());
    }

    /**
     * An amount that restates no other, with its currency written.
     *
     * @param span      where it stands
     * @param amount    the figure fully expanded, or empty
     * @param currency  the ISO 4217 code
     * @param qualifier how the figure relates to the true value
     * @param min       the lower bound, inclusive, or empty
     * @param max       the upper bound, or empty
     * @throws NullPointerException if an argument is null
     */
    public MoneyMention(Span span, Optional<BigDecimal> amount, String currency, Qualifier qualifier,
                        Optional<BigDecimal> min, Optional<BigDecimal> max) {
        this(span, amount, currency, qualifier, min, max, OptionalInt.empty());
    }

    /**
     * This mention marked as the equivalent of the money mention starting at {@code start}.
     *
     * @param start the normalized-text start of the mention restated
     * @return a new mention; this one is unchanged
     */
    public MoneyMention asEquivalentOf(int start) {
        return new MoneyMention(span, amount, currency, qualifier, min, max, OptionalInt.of(start), currencySource);
    }

    /**
     * This mention with its currency read from {@code source}.
     *
     * @param source where the currency came from
     * @return a new mention; this one is unchanged
     */
    public MoneyMention withCurrencySource(CurrencySource source) {
        return new MoneyMention(span, amount, currency, qualifier, min, max, equivalentOf, Optional.of(source));
    }

    /** Always {@link MentionKind#MONEY}. */
    @Override
    public MentionKind kind() {
        return MentionKind.MONEY;
    }
}
