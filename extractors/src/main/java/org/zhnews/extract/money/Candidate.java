package org.zhnews.extract.money;

import org.zhnews.text.number.NumberMatch;

/**
 * A figure with its currency, before qualifiers are read.
 *
 * @param figure        the figure, its value already in whole units of the currency
 *                      ({@code 50仙} holds 0.50, a table cell under 亿元 its value times 1e8)
 * @param start         where the amount starts (its currency word before the figure, if any)
 * @param end           where it ends (its currency word or sub-unit after the figure, if any)
 * @param code          an ISO 4217 code, {@link Currencies#LOCAL_YUAN} or {@link SubUnits#LOCAL_CENT}
 * @param currencyAfter whether a currency word stands after the figure (it may then lend its
 *                      currency to a bare figure before it: 316亿和211亿美元)
 */
record Candidate(NumberMatch figure, int start, int end, String code, boolean currencyAfter) {
}
