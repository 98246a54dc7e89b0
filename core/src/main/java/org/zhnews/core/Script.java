package org.zhnews.core;

import java.util.Locale;

/** The Chinese script a document is written in. */
public enum Script {
    /** Simplified characters. */
    SIMPLIFIED,
    /** Traditional characters. */
    TRADITIONAL,
    /** Both, in significant amounts. */
    MIXED,
    /** Not detected: no script normalizer ran, or the text has too few Han characters. */
    UNKNOWN;

    /**
     * The name used in the JSON contract.
     *
     * @return the constant's name in lower case ({@code simplified})
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
