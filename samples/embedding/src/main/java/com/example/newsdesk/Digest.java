package com.example.newsdesk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the desk keeps of a story: who and what it names, and how much money, per currency.
 *
 * @param storyId   the story's id
 * @param companies ids of the companies named, in order of first mention, each once
 * @param models    models named ({@code Qwen 2.5 Max}), in order of first mention, each once
 * @param money     sum of the amounts named per ISO currency code, amounts that only restate
 *                  another in a second currency left out; sorted by currency
 * @param warnings  how many warnings the analysis raised
 */
public record Digest(String storyId, List<String> companies, List<String> models,
                     SortedMap<String, BigDecimal> money, int warnings) {

    public Digest {
        Objects.requireNonNull(storyId, "storyId");
        companies = List.copyOf(companies);
        models = List.copyOf(models);
        money = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(money));
    }

    /** The total in one currency, zero when none was named. */
    public BigDecimal total(String currency) {
        return money.getOrDefault(currency, BigDecimal.ZERO);
    }
}
