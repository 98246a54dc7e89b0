/**
 * The number grammar of Chinese news text: {@link org.zhnews.text.number.ChineseNumber} reads one
 * number in any script ({@code 7912.8万}, {@code 二十五万}, {@code 壹佰}, {@code 二〇二五});
 * {@link org.zhnews.text.number.NumberScanner} finds number expressions in running text
 * (figures, ranges, vague counts, figures with more, fraction prefixes), skipping numbers glued
 * to Latin names ({@code Qwen2.5}). What a number counts is for the extractors to decide.
 *
 * <p>Offsets are UTF-16 indexes into the text scanned. Stateless and thread-safe. JDK only;
 * never imports the {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.number;
