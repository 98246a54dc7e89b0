/**
 * Byte decoding whose replacement of malformed input any language reproduces: UTF-8 with one
 * U+FFFD per maximal subpart (the Unicode Standard's recommended practice, chapter 3, and the
 * WHATWG Encoding Standard's UTF-8 decoder), UTF-16, GB18030 and Big5 with the WHATWG decoders'
 * error handling. {@link org.zhnews.text.decode.ConformingDecoder} wraps the JDK's decoder, which still
 * decodes every valid sequence.
 *
 * <p>JDK only; never imports the {@code org.zhnews.core} API packages.
 */
package org.zhnews.text.decode;
