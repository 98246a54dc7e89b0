package org.zhnews.core.structure;

/**
 * The region whose news an article is: it decides what a bare {@code 元} means (CNY on the
 * mainland, TWD in Taiwan, HKD in Hong Kong, SGD in Singapore, MYR in Malaysia). The JSON
 * contract writes the constant's name ({@code "TW"}), an ISO 3166-1 alpha-2 code.
 */
public enum Region {
    /** Mainland China. */
    CN,
    /** Taiwan. */
    TW,
    /** Hong Kong. */
    HK,
    /** Singapore. */
    SG,
    /** Malaysia. */
    MY
}
