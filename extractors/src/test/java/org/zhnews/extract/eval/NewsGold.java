package org.zhnews.extract.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/**
 * The gold of one news passage in the format of {@code ../shared/corpus/gold} (see its README):
 * companies and models as in {@link GoldPassage}, money and metrics in text order, and for the
 * news passages a region and a style. Immutable.
 *
 * @param id        the file stem ({@code 101}), which names the text {@code 101_*.txt}
 * @param region    {@code CN}, {@code HK}, {@code TW}, {@code SG}, {@code MY}; {@code ?} when absent
 * @param style     funding, prospectus, earnings, model_release, people, trap, general; {@code ?}
 * @param companies gold companies
 * @param models    gold models
 * @param money     gold amounts
 * @param metrics   gold metrics
 */
public record NewsGold(String id, String region, String style, List<GoldCompany> companies,
                       List<GoldModel> models, List<GoldMoney> money, List<GoldMetric> metrics) {

    public NewsGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(style, "style");
        companies = List.copyOf(companies);
        models = List.copyOf(models);
        money = List.copyOf(money);
        metrics = List.copyOf(metrics);
    }

    /**
     * A gold amount of money.
     *
     * @param surface  the amount as written
     * @param amount   the written figure; empty for a range or a vague amount
     * @param min      lower bound of an explicit range ({@code amount: {min, max}})
     * @param max      upper bound of an explicit range
     * @param range    whether the gold gives a range instead of an amount
     * @param valueless whether the JSON amount is null or absent (a vague amount, or a range
     *                 given by top-level min/max)
     * @param currency ISO 4217 code, upper case
     * @param optional borderline: neither counts for nor against
     */
    public record GoldMoney(String surface, Optional<BigDecimal> amount, Optional<BigDecimal> min,
                            Optional<BigDecimal> max, boolean range, boolean valueless, String currency,
                            boolean optional) {
        public GoldMoney {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * A gold metric.
     *
     * @param surface  the metric as written
     * @param value    the value (for a range its lower bound); percent values are fractions
     * @param percent  whether the unit is percent (value 0.17 for 17 %)
     * @param unit     the gold unit as written (percent, count, parameters, multiple)
     * @param optional borderline: neither counts for nor against
     */
    public record GoldMetric(String surface, Optional<BigDecimal> value, boolean percent, String unit,
                             boolean optional) {
        public GoldMetric {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
