/**
 * A normalizer that removes pinyin annotations injected after Han characters ({@code
 * 創(chuàng)造} -> {@code 創造}), every removal a deletion in the offset map. Immutable and
 * thread-safe.
 */
package org.zhnews.normalize.pinyin;
