package org.zhnews.text.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One data row of a lexicon file, with where it came from for error messages. Immutable.
 */
public final class LexiconRow {

    private final String source;
    private final int line;
    private final String[] fields;

    LexiconRow(String source, int line, String[] fields) {
        this.source = source;
        this.line = line;
        this.fields = fields;
    }

    /**
     * The resource or file name the row was read from.
     *
     * @return the source name, as in messages
     */
    public String source() {
        return source;
    }

    /**
     * The row's line number in its file, from 1.
     *
     * @return the line number, from 1
     */
    public int line() {
        return line;
    }

    /**
     * The number of fields the row has (optional trailing columns may be missing).
     *
     * @return the number of fields, at least the required columns
     */
    public int size() {
        return fields.length;
    }

    /**
     * Field {@code column} without surrounding white space; empty when the row does not have it.
     *
     * @param column a column index, from 0
     * @return the stripped field, or {@code ""}
     */
    public String get(int column) {
        return column < fields.length ? fields[column].strip() : "";
    }

    /**
     * Field {@code column} read as a list: split at {@code |}, each part stripped, empty parts
     * left out (the shape of the word, alias and ticker cells of every resource).
     *
     * @param column a column index, from 0
     * @return the parts in order, unmodifiable; empty when the row does not have the field
     */
    public List<String> list(int column) {
        List<String> out = new ArrayList<>();
        for (String part : get(column).split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return List.copyOf(out);
    }

    /**
     * An error about this row: {@code source:line: message}.
     *
     * @param message what is wrong
     * @return an exception to throw, not thrown here
     */
    public LexiconException error(String message) {
        return new LexiconException(source + ":" + line + ": " + message);
    }

    @Override
    public String toString() {
        return source + ":" + line + " " + Arrays.toString(fields);
    }
}
