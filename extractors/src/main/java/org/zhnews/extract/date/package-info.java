/**
 * The date extractor: absolute dates and periods and dates relative to the publication date
 * ({@code 今年5月}, {@code 上周三}), resolved per article. The grammar is described in
 * {@code extractors/DATES.md}. Immutable and thread-safe.
 */
package org.zhnews.extract.date;
