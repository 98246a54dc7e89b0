/**
 * A normalizer that repairs the punctuation of Chinese text (full-width marks folded to ASCII
 * upstream, quotation marks, ellipses and dashes), precision first. Immutable and
 * thread-safe.
 */
package org.zhnews.normalize.punctuation;
