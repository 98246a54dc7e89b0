/**
 * The metric extractor: percentages, counts, parameter counts and multiples in natural units,
 * with what they measure when the text says. Immutable and thread-safe.
 */
package org.zhnews.extract.metric;
