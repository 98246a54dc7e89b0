package org.zhnews.core;

/**
 * Thrown by {@link Pipeline} when an input is larger than the pipeline's configured limit
 * ({@link Pipeline.Builder#maxChars(int)}).
 */
public final class InputTooLargeException extends IllegalArgumentException {

    /** The input's size, in {@link #unit}. */
    private final long size;
    /** The limit exceeded, in {@link #unit}. */
    private final long limit;
    /** {@code chars} or {@code bytes}. */
    private final String unit;

    /**
     * @param size  the input's size
     * @param limit the limit it exceeds
     * @param unit  {@code chars} or {@code bytes}
     */
    public InputTooLargeException(long size, long limit, String unit) {
        super("input of " + size + " " + unit + " exceeds the limit of " + limit + " " + unit
                + " (see Pipeline.Builder.maxChars)");
        this.size = size;
        this.limit = limit;
        this.unit = unit;
    }

    /**
     * @throws InputTooLargeException if {@code size > limit}
     */
    static void check(long size, long limit, String unit) {
        if (size > limit) {
            throw new InputTooLargeException(size, limit, unit);
        }
    }

    /**
     * The input's size, in {@link #unit()}.
     *
     * @return the size, at least one more than {@link #limit()}
     */
    public long size() {
        return size;
    }

    /**
     * The limit exceeded, in {@link #unit()}.
     *
     * @return the limit, in {@link #unit()}
     */
    public long limit() {
        return limit;
    }

    /**
     * {@code chars} or {@code bytes}.
     *
     * @return the unit of {@link #size()} and {@link #limit()}
     */
    public String unit() {
        return unit;
    }
}
