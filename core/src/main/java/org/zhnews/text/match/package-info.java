/**
 * One family of matchers over char keys, on primitive arrays: {@link
 * org.zhnews.text.match.DictionaryMatcher} finds every occurrence of a set of surfaces in one
 * Aho-Corasick pass (all matches, or the longest leftmost ones), with Latin word boundaries and
 * {@linkplain org.zhnews.text.fold.CharFold folded} case, width and script; {@link
 * org.zhnews.text.match.PrefixTrie} finds the longest (or every) key starting at a position
 * (forward) or ending at one (backward), for conversion tables and word lists read around a
 * figure. Both share one open-addressing table of (state, char) edges.
 *
 * <p>Offsets are UTF-16 indexes into the text passed in; folding never changes them. Matchers
 * are immutable and thread-safe once built; builders are not. JDK only; never imports the
 * {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.match;
