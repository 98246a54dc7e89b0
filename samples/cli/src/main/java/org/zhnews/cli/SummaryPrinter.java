package org.zhnews.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhnews.core.Document;
import org.zhnews.core.Warning;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

/** Prints a readable summary of documents: counts, then the mentions grouped by type. */
final class SummaryPrinter {

    private final PrintWriter out;
    private int documents;
    private final Map<String, Integer> totals = new LinkedHashMap<>();
    private int warnings;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
        for (String t : List.of("company", "model", "money", "metric")) {
            totals.put(t, 0);
        }
    }

    void print(Document doc, boolean withText) {
        documents++;
        warnings += doc.warnings().size();
        out.println("== " + doc.source().orElse("<text>") + "  (" + doc.charset().orElse("text") + ", "
                + doc.script().jsonName() + ", " + doc.original().length() + " chars, "
                + doc.mentions().size() + " mentions)");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            totals.merge(m.type(), 1, Integer::sum);
            groups.computeIfAbsent(m.type(), k -> new ArrayList<>()).add(describe(m));
        }
        groups.forEach((type, lines) -> {
            out.println("  " + type + " (" + lines.size() + ")");
            lines.forEach(l -> out.println("    " + l));
        });
        for (Warning w : doc.warnings()) {
            out.println("  warning " + w.code() + ": " + w.message()
                    + w.range().map(r -> " [" + r.start() + "," + r.end() + ")").orElse(""));
        }
        if (withText) {
            out.println("  text:");
            doc.text().lines().forEach(l -> out.println("    " + l));
        }
        out.println();
    }

    void printTotals(int failures) {
        StringBuilder sb = new StringBuilder();
        sb.append(documents).append(documents == 1 ? " document, " : " documents, ");
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        sb.append(all).append(" mentions (");
        List<String> parts = new ArrayList<>();
        totals.forEach((k, v) -> parts.add(k + " " + v));
        sb.append(String.join(", ", parts)).append("), ").append(warnings).append(" warnings");
        if (failures > 0) {
            sb.append(", ").append(failures).append(failures == 1 ? " input failed" : " inputs failed");
        }
        out.println(sb);
    }

    static String describe(Mention m) {
        String where = " [" + m.originalStart() + "," + m.originalEnd() + ")";
        if (m instanceof CompanyMention c) {
            return c.text() + " -> " + c.id().orElse("(unlinked)")
                    + c.company().flatMap(x -> x.nameEn()).map(en -> " " + en).orElse("") + where;
        }
        if (m instanceof ModelMention mm) {
            AiModel a = mm.model();
            return mm.text() + " -> " + a.family() + a.version().map(v -> " " + v).orElse("")
                    + a.variant().map(v -> " " + v).orElse("") + a.vendor().map(v -> " by " + v).orElse("")
                    + mm.parameters().map(p -> ", " + plain(p) + " parameters").orElse("") + where;
        }
        if (m instanceof MoneyMention money) {
            return money.text() + " -> " + money.amount().map(SummaryPrinter::plain)
                    .orElse(range(money.min().map(SummaryPrinter::plain).orElse("?"),
                            money.max().map(SummaryPrinter::plain).orElse("?")))
                    + " " + money.currency() + " (" + money.qualifier().jsonName() + ")" + where;
        }
        MetricMention x = (MetricMention) m;
        return x.text() + " -> " + x.value().map(SummaryPrinter::plain)
                .orElse(range(x.min().map(SummaryPrinter::plain).orElse("?"), x.max().map(SummaryPrinter::plain).orElse("?")))
                + " " + x.unit().jsonName() + x.kind().map(k -> ", " + k).orElse("")
                + " (" + x.qualifier().jsonName() + ")" + where;
    }

    private static String range(String min, String max) {
        return min + ".." + max;
    }

    private static String plain(BigDecimal d) {
        return String.format("%,f", d).replaceAll("\\.?0+$", "");
    }
}
