package org.zhnews.text.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * The columns a lexicon file declares in its header line, in order, and how many of them every
 * row must have (the others may be left off at the end of a row and read as empty).
 *
 * @param names    the header's column names, at least one
 * @param required how many leading columns a row must have, 1 to {@code names.size()}
 */
public record Columns(List<String> names, int required) {

    /**
     * Copies the names and checks them against {@code required}; throws {@link
     * IllegalArgumentException} when they do not fit.
     *
     * @param names    the header's column names, at least one; copied
     * @param required how many leading columns a row must have
     * @throws NullPointerException if {@code names} or a name is null
     */
    public Columns {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no columns");
        }
        if (required < 1 || required > names.size()) {
            throw new IllegalArgumentException("required must be 1.." + names.size() + ", is " + required);
        }
    }

    /**
     * Columns named {@code names}, all required.
     *
     * @param names the column names, at least one
     * @return columns that every row must have
     * @throws IllegalArgumentException if {@code names} is empty
     */
    public static Columns of(String... names) {
        return new Columns(List.of(names), names.length);
    }

    /**
     * These columns with only the first {@code count} required in every row.
     *
     * @param count how many leading columns a row must have, 1 to {@link #size()}
     * @return new columns; these are unchanged
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    public Columns requiring(int count) {
        return new Columns(names, count);
    }

    /**
     * The number of columns.
     *
     * @return the number of names, at least 1
     */
    public int size() {
        return names.size();
    }

    /** The header as written in a file, for messages: {@code a <tab> b <tab> c}. */
    String describe() {
        return String.join(" <tab> ", names);
    }
}
