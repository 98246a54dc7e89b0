package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;

/**
 * Reporting periods: a fiscal period as the company names it ({@code 2026财年第二季度} ->
 * {@code FY2026-Q2}, {@code 2025财年} -> {@code FY2025}, {@code 2025/26财年} -> {@code FY2026}), else the last quarter, half-year or
 * year date before {@code before} in the sentence ({@code 2025-Q3}, {@code 2025-H1},
 * {@code 2025}), its relative forms ({@code 去年第四季}) resolved by the date extractor with the
 * article's publication date. Stateless.
 */
final class Periods {

    private static final Pattern FISCAL = Pattern.compile(
            "(?:FY|财年)?\\s*(?:\\d{4}\\s*/\\s*)?(\\d{4}|\\d{2})\\s*(?:财年|财政年度|财政年|会计年度)(?:\\s*第?([一二三四1-4首])\\s*(?:财季|季度|季)|\\s*([上下])半(?:年|财年))?"
                    + "|FY\\s*(\\d{2}|\\d{4})(?:\\s*Q([1-4])|\\s*H([12]))?");

    /** A quarter or half without its year ({@code 第3季}, {@code 第三季}), or with a year before it. */
    private static final Pattern BARE = Pattern.compile(
            "(?:(\\d{4}|1[0-2]\\d)\\s*年\\s*(?:度\\s*)?|([今去本上前])年\\s*(?:度\\s*)?)?"
                    + "(?:第\\s*([1-4一二三四])\\s*季(?:度)?|([上下])半年(?:度)?|(?:[首前]六个月|中期)()|(全)年(?:度)?)"
                    + "|([今去前])年(?![0-9一二三四上下初底末中])");

    /** The quarter before or of the publication ({@code 上季度}, {@code 上一季度}, {@code 本季度}). */
    private static final Pattern RELATIVE_QUARTER = Pattern.compile("(上一?|本|今年第?一?)季度?");

    private Periods() {
    }

    /** The period of a figure at {@code before} in the sentence, if the sentence names one. */
    static Optional<TextRole> in(SentenceView s, int before) {
        return in(s, before, null);
    }

    /**
     * The period of a figure at {@code before} in the sentence; {@code context}, the period of
     * the article's report told before (null if none), is the period of words that restate it
     * ({@code 本季度}, {@code 报告期内}, {@code 截至9月30日止三个月} without a year) and gives its
     * year to {@code 全年} and {@code 上半财年}.
     */
    static Optional<TextRole> in(SentenceView s, int before, TextRole context) {
        Optional<TextRole> fiscal = fiscal(s, before);
        if (fiscal.isPresent()) {
            return fiscal;
        }
        TextRole best = null;
        for (TextRole c : candidates(s, s.start, before, context)) {
            if (best == null || c.span().end() > best.span().end()
                    || c.span().end() == best.span().end() && c.span().start() < best.span().start()) {
                best = c;
            }
        }
        return Optional.ofNullable(best).or(() -> relativeQuarter(s, before, context));
    }

    /**
     * Every period written in {@code [from, to)} of the sentence, in text order, one per place
     * (the longest reading where two overlap), a range of years ({@code 2022年至2024年}) read as
     * each of its years: the periods of a list that {@code 分别} pairs with figures.
     */
    static List<TextRole> all(SentenceView s, int from, int to) {
        List<TextRole> found = new ArrayList<>();
        Matcher f = FISCAL.matcher(s.doc.text).region(from, to);
        while (f.find()) {
            fiscalRole(s, f).ifPresent(found::add);
        }
        found.addAll(candidates(s, from, to, null));
        found.sort(Comparator.comparingInt((TextRole r) -> r.span().start())
                .thenComparingInt(r -> -(r.span().end() - r.span().start())));
        List<TextRole> out = new ArrayList<>();
        for (TextRole r : found) {
            if (!out.isEmpty() && r.span().start() < out.get(out.size() - 1).span().end()) {
                continue; // inside the longer reading before it
            }
            Matcher range = YEAR_RANGE.matcher(s.doc.text).region(r.span().start(), to);
            if (r.value().matches("\\d{4}") && range.lookingAt()) {
                int last = Integer.parseInt(range.group(2));
                for (int y = Integer.parseInt(range.group(1)); y <= last && y - Integer.parseInt(range.group(1)) < 10; y++) {
                    out.add(new TextRole(String.valueOf(y), s.doc.ctx.span(range.start(), range.end())));
                }
                continue;
            }
            if (!out.isEmpty() && r.value().matches("\\d{4}") && YEAR_RANGE.matcher(s.doc.text)
                    .region(out.get(out.size() - 1).span().start(), r.span().end()).matches()) {
                continue; // the end of a range already read
            }
            out.add(r);
        }
        return out;
    }

    private static Optional<TextRole> fiscal(SentenceView s, int before) {
        Matcher m = FISCAL.matcher(s.doc.text).region(s.start, s.end);
        TextRole fiscal = null;
        while (m.find() && m.start() < before) {
            fiscal = fiscalRole(s, m).orElse(fiscal);
        }
        return Optional.ofNullable(fiscal);
    }

    private static Optional<TextRole> fiscalRole(SentenceView s, Matcher m) {
        String year = m.group(1) != null ? m.group(1) : m.group(4);
        if (year == null) {
            return Optional.empty();
        }
        if (year.length() == 2) {
            year = "20" + year;
        }
        String q = m.group(2) != null ? m.group(2) : m.group(5);
        String h = m.group(3) != null ? (m.group(3).equals("上") ? "1" : "2") : m.group(6);
        String value = "FY" + year + (q != null ? "-Q" + quarter(q) : h != null ? "-H" + h : "");
        return Optional.of(new TextRole(value, s.doc.ctx.span(m.start(), m.end())));
    }

    /** The calendar periods of {@code [from, to)}: the date extractor's, then the forms it leaves unread. */
    private static List<TextRole> candidates(SentenceView s, int from, int to, TextRole context) {
        List<TextRole> out = new ArrayList<>();
        var published = s.doc.published(s.start);
        for (DateMention d : s.dates) {
            if (d.start() < from || d.start() >= to || d.value().isEmpty()) {
                continue;
            }
            DateValue v = d.value().get();
            if (periodic(v.granularity())) {
                if (d.relative() && published.isPresent() && v.start().isAfter(published.get())) {
                    v = new DateValue(v.granularity(), v.start().minusYears(1)); // 第四季度 reported in February
                }
                out.add(new TextRole(value(v), d.span()));
            }
        }
        out.addAll(bare(s, from, to, context));
        out.addAll(PeriodForms.read(s, from, to, context));
        return out;
    }

    /**
     * The last quarter, half or year the date extractor left unread ({@code 第3季}, a 民国 year
     * such as {@code 113年第4季}): its year as written (a 民国 year plus 1911), else the
     * publication year, or the year before when that period had not begun by publication.
     */
    private static List<TextRole> bare(SentenceView s, int from, int to, TextRole context) {
        Matcher m = BARE.matcher(s.doc.text).region(Math.max(s.start, from), Math.min(s.end, to));
        List<TextRole> out = new ArrayList<>();
        var published = s.doc.published(s.start);
        while (m.find()) {
            String relative = m.group(2) != null ? m.group(2) : m.group(7);
            boolean quarter = m.group(3) != null;
            boolean half = m.group(4) != null || m.group(5) != null;
            if (m.group(1) == null && relative == null && !quarter && !half) {
                if (context != null) { // 全年 after a report: the year of that report
                    out.add(new TextRole(context.value().replaceFirst("-.*", ""), s.doc.ctx.span(m.start(), m.end())));
                }
                continue; // 全年 alone names no year
            }
            Integer year = m.group(1) == null ? null
                    : m.group(1).length() == 4 ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(1)) + 1911;
            int firstMonth = quarter ? (quarter(m.group(3)) - 1) * 3 + 1
                    : m.group(4) != null && m.group(4).equals("下") ? 7 : 1;
            if (year == null) {
                if (published.isEmpty()) {
                    continue;
                }
                year = published.get().getYear() - switch (relative == null ? "今" : relative) {
                    case "去", "上" -> 1;
                    case "前" -> 2;
                    default -> 0;
                };
                if (relative == null && published.get().getMonthValue() < firstMonth) {
                    year--;
                }
            }
            String value = year + (quarter ? "-Q" + quarter(m.group(3))
                    : half ? (firstMonth == 1 ? "-H1" : "-H2") : "");
            out.add(new TextRole(value, s.doc.ctx.span(m.start(), m.end())));
        }
        return out;
    }

    /**
     * {@code 上季度}: the quarter before the publication's; {@code 本季度}: the report's period
     * ({@code context}) after a report, else the publication's own quarter.
     */
    private static Optional<TextRole> relativeQuarter(SentenceView s, int before, TextRole context) {
        Matcher m = RELATIVE_QUARTER.matcher(s.doc.text).region(s.start, Math.min(s.end, before));
        var published = s.doc.published(s.start);
        if (!m.find() || !m.group(1).startsWith("上") && !m.group(1).equals("本")) {
            return Optional.empty();
        }
        if (m.group(1).equals("本") && context != null) {
            return Optional.of(new TextRole(context.value(), s.doc.ctx.span(m.start(), m.end())));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        var day = published.get().minusMonths(m.group(1).startsWith("上") ? 3 : 0);
        return Optional.of(new TextRole(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1),
                s.doc.ctx.span(m.start(), m.end())));
    }

    /** A range of years ({@code 2022年至2024年}, {@code 2022-2024年}). */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*年?\\s*(?:至|到|-|—|~|～)\\s*(\\d{4})\\s*年(?:度)?");

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

    static int quarter(String q) {
        return switch (q) {
            case "一", "1", "首" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            default -> 4;
        };
    }
}
