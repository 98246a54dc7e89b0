package org.zhnews.extract.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.sentence.TableRow;

/**
 * The money units that tables state once for figures written bare in their cells: a declaration
 * above or in the title ({@code （单位：新台币亿元）}, {@code 金额单位：万元}, a title ending in a
 * bracketed unit: {@code 收益表（百万港元）}) for the rows below it,
 * a column label ({@code 营收（亿元）} in a header row) for its column, a row label
 * ({@code 营收（亿元）｜18.6｜14.1}) for its row; the most specific wins. A label naming another
 * unit ({@code (%)}, {@code (EPS)}) or a word of {@code table-units.tsv} that is no amount
 * ({@code 毛利率}, {@code 每股}) keeps every money unit off its row or column. A bare figure is a
 * cell holding a figure and nothing else ({@code 512.3}, {@code 4,826}, {@code -0.42}), or a short
 * Han label and then a figure ({@code 本报告期48,316.27}; a label of {@code table-units.tsv} that is
 * no amount, {@code 同比增长21.35}, keeps the unit off that cell); a row of
 * bare years (2024, 2025) is a header. A declaration holds for the table rows that follow it
 * (blank lines aside) up to the first line that is no row. The unit words themselves
 * ({@code 百万元} in the declaration) are no amounts. Built per document in linear time; immutable.
 */
final class TableUnits {

    private static final Pattern BARE_FIGURE = Pattern.compile("[+＋\\-−－]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** 本报告期48,316.27, 年初至报告期末126,904.58: a short Han label, then a bare figure. */
    private static final Pattern LABELLED = Pattern.compile(
            "(\\p{IsHan}{2,10})([+＋\\-−－]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d|2100");
    private static final TableUnits NONE = new TableUnits(Map.of(), List.of());

    /** A unit found for a bare cell: where the cell ends and the unit. */
    private record Placed(int end, MoneyUnit unit) {
    }

    /** What a label says of its figures: their money unit, or (unit null) that they are no amounts. */
    private record Label(MoneyUnit unit) {
        static final Label NOT_MONEY = new Label(null);

        boolean blocks() {
            return unit == null;
        }
    }

    private final Map<Integer, Placed> cells;
    /** Start/end pairs of the unit words in declarations and labels, in text order. */
    private final List<int[]> unitWords;

    private TableUnits(Map<Integer, Placed> cells, List<int[]> unitWords) {
        this.cells = cells;
        this.unitWords = unitWords;
    }

    /** The table units of {@code text}. */
    static TableUnits of(String text, MoneyUnit.Reader units) {
        Map<Integer, Placed> cells = new HashMap<>();
        List<int[]> unitWords = new ArrayList<>();
        MoneyUnit declared = null;
        Map<Integer, Label> columns = new HashMap<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            TableRow row = TableRow.mayBeRow(text, lineStart, lineEnd) ? TableRow.of(text, lineStart, lineEnd) : null;
            boolean isRow = row != null && row.isRow();
            Optional<MoneyUnit.Declared> d = units.declaredIn(text, lineStart, lineEnd);
            if (d.isEmpty() && !isRow) {
                d = units.titleUnit(text, lineStart, lineEnd);
            }
            if (d.isPresent()) {
                declared = d.get().unit();
                columns.clear();
                unitWords.add(new int[] {d.get().start(), d.get().end()});
            }
            if (isRow) {
                readRow(text, row, units, declared, columns, cells, unitWords);
            } else if (!TableRow.isBlank(text, lineStart, lineEnd) && d.isEmpty()) {
                declared = null; // prose ends the table
                columns.clear();
            }
            lineStart = lineEnd + 1;
        }
        if (cells.isEmpty() && unitWords.isEmpty()) {
            return NONE;
        }
        unitWords.sort(java.util.Comparator.comparingInt(w -> w[0]));
        return new TableUnits(Map.copyOf(cells), List.copyOf(unitWords));
    }

    /** The unit of the bare cell that the figure {@code [start, end)} fills, if a table gives one. */
    Optional<MoneyUnit> unitOf(int start, int end) {
        Placed p = cells.get(start);
        return p != null && p.end() == end ? Optional.of(p.unit()) : Optional.empty();
    }

    /** Whether {@code offset} lies in the unit words of a declaration or label ({@code 百万元}). */
    boolean inUnitWords(int offset) {
        int lo = 0;
        int hi = unitWords.size() - 1;
        while (lo <= hi) { // the last word starting at or before offset
            int mid = (lo + hi) >>> 1;
            if (unitWords.get(mid)[0] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && offset < unitWords.get(hi)[1];
    }

    private static void readRow(String text, TableRow row, MoneyUnit.Reader units, MoneyUnit declared,
                                Map<Integer, Label> columns, Map<Integer, Placed> cells, List<int[]> unitWords) {
        List<TableRow.Cell> all = row.cells();
        List<Integer> bare = new ArrayList<>();
        boolean allYears = true;
        Map<Integer, Integer> figureAt = new HashMap<>();
        Map<Integer, Boolean> cellBlocked = new HashMap<>();
        for (int k = 1; k < all.size(); k++) {
            TableRow.Cell c = all.get(k);
            String s = text.substring(c.start(), c.end());
            java.util.regex.Matcher labelled = LABELLED.matcher(s);
            if (BARE_FIGURE.matcher(s).matches()) {
                bare.add(k);
                figureAt.put(k, c.start());
                allYears &= YEAR.matcher(s).matches();
            } else if (labelled.matches()) { // 本报告期48,316.27: a cell with its own label
                bare.add(k);
                figureAt.put(k, c.start() + labelled.start(2));
                cellBlocked.put(k, units.notMoneyLabel(text, c.start(), c.start() + labelled.end(1)));
                allYears &= YEAR.matcher(labelled.group(2)).matches();
            }
        }
        if (bare.isEmpty()) { // a header row: its labels name the units of their columns
            for (int k = 0; k < all.size(); k++) {
                int column = k;
                label(text, all.get(k), units, unitWords).ifPresent(l -> columns.put(column, l));
            }
            return;
        }
        if (allYears) {
            return;
        }
        Optional<Label> rowLabel = label(text, all.get(0), units, unitWords);
        for (int k : bare) {
            Optional<Label> column = Optional.ofNullable(columns.get(k));
            boolean blocked = rowLabel.filter(Label::blocks).isPresent() || column.filter(Label::blocks).isPresent()
                    || cellBlocked.getOrDefault(k, false);
            Optional<MoneyUnit> unit = blocked ? Optional.empty()
                    : rowLabel.or(() -> column).map(Label::unit).or(() -> Optional.ofNullable(declared));
            if (declared != null && !declared.code().equals(Currencies.LOCAL_YUAN)) {
                // 每股盈利（元/股） under 币种：人民币: the label's bare 元 is the table's currency
                unit = unit.map(u -> u.code().equals(Currencies.LOCAL_YUAN) ? new MoneyUnit(u.scale(), declared.code()) : u);
            }
            TableRow.Cell c = all.get(k);
            int at = figureAt.get(k);
            char sign = text.charAt(at);
            int figureStart = sign == '+' || sign == '＋' ? at + 1 : at; // +0.09: the scanner reads 0.09
            unit.ifPresent(u -> cells.put(figureStart, new Placed(c.end(), u)));
        }
    }

    /**
     * What the label {@code cell} says of the unit of its figures: a money unit in brackets at its
     * end ({@code 营收（亿元）}); {@link Label#NOT_MONEY} for another unit ({@code (%)}, {@code (EPS)})
     * or a word that is no amount ({@code 毛利率}); empty when it says nothing.
     */
    private static Optional<Label> label(String text, TableRow.Cell cell, MoneyUnit.Reader units, List<int[]> unitWords) {
        int end = cell.end();
        char last = text.charAt(end - 1);
        if (last == '）' || last == ')') {
            int open = end - 2;
            while (open >= cell.start() && text.charAt(open) != '（' && text.charAt(open) != '(') {
                open--;
            }
            if (open > cell.start()) {
                Optional<MoneyUnit> unit = units.parse(text, open + 1, end - 1);
                if (unit.isPresent()) {
                    unitWords.add(new int[] {open + 1, end - 1});
                    return Optional.of(new Label(unit.get()));
                }
                if (isOtherUnit(text, open + 1, end - 1)) {
                    return Optional.of(Label.NOT_MONEY);
                }
            }
        }
        return units.notMoneyLabel(text, cell.start(), end) ? Optional.of(Label.NOT_MONEY) : Optional.empty();
    }

    /** {@code %}, {@code EPS}, {@code 万台}: a short bracket without digits or colon names another unit. */
    private static boolean isOtherUnit(String text, int start, int end) {
        if (end - start < 1 || end - start > 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (CharClass.isArabicDigit(c) || c == '：' || c == ':') {
                return false;
            }
        }
        return true;
    }
}
