package org.zhnews.extract.event;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;

/**
 * Reporting periods: a fiscal period as the company names it ({@code 2026财年第二季度} ->
 * {@code FY2026-Q2}, {@code 2025财年} -> {@code FY2025}), else the last quarter, half-year or
 * year date before {@code before} in the sentence ({@code 2025-Q3}, {@code 2025-H1},
 * {@code 2025}), its relative forms ({@code 去年第四季}) resolved by the date extractor with the
 * article's publication date. Stateless.
 */
final class Periods {

    private static final Pattern FISCAL = Pattern.compile(
            "(?:FY|财年)?\\s*(\\d{4})\\s*(?:财年|财政年度|会计年度)(?:\\s*第?([一二三四1-4])\\s*(?:财季|季度|季))?"
                    + "|FY\\s*(\\d{2}|\\d{4})(?:\\s*Q([1-4]))?");

    private Periods() {
    }

    /** The period of a figure at {@code before} in the sentence, if the sentence names one. */
    static Optional<TextRole> in(SentenceView s, int before) {
        Matcher m = FISCAL.matcher(s.doc.text).region(s.start, s.end);
        TextRole fiscal = null;
        while (m.find() && m.start() < before) {
            String year = m.group(1) != null ? m.group(1) : m.group(3);
            if (year.length() == 2) {
                year = "20" + year;
            }
            String q = m.group(2) != null ? m.group(2) : m.group(4);
            String value = "FY" + year + (q == null ? "" : "-Q" + quarter(q));
            fiscal = new TextRole(value, s.doc.ctx.span(m.start(), m.end()));
        }
        if (fiscal != null) {
            return Optional.of(fiscal);
        }
        DateMention found = null;
        for (DateMention d : s.dates) {
            if (d.start() < before && d.value().isPresent() && periodic(d.value().get().granularity())) {
                found = d;
            }
        }
        return Optional.ofNullable(found).map(d -> new TextRole(value(d.value().get()), d.span()));
    }

    private static boolean periodic(DateGranularity g) {
        return g == DateGranularity.QUARTER || g == DateGranularity.HALF_YEAR || g == DateGranularity.YEAR;
    }

    static String value(DateValue v) {
        int year = v.start().getYear();
        return switch (v.granularity()) {
            case QUARTER -> year + "-Q" + ((v.start().getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> year + "-H" + (v.start().getMonthValue() <= 6 ? 1 : 2);
            default -> String.valueOf(year);
        };
    }

    private static int quarter(String q) {
        return switch (q) {
            case "一", "1" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            default -> 4;
        };
    }
}
