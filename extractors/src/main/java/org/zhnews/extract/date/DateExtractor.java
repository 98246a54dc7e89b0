package org.zhnews.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Finds dates and periods: absolute ({@code 2024年11月24日}, {@code 2025-03-03},
 * {@code 民國114年}, {@code 2024年第二季度}, {@code 2024年底}) and relative to the publication date
 * ({@code 今年5月}, {@code 去年}, {@code 上周三}, {@code 近日}, {@code 23年12月}, {@code 18年前},
 * {@code 11月24日}), each resolved against {@link ExtractionContext#publishedAt(int)} at its start.
 * A relative date without a publication date keeps an empty value, its granularity and
 * {@code relative = true}. The grammar and its decisions are described in {@code extractors/DATES.md}.
 *
 * <p>Reads normalized text, and also traditional characters and full-width digits when no
 * normalizer ran. Years, months, quarters and days may be Arabic or Chinese numerals
 * ({@code 二〇二四年十一月}). Not dates: versions and model names ({@code iOS 26}, {@code Qwen3}),
 * amounts, percentages, durations ({@code 3年}, {@code 12个月}), {@code 2024款}; a date that would
 * overlap a model, money or company mention found by an earlier extractor is dropped.
 *
 * <p>Spans are offsets into the normalized text (and, through the context, the original); dates
 * never overlap each other. Time is linear in the text. Immutable and thread-safe; the word lists
 * load once per JVM. Never throws for any text.
 */
public final class DateExtractor implements Extractor {

    private final DateWords words = DateWords.standard();

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(DateMention.class);
    }

    @Override
    public List<DateMention> extract(ExtractionContext context) {
        String text = context.text();
        List<DateCandidate> found = DateScanner.scan(text, words);
        if (found.isEmpty()) {
            return List.of();
        }
        BitSet taken = taken(context);
        List<DateMention> out = new ArrayList<>(found.size());
        for (DateCandidate c : found) {
            int hit = taken.nextSetBit(c.start());
            if (hit >= 0 && hit < c.end()) {
                continue; // inside or across a model name, an amount or a company name
            }
            Optional<LocalDate> published = context.publishedAt(c.start());
            Optional<DateValue> value = DateResolver.resolve(c.phrase(), published);
            out.add(new DateMention(context.span(c.start(), c.end()), value, c.phrase().granularity(),
                    c.phrase().relative(), c.modifier()));
        }
        return out;
    }

    /** The normalized offsets covered by earlier model, money and company mentions. */
    private static BitSet taken(ExtractionContext context) {
        BitSet taken = new BitSet();
        for (Mention m : context.mentions()) {
            if (m instanceof ModelMention || m instanceof MoneyMention || m instanceof CompanyMention) {
                if (m.end() > m.start()) {
                    taken.set(m.start(), m.end());
                }
            }
        }
        return taken;
    }
}
