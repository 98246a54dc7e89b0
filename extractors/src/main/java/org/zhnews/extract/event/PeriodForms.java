package org.zhnews.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnews.core.event.TextRole;

/**
 * Reporting periods the date extractor does not read as one: a span ended on a day
 * ({@code 截至2025年6月30日止六个月} -> {@code 2025-H1}, {@code 截至2024年12月31日止年度} ->
 * {@code 2024}), months counted from January ({@code 2025年1-6月} -> {@code 2025-H1}),
 * the first three quarters together ({@code 前三季度} -> {@code 2025-Q1-Q3}), and words that
 * restate the period of the report told before ({@code 报告期内}, {@code 期内}, {@code 单季},
 * {@code 上半财年} after a fiscal year). A missing year is the context's, else that of the
 * last such period before publication. Stateless.
 */
final class PeriodForms {

    private static final Pattern ENDED = Pattern.compile(
            "(截至\\s*)?(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(止)?\\s*(?:的\\s*)?"
                    + "(三个月|3个月|六个月|6个月|九个月|9个月|十二个月|12个月|年度|财政年度|年)");
    private static final Pattern MONTHS = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?1\\s*(?:月\\s*)?(?:-|—|–|~|～|至|到)\\s*(3|6|9|12)\\s*月(?:份)?");
    private static final Pattern CUMULATIVE = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?前三(?:季度|季|个季度)");
    private static final Pattern RESTATING = Pattern.compile("报告期内|报告期|期内|本期|单季|当季|([上下])半财年");

    private PeriodForms() {
    }

    /** The periods of these forms in {@code [from, to)} of the sentence, in text order. */
    static List<TextRole> read(SentenceView s, int from, int to, TextRole context) {
        List<TextRole> out = new ArrayList<>();
        int a = Math.max(s.start, from);
        int b = Math.min(s.end, to);
        if (a >= b) {
            return out;
        }
        Optional<LocalDate> published = s.doc.published(s.start);
        Matcher m = ENDED.matcher(s.doc.text).region(a, b);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || m.group(1) == null && m.group(5) == null) {
                continue; // 截至 or 止 says the months end on the day
            }
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
            if (year == null && context != null) {
                out.add(new TextRole(context.value(), s.doc.ctx.span(m.start(), m.end())));
                continue;
            }
            if (year == null) {
                year = published.map(p -> p.getMonthValue() >= month ? p.getYear() : p.getYear() - 1).orElse(null);
            }
            String span = m.group(6);
            if (year != null) {
                String value = span.startsWith("三") || span.startsWith("3") ? year + "-Q" + ((month - 1) / 3 + 1)
                        : span.startsWith("六") || span.startsWith("6") ? year + (month <= 6 ? "-H1" : "-H2")
                        : span.startsWith("九") || span.startsWith("9") ? year + "-Q1-Q3"
                        : String.valueOf(year);
                out.add(new TextRole(value, s.doc.ctx.span(m.start(), m.end())));
            }
        }
        m = MONTHS.matcher(s.doc.text).region(a, b);
        while (m.find()) {
            Integer year = year(m.group(1), published, context);
            if (year != null) {
                String value = switch (m.group(2)) {
                    case "3" -> year + "-Q1";
                    case "6" -> year + "-H1";
                    case "9" -> year + "-Q1-Q3";
                    default -> String.valueOf(year);
                };
                out.add(new TextRole(value, s.doc.ctx.span(m.start(), m.end())));
            }
        }
        m = CUMULATIVE.matcher(s.doc.text).region(a, b);
        while (m.find()) {
            Integer year = year(m.group(1), published, context);
            if (year != null) {
                out.add(new TextRole(year + "-Q1-Q3", s.doc.ctx.span(m.start(), m.end())));
            }
        }
        if (context != null) {
            m = RESTATING.matcher(s.doc.text).region(a, b);
            while (m.find()) {
                String value = context.value();
                if (m.group(1) != null) { // 上半财年 after FY2026-Q2: FY2026-H1
                    if (!value.startsWith("FY")) {
                        continue;
                    }
                    value = value.replaceFirst("-.*", "") + (m.group(1).equals("上") ? "-H1" : "-H2");
                }
                out.add(new TextRole(value, s.doc.ctx.span(m.start(), m.end())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.span().start()));
        return out;
    }

    /** The year written, else the context's calendar year, else the publication's. */
    private static Integer year(String written, Optional<LocalDate> published, TextRole context) {
        if (written != null) {
            return Integer.valueOf(written);
        }
        if (context != null && context.value().matches("\\d{4}.*")) {
            return Integer.valueOf(context.value().substring(0, 4));
        }
        return published.map(LocalDate::getYear).orElse(null);
    }
}
