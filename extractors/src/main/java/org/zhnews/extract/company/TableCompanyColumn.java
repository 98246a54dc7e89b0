package org.zhnews.extract.company;

import java.util.List;
import java.util.Set;
import org.zhnews.text.sentence.TableRow;

/**
 * Companies in a table's company column: a header row whose first cell says the column holds
 * companies ({@code 公司}, {@code 公司名称}, {@code 证券简称}), then rows of the same width holding
 * figures, whose first cells are names ({@code 某某科技｜52.8｜+34.6%}). Rows are cut as
 * {@link TableRow} cuts them; the table ends at the first line that is no such row. A first
 * cell that does not look like a name ({@link NameShape#nameLike}) or that totals the table
 * ({@code 合计}, {@code 平均}) is skipped. Stateless; linear in the text.
 */
final class TableCompanyColumn {

    /** First cells of a header naming a column of companies. */
    private static final Set<String> COLUMN_WORDS = Set.of("公司", "公司名称", "公司简称", "企业", "企业名称", "名称",
            "股票名称", "股票简称", "证券简称", "简称", "个股", "股票", "厂商", "company", "Company");
    private static final Set<String> NOT_NAMES = Set.of("合计", "总计", "小计", "平均", "均值", "其他", "其它", "行业平均");

    private TableCompanyColumn() {
    }

    /** Adds the names of the company columns of {@code text} to {@code out}. */
    static void find(String text, NameShape shape, List<CompanyCandidate> out) {
        int lineStart = 0;
        int width = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            TableRow row = TableRow.mayBeRow(text, lineStart, lineEnd) ? TableRow.of(text, lineStart, lineEnd) : null;
            if (row == null || !row.isRow()) {
                width = 0;
            } else if (width > 0 && row.cells().size() == width && holdsFigures(text, row)) {
                TableRow.Cell first = row.cells().get(0);
                String name = text.substring(first.start(), first.end());
                if (!NOT_NAMES.contains(name) && shape.nameLike(text, first.start(), first.end(), NameShape.MAX_CORE)) {
                    out.add(new CompanyCandidate(first.start(), first.end(), name, "table:company-column"));
                }
            } else {
                TableRow.Cell first = row.cells().get(0);
                width = COLUMN_WORDS.contains(text.substring(first.start(), first.end())) ? row.cells().size() : 0;
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Whether every cell after the first holds a digit. */
    private static boolean holdsFigures(String text, TableRow row) {
        for (int k = 1; k < row.cells().size(); k++) {
            TableRow.Cell c = row.cells().get(k);
            if (text.substring(c.start(), c.end()).chars().noneMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
