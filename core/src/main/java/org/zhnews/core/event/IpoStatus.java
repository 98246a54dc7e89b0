package org.zhnews.core.event;

/** How far a listing has gone. */
public enum IpoStatus {
    /** A prospectus was filed or the application accepted (递表, 获受理). */
    FILED("filed"),
    /** The listing was approved (过会, 注册生效, 通过聆讯). */
    APPROVED("approved"),
    /** Shares were priced or offered (招股, 定价). */
    PRICED("priced"),
    /** Trading began (上市, 挂牌). */
    LISTED("listed");

    private final String jsonName;

    IpoStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name in the JSON contract, written in the event's {@code status} field.
     *
     * @return the constant's name in lower case ({@code filed})
     */
    public String jsonName() {
        return jsonName;
    }
}
