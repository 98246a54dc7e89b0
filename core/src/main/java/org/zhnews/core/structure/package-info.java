/**
 * Document layout: the articles of a document (contiguous, covering its text) and its
 * boilerplate zones, found by a {@link org.zhnews.core.structure.StructureAnalyzer} after
 * normalization. Immutable values; ranges in both the normalized text and the original.
 */
package org.zhnews.core.structure;
