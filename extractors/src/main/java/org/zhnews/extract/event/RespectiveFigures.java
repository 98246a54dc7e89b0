package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.MoneyMention;

/**
 * Figures told period by period with {@code 分别} ({@code 2023年及2024年收入分别为9.01亿元及11.6亿元}):
 * the periods listed before the first figure word, each figure word's run of amounts after it,
 * paired in order when a run has as many amounts as there are periods. Stateless.
 */
final class RespectiveFigures {

    /** Between a figure word and its first amount. */
    private static final Pattern OPENING = Pattern.compile("\\s*(?:分别为|分别是|分别达|分别录得|分别|为|是|达|录得|约)*\\s*");
    /** Between two amounts of one run. */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:、|，|,|及|和|与|以及|、以及)\\s*");

    private RespectiveFigures() {
    }

    /** One period's figures: its revenue and net income, each null when the sentence does not give it. */
    record PeriodFigures(TextRole period, Hit firstWord, MoneyMention revenue, MoneyMention income, boolean loss) {
    }

    /** The figures of each listed period; empty unless the sentence pairs two periods or more with {@code 分别}. */
    static List<PeriodFigures> read(SentenceView s) {
        if (!s.text().contains("分别")) {
            return List.of();
        }
        List<Hit> words = new ArrayList<>();
        for (Hit h : s.hits) {
            if (EarningsFigures.isFigureWord(h) && words.stream().noneMatch(w -> w.start() <= h.start() && w.end() >= h.end())) {
                words.add(h);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<TextRole> periods = Periods.all(s, s.start, words.get(0).start());
        if (periods.size() < 2) {
            return List.of();
        }
        int n = periods.size();
        MoneyMention[] revenue = new MoneyMention[n];
        MoneyMention[] income = new MoneyMention[n];
        Hit[] first = new Hit[n];
        boolean loss = false;
        boolean any = false;
        for (Hit w : words) {
            List<MoneyMention> run = run(s, w);
            if (run.size() != n) {
                continue;
            }
            boolean isRevenue = w.is("earnings", "revenue");
            if (isRevenue ? revenue[0] != null : income[0] != null) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                (isRevenue ? revenue : income)[i] = run.get(i);
                first[i] = first[i] == null ? w : first[i];
            }
            loss |= !isRevenue && w.is("earnings", "net-loss");
            any = true;
        }
        if (!any) {
            return List.of();
        }
        List<PeriodFigures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new PeriodFigures(periods.get(i), first[i], revenue[i], income[i], loss));
        }
        return out;
    }

    /** The amounts right after the word, one after another joined by {@code 、}, {@code 及}, commas. */
    private static List<MoneyMention> run(SentenceView s, Hit word) {
        List<MoneyMention> out = new ArrayList<>();
        int pos = word.end();
        for (MoneyMention m : s.money) {
            if (m.start() < pos || m.equivalentOf().isPresent()) {
                continue;
            }
            String gap = s.gap(pos, m.start());
            if (!(out.isEmpty() ? OPENING : BETWEEN).matcher(gap).matches()) {
                break;
            }
            out.add(m);
            pos = m.end();
        }
        return out;
    }
}
