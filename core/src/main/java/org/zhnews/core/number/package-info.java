/**
 * Chinese and Arabic number expressions read into exact values ({@code 二十五万}, {@code
 * 7912.8万}, {@code 100多亿}, {@code 3至5亿}) for the extractors. Internal: public because the
 * extractors module reads numbers with it; not part of the API users build on. Stateless and
 * thread-safe.
 */
package org.zhnews.core.number;
