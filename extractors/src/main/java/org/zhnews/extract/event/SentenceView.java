package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.structure.Clause;
import org.zhnews.core.structure.Sentence;

/**
 * One sentence as the event readers see it: its text, its words of the event lexicon and its
 * mentions by type, each in text order, with the queries the readers share.
 */
final class SentenceView {

    final EventDocument doc;
    final Sentence sentence;
    final int start;
    final int end;
    final List<Hit> hits;
    final List<CompanyMention> companies;
    final List<MoneyMention> money;
    final List<MetricMention> metrics;
    final List<ModelMention> models;
    final List<DateMention> dates;

    /** The view of {@code [start, end)}, a sentence or one of its parts between semicolons. */
    SentenceView(EventDocument doc, Sentence sentence, int start, int end, List<Hit> hits) {
        this.doc = doc;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.hits = hits;
        this.companies = doc.within(doc.companies, start, end);
        this.money = doc.within(doc.money, start, end);
        this.metrics = doc.within(doc.metrics, start, end);
        this.models = doc.within(doc.models, start, end);
        this.dates = doc.within(doc.dates, start, end);
    }

    String text() {
        return doc.text.substring(start, end);
    }

    /** The words of one kind and role, in text order. */
    List<Hit> hits(String kind, String role) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.is(kind, role)) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether a word of this kind and role covers {@code [from, to)} or overlaps it. */
    boolean covered(String kind, String role, int from, int to) {
        for (Hit h : hits) {
            if (h.is(kind, role) && h.start() < to && from < h.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a not-event word of the kind contains the trigger ({@code 上市} in {@code 上市公司},
     * {@code 招股} in {@code 招股书}); a longer trigger around the not-event word is not affected.
     */
    boolean suppressed(String kind, Hit trigger) {
        for (Hit h : hits) {
            if (h.is(kind, "not-event") && h.start() <= trigger.start() && h.end() >= trigger.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a longer trigger of the same kind covers the trigger {@code h} ({@code 收购} in
     * {@code 全资收购}, {@code 上市} in {@code 挂牌上市}): the longer one speaks for both.
     */
    boolean inLongerTrigger(Hit h) {
        for (Hit o : hits) {
            if (o != h && o.is(h.word().kind(), "trigger") && o.start() <= h.start() && o.end() >= h.end()
                    && o.end() - o.start() > h.end() - h.start()) {
                return true;
            }
        }
        return false;
    }

    /** The clause holding {@code offset}. */
    Clause clauseAt(int offset) {
        return sentence.clauseAt(Math.min(Math.max(offset, start), Math.max(start, end - 1)));
    }

    /** The mentions of {@code list} inside {@code [from, to)}. */
    static <T extends Mention> List<T> between(List<T> list, int from, int to) {
        List<T> out = new ArrayList<>();
        for (T m : list) {
            if (m.start() >= from && m.end() <= to) {
                out.add(m);
            }
        }
        return out;
    }

    /** The last mention of {@code list} ending at or before {@code pos} and at or after {@code from}. */
    static <T extends Mention> Optional<T> lastBefore(List<T> list, int from, int pos) {
        T found = null;
        for (T m : list) {
            if (m.end() <= pos && m.start() >= from) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first mention of {@code list} starting at or after {@code pos} and ending by {@code to}. */
    static <T extends Mention> Optional<T> firstAfter(List<T> list, int pos, int to) {
        for (T m : list) {
            if (m.start() >= pos && m.end() <= to) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The text between two offsets of the document, clipped to the sentence. */
    String gap(int from, int to) {
        int a = Math.max(start, Math.min(from, to));
        int b = Math.min(end, Math.max(from, to));
        return doc.text.substring(a, b);
    }

    /**
     * Whether {@code gap} holds a comma, semicolon or full stop (Chinese or Latin): words on its
     * two sides stand in different clauses.
     */
    static boolean crossesClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (",，;；。".indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
