package org.zhnews.core.event;

/** The six kinds of event, each with its name in the JSON contract. */
public enum EventKind {
    /** A company raised money: {@link Funding}. */
    FUNDING("funding"),
    /** A company or business was bought: {@link Acquisition}. */
    ACQUISITION("acquisition"),
    /** A company filed for, was approved for, priced or completed a listing: {@link Ipo}. */
    IPO("ipo"),
    /** A model was released: {@link ModelRelease}. */
    MODEL_RELEASE("model_release"),
    /** A company reported results for a period: {@link Earnings}. */
    EARNINGS("earnings"),
    /** A person joined, left or was appointed: {@link Personnel}. */
    PERSONNEL("personnel");

    private final String jsonName;

    EventKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON contract, written in the event's {@code kind} field.
     *
     * @return the constant's name in lower case ({@code model_release})
     */
    public String jsonName() {
        return jsonName;
    }
}
