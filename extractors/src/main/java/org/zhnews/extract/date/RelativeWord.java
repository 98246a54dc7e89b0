package org.zhnews.extract.date;

import org.zhnews.core.mention.DateGranularity;

/**
 * One row of {@code relative-words.tsv}: a word naming a period relative to the publication
 * date ({@code 去年}, {@code 上周}, {@code 月底}).
 *
 * @param word      the simplified word
 * @param unit      YEAR, HALF_YEAR, MONTH, WEEK or DAY
 * @param amount    the shift in units, or the half (1, 2) for HALF_YEAR
 * @param modifier  early, mid, late, approximate, or null
 * @param notAfter  characters that may not stand just before the word
 * @param notBefore characters that may not stand just after it
 */
record RelativeWord(String word, DateGranularity unit, int amount, String modifier,
                    String notAfter, String notBefore) {
}
