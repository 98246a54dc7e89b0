/**
 * The API of zhnews: a {@link org.zhnews.core.Pipeline} (normalizers, an optional structure
 * step, extractors) turns text or bytes into an immutable {@link org.zhnews.core.Document}
 * holding the original input, the normalized text, the offset map between them, the mentions
 * found and the {@link org.zhnews.core.Warning}s raised.
 *
 * <p>Offsets are UTF-16 code units, ends exclusive; every mention carries its range in both
 * texts. Pipelines are immutable and thread-safe; so are documents. This module depends on no
 * NLP library: the normalizers and extractors zhnews ships live in other modules.
 */
package org.zhnews.core;
