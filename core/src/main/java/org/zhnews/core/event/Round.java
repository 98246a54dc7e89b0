package org.zhnews.core.event;

import java.util.Locale;
import java.util.Optional;

/** A funding round, normalised ({@code Pre-A轮} -> {@link #PRE_A}). */
public enum Round {
    /** 种子轮. */
    SEED("seed"),
    /** 天使轮, 天使+轮. */
    ANGEL("angel"),
    /** Pre-A轮. */
    PRE_A("pre-a"),
    /** A轮 ({@code Series A}) and its numbered parts (A1轮, A2轮). */
    A("a"),
    /** A+轮. */
    A_PLUS("a+"),
    /** Pre-B轮. */
    PRE_B("pre-b"),
    /** B轮 and its numbered parts. */
    B("b"),
    /** B+轮. */
    B_PLUS("b+"),
    /** C轮 and its numbered parts. */
    C("c"),
    /** C+轮. */
    C_PLUS("c+"),
    /** D轮 and its numbered parts. */
    D("d"),
    /** E轮 and its numbered parts. */
    E("e"),
    /** F轮 and its numbered parts. */
    F("f"),
    /** A round shortly before a planned listing (Pre-IPO轮). */
    PRE_IPO("pre-ipo"),
    /** A strategic round (战略轮, 战略投资, 战略融资). */
    STRATEGIC("strategic"),
    /** A round is named but not its letter ({@code 新一轮融资}). */
    UNKNOWN("unknown");

    private final String jsonName;

    Round(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON contract, written in a funding event's {@code round} field.
     *
     * @return {@code pre-a}, {@code b+}, ...
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The round with a given JSON name.
     *
     * @param name a JSON name in any case ({@code Pre-A})
     * @return the round, or empty for a string that is no round's JSON name
     * @throws NullPointerException if {@code name} is null
     */
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
