package org.zhnews.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MoneyMention;

/**
 * The figures of a document's summary: mentions per type (all of them), the most named
 * companies and the money total per currency. Companies and money count only mentions outside
 * boilerplate, and money only amounts that are stated (not ranges or vague figures) and do not
 * restate another amount, so a figure converted in parentheses is not counted twice. Immutable.
 *
 * @param countsByType  mentions per type, in {@link #TYPES} order, zero counts included
 * @param boilerplate   mentions inside boilerplate zones
 * @param topCompanies  the most named companies, most first (ties by label)
 * @param moneyTotals   total stated money per ISO currency code, by code
 */
record Summary(Map<String, Integer> countsByType, int boilerplate, List<CompanyCount> topCompanies,
               Map<String, MoneyTotal> moneyTotals) {

    /** The mention types in display order. */
    static final List<String> TYPES = List.of("company", "model", "money", "metric", "date");

    /** How often a company is named: {@code key} is its id, or its name when unlinked. */
    record CompanyCount(String key, String label, int count) {
    }

    /** The sum of the stated amounts in one currency and how many mentions it adds up. */
    record MoneyTotal(BigDecimal total, int mentions) {
    }

    Summary {
        countsByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countsByType));
        topCompanies = List.copyOf(topCompanies);
        moneyTotals = java.util.Collections.unmodifiableMap(new TreeMap<>(moneyTotals));
    }

    static Summary of(Document doc, int maxCompanies) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : TYPES) {
            counts.put(t, 0);
        }
        int boilerplate = 0;
        Map<String, CompanyCount> companies = new LinkedHashMap<>();
        Map<String, MoneyTotal> money = new TreeMap<>();
        for (Mention m : doc.mentions()) {
            counts.merge(m.type(), 1, Integer::sum);
            if (doc.isBoilerplate(m)) {
                boilerplate++;
                continue;
            }
            if (m instanceof CompanyMention c) {
                String key = c.id().orElse("name:" + c.name());
                String label = c.name() + c.company().flatMap(Company::nameEn)
                        .filter(en -> !en.equals(c.name())).map(en -> " (" + en + ")").orElse("");
                companies.merge(key, new CompanyCount(key, label, 1),
                        (a, b) -> new CompanyCount(a.key(), a.label(), a.count() + 1));
            } else if (m instanceof MoneyMention mm && mm.amount().isPresent() && mm.equivalentOf().isEmpty()) {
                money.merge(mm.currency(), new MoneyTotal(mm.amount().get(), 1),
                        (a, b) -> new MoneyTotal(a.total().add(b.total()), a.mentions() + 1));
            }
        }
        List<CompanyCount> top = new ArrayList<>(companies.values());
        top.sort(Comparator.comparingInt(CompanyCount::count).reversed().thenComparing(CompanyCount::label));
        return new Summary(counts, boilerplate, top.subList(0, Math.min(maxCompanies, top.size())), money);
    }

    /** An amount in Chinese large units, {@code 54000000000} -> {@code 540亿}; small ones plain. */
    static String compact(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        if (abs.compareTo(new BigDecimal("100000000")) >= 0) {
            return Facts.plain(amount.divide(new BigDecimal("100000000"), 2, RoundingMode.HALF_UP)) + "亿";
        }
        if (abs.compareTo(new BigDecimal("10000")) >= 0) {
            return Facts.plain(amount.divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP)) + "万";
        }
        return Facts.plain(amount);
    }
}
