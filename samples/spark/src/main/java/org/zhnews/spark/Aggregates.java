package org.zhnews.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * The aggregate tables computed from the mentions table. Both leave out mentions in boilerplate
 * zones (site navigation, ads, related links).
 *
 * <ul>
 *   <li>{@link #companyMentions}: one row per linked company id: {@code id, name, nameEn,
 *       mentions, documents}, most mentioned first.</li>
 *   <li>{@link #companyMoney}: one row per company id and currency: {@code company, currency,
 *       mentions, amounts, total}. The money of a company is the money mentions attributed to it
 *       by {@link MoneyAttribution} (in a document with funding events, the amounts raised by
 *       their companies; elsewhere the nearest company before the amount in its sentence, else
 *       the first after it), leaving out amounts that restate another one in a second currency
 *       ({@code equivalentOf} set), so nothing is counted twice. {@code mentions} counts them,
 *       {@code amounts} counts those with an amount (explicit ranges and vague amounts have
 *       none), {@code total} sums the amounts as {@code decimal(38, 10)}, exact for amounts
 *       with at most ten decimals and totals below 10^28.</li>
 * </ul>
 */
public final class Aggregates {

    /** The type the amount strings are summed in. */
    public static final DecimalType TOTAL_TYPE = DataTypes.createDecimalType(38, 10);

    private Aggregates() {
    }

    /** Mentions per company id. */
    public static Dataset<Row> companyMentions(Dataset<Row> mentions) {
        return mentions
                .where(col("type").equalTo("company").and(col("id").isNotNull()).and(notBoilerplate()))
                .groupBy(col("id"))
                .agg(first(col("name")).as("name"), first(col("nameEn"), true).as("nameEn"),
                        count(lit(1)).as("mentions"), countDistinct(col("source")).as("documents"))
                .orderBy(col("mentions").desc(), col("id"));
    }

    /** Money per company per currency. */
    public static Dataset<Row> companyMoney(Dataset<Row> mentions) {
        return mentions
                .where(col("type").equalTo("money").and(col("company").isNotNull())
                        .and(col("equivalentOf").isNull()).and(notBoilerplate()))
                .groupBy(col("company"), col("currency"))
                .agg(count(lit(1)).as("mentions"), count(col("amount")).as("amounts"),
                        sum(col("amount").cast(TOTAL_TYPE)).cast(TOTAL_TYPE).as("total"))
                .orderBy(col("company"), col("currency"));
    }

    private static Column notBoilerplate() {
        return col("boilerplate").equalTo(false);
    }
}
