package org.zhnews.spark;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of the {@code events} table: one event of a document with its roles flattened into
 * columns ({@link SparkTables#EVENTS}). Companies are their names as the document normalizes
 * them, with {@code company_id} the linked (or open-world) id; money is an exact decimal with its
 * currency; fractions (stake, growth) are exact decimals; {@code investors} joins the investors'
 * names with commas. Columns a kind lacks, and roles the text does not fill, are null.
 */
public record EventRow(String source, int article, int sentence, String kind, String modality, String text,
                       int start, int end, int originalStart, int originalEnd,
                       String company, String companyId, String round, BigDecimal amount, String currency,
                       BigDecimal valuation, String valuationCurrency, String investors, String lead,
                       String acquirer, String target, BigDecimal stake, String exchange, String status,
                       String modelFamily, String modelVersion, String vendor, Boolean openSource,
                       String period, BigDecimal revenue, String revenueCurrency, BigDecimal netIncome,
                       BigDecimal revenueGrowth, BigDecimal netIncomeGrowth,
                       String person, String role, String change) implements Serializable {
}
