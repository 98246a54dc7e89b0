package org.zhnews.core.event;

/** How the text asserts an event. */
public enum Modality {
    /** Told as fact (宣布, 完成, 发布). */
    STATED("stated"),
    /** Told on someone's word (据悉, 知情人士, 据报道). */
    REPORTED("reported"),
    /** Intended, not yet done (拟, 计划, 将于). */
    PLANNED("planned"),
    /** Rumoured (传闻, 传出, 市场传言). */
    RUMOURED("rumoured");

    private final String jsonName;

    Modality(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON contract, written in the event's {@code modality} field.
     *
     * @return the constant's name in lower case ({@code rumoured})
     */
    public String jsonName() {
        return jsonName;
    }
}
