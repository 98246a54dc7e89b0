package org.zhnews.core;

/**
 * Turns the bytes of a document into text. Implementations decide the charset, exclude a
 * leading byte-order mark from the text, and report undecodable bytes as warnings instead of
 * throwing. They must be immutable and safe to call from many threads at once.
 */
public interface ByteDecoder {

    /**
     * Decodes {@code bytes}; never throws for any content.
     *
     * @param bytes the document's bytes, not changed
     * @return the text, the charset chosen and a warning for each undecodable run
     */
    DecodedText decode(byte[] bytes);
}
