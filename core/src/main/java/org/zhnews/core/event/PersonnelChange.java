package org.zhnews.core.event;

/** What happened to a person. */
public enum PersonnelChange {
    /** Joined a company from outside (加入, 加盟). */
    JOIN("join"),
    /** Left a company or a post (离职, 卸任). */
    LEAVE("leave"),
    /** Was given a post (出任, 任命, 升任, 转岗). */
    APPOINT("appoint");

    private final String jsonName;

    PersonnelChange(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON contract, written in the event's {@code change} field.
     *
     * @return the constant's name in lower case ({@code appoint})
     */
    public String jsonName() {
        return jsonName;
    }
}
