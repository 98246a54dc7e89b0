package org.zhnews.normalize.punctuation;

/** The quotation marks a {@link PunctuationNormalizer} unifies Chinese quotations to. */
public enum QuoteStyle {
    /** “…” outside, ‘…’ inside: mainland usage (GB/T 15834). */
    CURLY("“", "”", "‘", "’"),
    /** 「…」 outside, 『…』 inside: Taiwan and Hong Kong usage. */
    CORNER("「", "」", "『", "』"),
    /** Quotation marks are left as they are. */
    KEEP("", "", "", "");

    private final String open;
    private final String close;
    private final String innerOpen;
    private final String innerClose;

    QuoteStyle(String open, String close, String innerOpen, String innerClose) {
        this.open = open;
        this.close = close;
        this.innerOpen = innerOpen;
        this.innerClose = innerClose;
    }

    String open() {
        return open;
    }

    String close() {
        return close;
    }

    String innerOpen() {
        return innerOpen;
    }

    String innerClose() {
        return innerClose;
    }
}
