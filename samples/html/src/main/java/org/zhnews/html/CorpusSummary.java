package org.zhnews.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of an index page's corpus-wide charts, from its rows: the companies named by the
 * most documents (each document counts once per company, boilerplate left out), and the stated
 * money per currency summed over the documents (as in each page's summary: amounts as written,
 * not converted, restatements left out). Immutable.
 *
 * @param topCompanies the companies named by most documents, most first (ties by label);
 *                     {@link Summary.CompanyCount#count()} counts documents
 * @param money        per ISO currency code, by code: the total and how many documents state it
 * @param documents    how many documents the index lists
 */
record CorpusSummary(List<Summary.CompanyCount> topCompanies, Map<String, CurrencyTotal> money, int documents) {

    /** Money in one currency over the corpus. */
    record CurrencyTotal(BigDecimal total, int documents) {
    }

    CorpusSummary {
        topCompanies = List.copyOf(topCompanies);
        money = java.util.Collections.unmodifiableMap(new TreeMap<>(money));
    }

    static CorpusSummary of(List<PageLink> pages, int maxCompanies) {
        Map<String, Summary.CompanyCount> companies = new LinkedHashMap<>();
        Map<String, CurrencyTotal> money = new TreeMap<>();
        for (PageLink p : pages) {
            p.companies().forEach((key, label) -> companies.merge(key, new Summary.CompanyCount(key, label, 1),
                    (a, b) -> new Summary.CompanyCount(a.key(), a.label(), a.count() + 1)));
            p.money().forEach((currency, total) -> money.merge(currency, new CurrencyTotal(total, 1),
                    (a, b) -> new CurrencyTotal(a.total().add(b.total()), a.documents() + 1)));
        }
        List<Summary.CompanyCount> top = new ArrayList<>(companies.values());
        top.sort(Comparator.comparingInt(Summary.CompanyCount::count).reversed()
                .thenComparing(Summary.CompanyCount::label));
        return new CorpusSummary(top.subList(0, Math.min(maxCompanies, top.size())), money, pages.size());
    }
}
