package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Earnings;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.structure.Sentence;
import org.zhnews.text.sentence.TableRow;

/**
 * Results tables: a header row whose cells name figures ({@code 营收（亿元）}, {@code 净利润},
 * {@code 同比}), then one row per company (cells cut as {@link TableRow} cuts them: tabs, bars,
 * ideographic spaces, runs of spaces). Each row is one report: its first cell the company (the
 * company mention in it), the money in a revenue or
 * income column its figures, the percentage in a growth column the growth of the figure column
 * before it. The period is the one the header names ({@code 第3季营收}), else the line above it.
 * Stateless; one pass over the lines of a document.
 */
final class EarningsTables {

    private EarningsTables() {
    }

    /** The reports of the document's results tables, in text order. */
    static List<Event> read(EventDocument doc) {
        List<Event> out = new ArrayList<>();
        String text = doc.text;
        int lineStart = 0;
        Header header = null;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            TableRow row = TableRow.mayBeRow(text, lineStart, lineEnd) ? TableRow.of(text, lineStart, lineEnd) : null;
            if (row == null || !row.isRow() || doc.ctx.structure().zoneAt(lineStart).isPresent()) {
                header = null;
            } else if (header != null && !doc.within(doc.money, lineStart, lineEnd).isEmpty()) {
                row(doc, header, row).ifPresent(out::add);
            } else {
                header = header(doc, row, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** What each column of a header holds: 0 nothing, 1 revenue, 2 income, 3 loss, 4 growth. */
    private record Header(int[] columns, TextRole period) {
    }

    private static Header header(EventDocument doc, TableRow row, int lineStart, int lineEnd) {
        if (!doc.within(doc.money, lineStart, lineEnd).isEmpty()) {
            return null;
        }
        List<TableRow.Cell> cells = row.cells();
        int[] columns = new int[cells.size()];
        Hit first = null;
        for (int k = 0; k < cells.size(); k++) {
            for (Hit h : doc.hitsWithin(cells.get(k).start(), cells.get(k).end())) {
                int role = h.is("earnings", "revenue") ? 1 : h.is("earnings", "net-income") ? 2
                        : h.is("earnings", "net-loss") ? 3 : h.is("earnings", "growth") ? 4 : 0;
                if (role != 0 && (columns[k] == 0 || role < 4 && columns[k] == 4)) {
                    columns[k] = role;
                    if (role < 4 && first == null) {
                        first = h;
                    }
                }
            }
        }
        if (first == null) {
            return null;
        }
        Optional<TextRole> period = period(doc, lineStart, lineEnd);
        if (period.isEmpty() && lineStart > 0) {
            int above = doc.text.lastIndexOf('\n', lineStart - 2) + 1;
            period = period(doc, above, lineStart - 1);
        }
        return period.map(p -> new Header(columns, p)).orElse(null);
    }

    private static Optional<TextRole> period(EventDocument doc, int from, int to) {
        if (from >= to) {
            return Optional.empty();
        }
        Sentence sentence = sentenceAt(doc, from);
        if (sentence == null) {
            return Optional.empty();
        }
        SentenceView view = new SentenceView(doc, sentence, Math.max(from, sentence.range().start()),
                Math.min(to, sentence.range().end()), doc.hitsWithin(from, to));
        return Periods.in(view, view.end);
    }

    private static Optional<Event> row(EventDocument doc, Header header, TableRow row) {
        List<TableRow.Cell> cells = row.cells();
        if (cells.size() != header.columns().length) {
            return Optional.empty();
        }
        Optional<CompanyMention> company = company(doc, cells.get(0));
        MoneyMention revenue = null;
        MoneyMention income = null;
        boolean loss = false;
        Ratio revenueGrowth = null;
        Ratio incomeGrowth = null;
        int lastFigure = 0;
        for (int k = 1; k < cells.size(); k++) {
            TableRow.Cell c = cells.get(k);
            int role = header.columns()[k];
            if (role >= 1 && role <= 3) {
                List<MoneyMention> money = doc.within(doc.money, c.start(), c.end());
                if (money.size() == 1) {
                    if (role == 1 && revenue == null) {
                        revenue = money.get(0);
                    } else if (role > 1 && income == null) {
                        income = money.get(0);
                        loss = role == 3;
                    }
                }
                lastFigure = role;
            } else if (role == 4 && lastFigure != 0) {
                Optional<Ratio> growth = percent(doc, c);
                if (lastFigure == 1 && revenueGrowth == null) {
                    revenueGrowth = growth.orElse(null);
                } else if (lastFigure > 1 && incomeGrowth == null) {
                    incomeGrowth = growth.orElse(null);
                }
            }
        }
        if (company.isEmpty() || revenue == null && income == null) {
            return Optional.empty();
        }
        Sentence sentence = sentenceAt(doc, cells.get(0).start());
        MoneyMention trigger = revenue != null ? revenue : income; // the row's own cell: its sentence holds it
        return Optional.of(new Earnings(trigger.span(),
                sentence == null ? 0 : sentence.index(), Modality.STATED, company.get(), header.period(),
                Optional.ofNullable(revenue), Optional.ofNullable(income), loss,
                Optional.ofNullable(revenueGrowth), Optional.ofNullable(incomeGrowth)));
    }

    /** The company mention in the cell (the company extractor reads a table's company column). */
    private static Optional<CompanyMention> company(EventDocument doc, TableRow.Cell cell) {
        List<CompanyMention> named = doc.within(doc.companies, cell.start(), cell.end());
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
    }

    private static Optional<Ratio> percent(EventDocument doc, TableRow.Cell c) {
        for (MetricMention m : doc.within(doc.metrics, c.start(), c.end())) {
            if (m.unit() == MetricUnit.PERCENT && m.value().isPresent()) {
                return Optional.of(new Ratio(m.value().get().movePointLeft(2), m.span()));
            }
        }
        return Optional.empty();
    }

    private static Sentence sentenceAt(EventDocument doc, int offset) {
        List<Sentence> all = doc.ctx.sentences();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = all.get(mid);
            if (offset < s.range().start()) {
                hi = mid - 1;
            } else if (offset >= s.range().end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
