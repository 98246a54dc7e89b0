package org.zhnews.core.mention;

import java.util.Locale;

/**
 * Where the currency of an amount written without one came from: a bare {@code 元} (or
 * {@code 块钱}, {@code 仙}) names no country, so its currency is read from the article around it.
 * An amount whose currency is written ({@code 美元}, {@code NT$}, {@code 人民币…元}) has none.
 */
public enum CurrencySource {
    /** A declaration earlier in the article ({@code （人民幣，下同）}, {@code 新台幣，下同}). */
    DECLARATION,
    /** The article's region ({@code 元} in a Taiwan report is TWD). */
    REGION,
    /** Neither: the default, CNY. */
    DEFAULT;

    /**
     * The name used in the JSON contract: {@code declaration}, {@code region}, {@code default}.
     *
     * @return the constant's name in lower case
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
