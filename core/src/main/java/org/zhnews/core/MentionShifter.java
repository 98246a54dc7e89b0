package org.zhnews.core;

import java.util.OptionalInt;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Span;

/**
 * Moves mentions into a slice of their document: the same mention, every value kept, with its
 * offsets counted from the slice's start in both texts. Offsets held in a value move too (a
 * money mention's {@link MoneyMention#equivalentOf()}; it is dropped when the mention it names
 * lies outside the slice). Stateless.
 */
final class MentionShifter {

    private final int start;
    private final int end;
    private final int originalStart;
    private final int originalEnd;

    /** A shifter into the slice {@code [start, end)} of the text, {@code [originalStart, originalEnd)} of the original. */
    MentionShifter(int start, int end, int originalStart, int originalEnd) {
        this.start = start;
        this.end = end;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    /** Whether the mention lies inside the slice in both texts. */
    boolean fits(Mention m) {
        return fits(m.span());
    }

    /** Whether the span lies inside the slice in both texts. */
    boolean fits(Span s) {
        return s.start() >= start && s.end() <= end && s.originalStart() >= originalStart
                && s.originalEnd() <= originalEnd;
    }

    /**
     * The mention with offsets relative to the slice.
     *
     * @throws IllegalArgumentException unless it {@link #fits}
     */
    Mention shift(Mention m) {
        if (!fits(m)) {
            throw new IllegalArgumentException(m + " lies outside the slice");
        }
        Span s = new Span(m.text(), m.start() - start, m.end() - start, m.originalStart() - originalStart,
                m.originalEnd() - originalStart);
        if (m instanceof CompanyMention c) {
            return new CompanyMention(s, c.name(), c.company());
        } else if (m instanceof ModelMention mm) {
            return new ModelMention(s, mm.model(), mm.parameters());
        } else if (m instanceof MoneyMention money) {
            OptionalInt restated = money.equivalentOf();
            OptionalInt moved = restated.isPresent() && restated.getAsInt() >= start && restated.getAsInt() < end
                    ? OptionalInt.of(restated.getAsInt() - start) : OptionalInt.empty();
            return new MoneyMention(s, money.amount(), money.currency(), money.qualifier(), money.min(),
                    money.max(), moved, money.currencySource());
        } else if (m instanceof MetricMention metric) {
            return new MetricMention(s, metric.value(), metric.unit(), metric.measure(), metric.qualifier(),
                    metric.min(), metric.max());
        } else if (m instanceof DateMention date) {
            return new DateMention(s, date.value(), date.granularity(), date.relative(), date.modifier());
        }
        CustomMention custom = (CustomMention) m;
        return new CustomMention(s, custom.kind(), custom.attributes());
    }
}
