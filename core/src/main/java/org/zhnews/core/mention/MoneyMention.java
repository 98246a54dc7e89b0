package org.zhnews.core.mention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

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
 */
public record MoneyMention(Span span, Optional<BigDecimal> amount, String currency,
                           Qualifier qualifier, Optional<BigDecimal> min, Optional<BigDecimal> max)
        implements Mention {

    public MoneyMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    @Override
    public String type() {
        return "money";
    }
}
