/**
 * Encoding: a byte decoder that detects the charset of Chinese text ({@link
 * org.zhnews.normalize.encoding.ChineseCharsetDetector}) and a normalizer that repairs mojibake
 * and removes invisible and control characters ({@link
 * org.zhnews.normalize.encoding.EncodingNormalizer}). Immutable and thread-safe.
 */
package org.zhnews.normalize.encoding;
