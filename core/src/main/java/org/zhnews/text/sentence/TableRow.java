package org.zhnews.text.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text read as a table row: its cells, cut at tabs, bars ({@code |}, {@code ｜}),
 * ideographic spaces, runs of two or more spaces, and at a colon right after a closing bracket
 * ({@code 营收（亿元）：18.6}). Cells are trimmed; empty ones are left out. A line is a row when it
 * has at least two cells. The one reading of table rows for every reader of tables (units in a
 * table's header, results tables, a table's company column). Immutable and thread-safe.
 *
 * @param cells the cells, in order, as [start, end) offsets into the text
 */
public record TableRow(List<Cell> cells) {

    /**
     * One cell: {@code [start, end)} of the text, trimmed.
     *
     * @param start the offset of its first character
     * @param end   one past its last character
     */
    public record Cell(int start, int end) {
    }

    /**
     * A row of the given cells.
     *
     * @param cells the cells in order; copied
     * @throws NullPointerException if {@code cells} or a cell is null
     */
    public TableRow {
        cells = List.copyOf(cells);
    }

    /**
     * The cells of the line {@code text[start, end)}.
     *
     * @param text  the text holding the line
     * @param start the line's first offset
     * @param end   one past its last offset, without the line break
     * @return the line's cells (a row when it has two or more)
     * @throws IndexOutOfBoundsException if the range lies outside the text
     */
    public static TableRow of(String text, int start, int end) {
        List<Cell> out = new ArrayList<>();
        int cellStart = start;
        int i = start;
        while (i < end) {
            int sep = separatorLength(text, i, end);
            if (sep == 0) {
                i++;
                continue;
            }
            add(text, cellStart, i, out);
            i += sep;
            cellStart = i;
        }
        add(text, cellStart, end, out);
        return new TableRow(out);
    }

    /**
     * Whether the line {@code text[start, end)} has a cell separator at all (a cheap test before
     * {@link #of}).
     *
     * @param text  the text holding the line
     * @param start the line's first offset
     * @param end   one past its last offset
     * @return false when the line cannot be a row
     */
    public static boolean mayBeRow(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (separatorLength(text, i, end) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line {@code text[start, end)} holds only spaces (ASCII, no-break, ideographic),
     * tabs and carriage returns.
     *
     * @param text  the text holding the line
     * @param start the line's first offset
     * @param end   one past its last offset
     * @return true for an empty or blank line
     */
    public static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line is a row of a table.
     *
     * @return true with two cells or more
     */
    public boolean isRow() {
        return cells.size() >= 2;
    }

    private static int separatorLength(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '\t' || c == '|' || c == '｜' || c == '\u3000') {
            return 1;
        }
        if ((c == ' ' || c == '\u00A0') && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\u00A0')) {
            return 2;
        }
        if ((c == '：' || c == ':') && i > 0 && (text.charAt(i - 1) == '）' || text.charAt(i - 1) == ')')) {
            return 1;
        }
        return 0;
    }

    private static void add(String text, int from, int to, List<Cell> out) {
        int s = from;
        int e = to;
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Cell(s, e));
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r';
    }
}
