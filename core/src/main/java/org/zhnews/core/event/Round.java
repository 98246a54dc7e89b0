package org.zhnews.core.event;

import java.util.Locale;
import java.util.Optional;

/** A funding round, normalised ({@code Pre-A轮} -> {@link #PRE_A}). */
public enum Round {
    SEED("seed"), ANGEL("angel"), PRE_A("pre-a"), A("a"), A_PLUS("a+"), PRE_B("pre-b"), B("b"),
    B_PLUS("b+"), C("c"), C_PLUS("c+"), D("d"), E("e"), F("f"), PRE_IPO("pre-ipo"),
    STRATEGIC("strategic"),
    /** A round is named but not its letter ({@code 新一轮融资}). */
    UNKNOWN("unknown");

    private final String jsonName;

    Round(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in the JSON contract ({@code pre-a}, {@code b+}). */
    public String jsonName() {
        return jsonName;
    }

    /** The round whose JSON name is {@code name}, ignoring case; empty for any other string. */
    public static Optional<Round> ofJsonName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Round r : values()) {
            if (r.jsonName.equals(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
