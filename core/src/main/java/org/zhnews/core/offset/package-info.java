/**
 * Offset mapping between a text and the text a normalizer made of it: the immutable,
 * composable {@link org.zhnews.core.offset.OffsetMap} (run-length "keep" and "change" runs),
 * the {@link org.zhnews.core.offset.Rewriter} normalizers build one with, {@link
 * org.zhnews.core.offset.OffsetMapSlicer} to cut the map of a part of a text, and {@link
 * org.zhnews.core.offset.TextRange}. Offsets are UTF-16 code units, ends exclusive.
 */
package org.zhnews.core.offset;
