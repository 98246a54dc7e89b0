/**
 * Sentence and clause segmentation of Chinese (and mixed Latin) news text:
 * {@link org.zhnews.text.sentence.SentenceSegmenter} splits a text into
 * {@link org.zhnews.text.sentence.SentenceSegment}s that cover it in order, each with its
 * {@link org.zhnews.text.sentence.ClauseSegment}s. JDK-only; it knows nothing of documents or
 * offset maps (the API package {@code org.zhnews.core} builds its sentences on it).
 */
package org.zhnews.text.sentence;
