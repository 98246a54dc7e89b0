package org.zhnews.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhnews.core.Document;
import org.zhnews.core.event.Funding;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Decides which company an amount of money belongs to. In a document with funding events
 * ({@link Funding}), only the amounts raised belong to a company: each funding event's amount
 * belongs to its company (when the company has an id), and no other money of that document is
 * attributed (share prices, product prices, a valuation or a figure told again are left out).
 * Only for a document without funding events the old heuristic applies: a money mention belongs to the
 * nearest linked company mention (one with an id) <em>before</em> it in the same sentence
 * ({@code 阿里巴巴宣布未来三年投入3800亿元}: alibaba); when the sentence names no company
 * before it, to the first linked company after it in the sentence ({@code 投资100亿元的是腾讯}:
 * tencent); otherwise to none. Sentences are the document's ({@link Document#sentences()}).
 * The rule is a heuristic: it reads no syntax.
 *
 * <p>Stateless and thread-safe; linear in the text length plus {@code m log m} in the number of
 * mentions.
 */
public final class MoneyAttribution {

    private MoneyAttribution() {
    }

    /**
     * The company id each money mention of the document belongs to, keyed by the money
     * mention's {@code start}; money mentions belonging to no company are absent.
     */
    public static Map<Integer, String> of(Document doc) {
        Objects.requireNonNull(doc, "doc");
        List<MoneyMention> money = doc.money();
        Map<Integer, String> out = new HashMap<>();
        if (money.isEmpty()) {
            return out;
        }
        List<Funding> funding = doc.events(Funding.class);
        if (!funding.isEmpty()) {
            for (Funding f : funding) {
                f.amount().ifPresent(m -> f.company().id().ifPresent(id -> out.putIfAbsent(m.start(), id)));
            }
            return out;
        }
        List<CompanyMention> companies = new ArrayList<>();
        for (CompanyMention c : doc.companies()) {
            if (c.id().isPresent()) {
                companies.add(c);
            }
        }
        if (companies.isEmpty()) {
            return out;
        }
        for (MoneyMention m : money) {
            int sentence = doc.sentenceOf(m).index();
            String company = before(doc, companies, m.start(), sentence);
            if (company == null) {
                company = after(doc, companies, m.end(), sentence);
            }
            if (company != null) {
                out.put(m.start(), company);
            }
        }
        return out;
    }

    private static String before(Document doc, List<CompanyMention> companies, int start, int sentence) {
        int i = lastStartingBefore(companies, start);
        while (i >= 0) {
            CompanyMention c = companies.get(i);
            if (doc.sentenceOf(c).index() != sentence) {
                return null;
            }
            if (c.end() <= start) {
                return c.id().orElseThrow();
            }
            i--;
        }
        return null;
    }

    private static String after(Document doc, List<CompanyMention> companies, int end, int sentence) {
        for (int i = lastStartingBefore(companies, end) + 1; i < companies.size(); i++) {
            CompanyMention c = companies.get(i);
            return doc.sentenceOf(c).index() == sentence ? c.id().orElseThrow() : null;
        }
        return null;
    }

    /** Index of the last company mention starting before {@code offset}, or -1. */
    private static int lastStartingBefore(List<CompanyMention> companies, int offset) {
        int lo = 0;
        int hi = companies.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (companies.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
