package org.zhnews.spark;

import java.io.Serializable;

/**
 * One row of the mentions table: one mention of one document, with the fields of the analysis
 * JSON contract flattened into nullable columns (a field a mention type does not have is
 * {@code null}). Numbers that can be fractional or huge ({@code amount}, {@code min},
 * {@code max}, {@code value}, {@code parameters}) are exact plain decimal strings, as written in
 * the JSON ({@code "54000000000"}, never {@code 5.4E+10}), so no precision is lost; cast them to
 * {@code decimal(38, 10)} to compute with them.
 *
 * @param source        where the document came from (the file path as Spark names it)
 * @param charset       the charset the bytes were decoded with
 * @param type          {@code company}, {@code model}, {@code money}, {@code metric}, {@code date}
 * @param text          the surface in the original input
 * @param start         start in the normalized text (UTF-16 code units)
 * @param end           exclusive end in the normalized text
 * @param originalStart start in the original input
 * @param originalEnd   exclusive end in the original input
 * @param article       index of the article the mention stands in
 * @param boilerplate   whether it starts in a boilerplate zone
 * @param id            company: the entity id, when linked
 * @param name          company: the canonical simplified name (else the normalized surface)
 * @param nameEn        company: the English name, when known
 * @param family        model: the family
 * @param version       model: the version, when named
 * @param variant       model: the variant, when named
 * @param vendor        model: the vendor's company id, when known
 * @param parameters    model: the parameter count of the sentence, when stated
 * @param amount        money: the amount as written, fully expanded
 * @param currency      money: ISO 4217 code
 * @param qualifier     money and metric: {@code exact}, {@code approximate}, ...
 * @param min           money and metric: lower bound of a range
 * @param max           money and metric: upper bound of a range
 * @param equivalentOf  money: {@code start} of the money mention this one restates
 * @param currencySource money: where an unwritten currency came from ({@code declaration},
 *                      {@code region}, {@code default}), when the text writes none
 * @param company       money: id of the company the amount is attributed to (see
 *                      {@link MoneyAttribution}), when any
 * @param value         metric: the value in natural units of {@code unit}
 * @param unit          metric: {@code percent}, {@code count}, ...
 * @param kind          metric: what it measures, when the text says
 * @param dateValue     date: the ISO period ({@code 2024-05}, {@code 2024-Q2}), when known
 * @param granularity   date: {@code day}, {@code month}, ...
 * @param relative      date: whether it depends on when it was written
 * @param modifier      date: {@code early}, {@code mid}, {@code late}, {@code approximate}
 */
public record MentionRow(String source, String charset, String type, String text, int start, int end,
                         int originalStart, int originalEnd, int article, boolean boilerplate,
                         String id, String name, String nameEn,
                         String family, String version, String variant, String vendor, String parameters,
                         String amount, String currency, String qualifier, String min, String max,
                         Integer equivalentOf, String currencySource, String company,
                         String value, String unit, String kind,
                         String dateValue, String granularity, Boolean relative, String modifier)
        implements Serializable {
}
