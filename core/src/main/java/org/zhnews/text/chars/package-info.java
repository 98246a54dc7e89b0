/**
 * One classification of code points for Chinese text: Han (ideographs of every extension and
 * the compatibility blocks, with the Han-script marks and radicals), CJK letters, Chinese and
 * full-width punctuation, Chinese numerals (plain, financial, units), Latin word characters
 * and ASCII/full-width digits. {@link org.zhnews.text.chars.CharClass} holds the classes,
 * {@link org.zhnews.text.chars.NumeralChars} the numerals and their values.
 *
 * <p>Every predicate is a pure function of its argument: stateless, thread-safe, and independent
 * of the JDK's Unicode version (ranges are written out). JDK only; never imports the
 * {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.chars;
