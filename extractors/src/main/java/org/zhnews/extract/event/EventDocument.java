package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.structure.Sentence;

/**
 * A document as the event step reads it: the context, the event words and the mentions by type
 * (outside boilerplate, in text order), and each article's main company: the company named most
 * often in it, the subject of sentences that name none. One per document, on one thread.
 */
final class EventDocument {

    /** Words after a company that make it a source of the news, not an actor. */
    private static final List<String> SOURCE_AFTER = List.of("报道", "消息", "获悉", "援引", "讯", "记者", "独家",
            "报导", "了解到");
    /** A dateline after an outlet's name: a date, then 讯 or 电 ({@code 上海证券报2025年7月8日讯}). */
    /** The kind of event words that belong to no event kind (glue, modality, outlet endings). */
    private static final String ANY_KIND = "any";
    private static final java.util.regex.Pattern DATELINE_AFTER =
            java.util.regex.Pattern.compile("[\\s0-9年月日/.-]{1,14}[讯电]");
    private static final int DATELINE_REACH = 16;
    /** How far into an article a dateline may stand. */
    static final int DATELINE_SPAN = 80;
    final ExtractionContext ctx;
    final String text;
    final List<Hit> hits;
    final List<CompanyMention> companies;
    final List<MoneyMention> money;
    final List<MetricMention> metrics;
    final List<ModelMention> models;
    final List<DateMention> dates;
    private final Map<Integer, Optional<CompanyMention>> subjects = new HashMap<>();
    /** What 开源/闭源 near any mention of a model says, by family and version; computed on first use. */
    private Map<String, Boolean> openSource;
    private static final int OPEN_REACH = 8;

    private final java.util.Set<String> outlets;

    EventDocument(ExtractionContext ctx, List<Hit> hits, java.util.Set<String> outlets) {
        this.ctx = ctx;
        this.outlets = outlets;
        this.text = ctx.text();
        this.hits = hits;
        List<CompanyMention> all = body(ctx, CompanyMention.class);
        all.removeIf(this::outlet);
        this.companies = all;
        this.money = body(ctx, MoneyMention.class);
        this.metrics = body(ctx, MetricMention.class);
        this.models = body(ctx, ModelMention.class);
        this.dates = body(ctx, DateMention.class);
    }

    private static <T extends Mention> List<T> body(ExtractionContext ctx, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (T m : ctx.mentions(type)) {
            if (ctx.structure().zoneAt(m.start()).isEmpty()) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** The mentions of {@code list} (sorted by start) inside {@code [from, to)}, found by binary search. */
    <T extends Mention> List<T> within(List<T> list, int from, int to) {
        List<T> out = new ArrayList<>();
        for (int i = firstAtOrAfter(list.size(), k -> list.get(k).start(), from); i < list.size()
                && list.get(i).start() < to; i++) {
            if (list.get(i).end() <= to) {
                out.add(list.get(i));
            }
        }
        return out;
    }

    /** The event words inside {@code [from, to)}. */
    List<Hit> hitsWithin(int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (int i = firstAtOrAfter(hits.size(), k -> hits.get(k).start(), from); i < hits.size()
                && hits.get(i).start() < to; i++) {
            if (hits.get(i).end() <= to) {
                out.add(hits.get(i));
            }
        }
        return out;
    }

    private static int firstAtOrAfter(int size, java.util.function.IntUnaryOperator startOf, int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The views of one sentence that may tell an event: one per part between semicolons
     * ({@code ；}, {@code ;}), which join separate facts in briefs and round-ups. A part is left
     * out when every event word in it is a word of any kind (glue, modality, outlet endings) and
     * it names no funding round: no reader makes an event of such a part, and most sentences
     * of an article are such parts.
     */
    List<SentenceView> views(Sentence s) {
        List<SentenceView> out = new ArrayList<>();
        int from = s.range().start();
        int end = s.range().end();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '；' || c == ';') {
                addIfTelling(out, s, from, i + 1);
                from = i + 1;
            }
        }
        if (from < end) {
            addIfTelling(out, s, from, end);
        }
        return out;
    }

    private void addIfTelling(List<SentenceView> out, Sentence s, int from, int to) {
        List<Hit> within = hitsWithin(from, to);
        boolean kindWord = false;
        for (Hit h : within) {
            kindWord |= !h.word().kind().equals(ANY_KIND);
        }
        if (kindWord || !within.isEmpty() && RoundWords.mayHoldRound(text, from, to)) {
            out.add(new SentenceView(this, s, from, to, within));
        }
    }

    /**
     * The publication date of the article holding {@code offset}: the structure step's, else the
     * first full date in the article's first {@value #DATELINE_SPAN} characters (a dateline
     * inside the first paragraph, {@code （2025年12月1日）内地…}).
     */
    Optional<java.time.LocalDate> published(int offset) {
        Optional<java.time.LocalDate> stated = ctx.publishedAt(offset);
        if (stated.isPresent()) {
            return stated;
        }
        int articleStart = ctx.structure().articles().get(ctx.structure().articleAt(offset)).range().start();
        for (DateMention d : within(dates, articleStart, Math.min(text.length(), articleStart + DATELINE_SPAN))) {
            if (d.value().isPresent() && d.value().get().granularity() == org.zhnews.core.mention.DateGranularity.DAY
                    && !d.relative()) {
                return Optional.of(d.value().get().start());
            }
        }
        return Optional.empty();
    }

    /**
     * The last company before the sentence in its article that is not in {@code exclude} nor cited
     * as a source: who {@code 其} and an omitted subject most often refer to.
     */
    Optional<CompanyMention> previous(Sentence sentence, java.util.Collection<CompanyMention> exclude) {
        CompanyMention found = null;
        for (CompanyMention c : within(companies, 0, sentence.range().start())) {
            if (ctx.structure().articleAt(c.start()) == sentence.article() && !exclude.contains(c) && !cited(c)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the company is a news outlet: one of the knowledge base's, or an unlisted name
     * ending in an outlet word ({@code 信报}, {@code 某某日报}, {@code 某某新闻网}).
     */
    private boolean outlet(CompanyMention c) {
        if (c.company().isPresent()) {
            return outlets.contains(c.company().get().id());
        }
        for (Hit h : hitsWithin(c.start(), c.end())) {
            if (h.is("any", "outlet-ending") && h.end() == c.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the company is a stock exchange named as such ({@code 港交所}, {@code 上交所}). */
    boolean exchange(CompanyMention c) {
        for (Hit h : hitsWithin(c.start(), c.end())) {
            if (h.is("ipo", "exchange")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention is cited as a source ({@code 据X报道}, {@code (X讯)}, {@code X记者}). */
    boolean cited(CompanyMention c) {
        String before = text.substring(Math.max(0, c.start() - 1), c.start());
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 4));
        if (before.equals("据") || DATELINE_AFTER.matcher(text.substring(c.end(),
                Math.min(text.length(), c.end() + DATELINE_REACH))).lookingAt()) {
            return true;
        }
        for (String w : SOURCE_AFTER) {
            if (after.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What 开源/闭源 standing within a few characters of any mention of the model (same family,
     * version and variant: LanTu-3-Mini is another model than LanTu-3) or near the end of a list
     * it opens ({@code 像Qwen3和DeepSeek-R1这样的开源模型}) says; empty when no such word stands near
     * one. One pass over the models per document.
     */
    Optional<Boolean> openSource(ModelMention m) {
        if (openSource == null) {
            openSource = new HashMap<>();
            for (int k = 0; k < models.size(); k++) {
                ModelMention other = models.get(k);
                int listEnd = listEnd(k);
                for (Hit h : hitsWithin(Math.max(0, other.start() - OPEN_REACH), Math.min(text.length(), listEnd + OPEN_REACH))) {
                    if (h.is("model_release", "open-source") && !governsNext(h, other)) {
                        openSource.putIfAbsent(modelKey(other), Boolean.parseBoolean(h.value()));
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(openSource.get(modelKey(m)));
    }

    /**
     * The end of the list of models the {@code k}-th one opens ({@code Qwen3和DeepSeek-R1这样的开源模型}):
     * models joined by 、, 和, 与, 及 or a comma, at most {@value #MAX_LIST} of them.
     */
    private int listEnd(int k) {
        int end = models.get(k).end();
        for (int j = k + 1; j < models.size() && j <= k + MAX_LIST; j++) {
            String gap = text.substring(end, Math.max(end, models.get(j).start()));
            if (models.get(j).start() < end || !LIST_GLUE.matcher(gap).matches()) {
                break;
            }
            end = models.get(j).end();
        }
        return end;
    }

    private static final int MAX_LIST = 6;
    private static final java.util.regex.Pattern LIST_GLUE = java.util.regex.Pattern.compile("\\s*[、和与及,，]\\s*");

    /** Whether the word after {@code m} is the verb of the next model ({@code X），并同步开源轻量版Y}). */
    private boolean governsNext(Hit word, ModelMention m) {
        if (word.start() < m.end()) {
            return false;
        }
        for (int i = firstAtOrAfter(models.size(), k -> models.get(k).start(), word.end()); i < models.size()
                && models.get(i).start() < word.end() + OPEN_REACH; i++) {
            if (models.get(i) != m) {
                return true;
            }
        }
        return false;
    }

    private static String modelKey(ModelMention m) {
        return m.model().family() + "\u0000" + m.model().version().orElse("") + "\u0000" + m.model().variant().orElse("");
    }

    /** The parts of two to four characters of the companies' names (shorter than the name); built on first use. */
    private java.util.Set<String> companyNameParts;
    private static final int MAX_PART = 4;

    /**
     * Whether {@code part} (two to {@value #MAX_PART} characters) is written inside a longer company
     * name of the document ({@code 华鼎} in {@code 华鼎电脑}). One pass over the names on first use.
     */
    boolean insideCompanyName(String part) {
        if (part.length() < 2 || part.length() > MAX_PART) {
            return false;
        }
        if (companyNameParts == null) {
            companyNameParts = new java.util.HashSet<>();
            for (CompanyMention c : companies) {
                String name = text.substring(c.start(), c.end());
                for (int len = 2; len <= MAX_PART && len < name.length(); len++) {
                    for (int i = 0; i + len <= name.length(); i++) {
                        companyNameParts.add(name.substring(i, i + len));
                    }
                }
            }
        }
        return companyNameParts.contains(part);
    }

    /**
     * The article's main company: the id named most often in the article's first sentences
     * and its body (the earliest first on a tie), as its first mention; empty when it names none.
     */
    Optional<CompanyMention> subject(int article) {
        return subjects.computeIfAbsent(article, this::mainCompany);
    }

    private Optional<CompanyMention> mainCompany(int article) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, CompanyMention> first = new HashMap<>();
        for (CompanyMention c : companies) {
            if (ctx.structure().articleAt(c.start()) != article || cited(c)) {
                continue;
            }
            String id = c.id().orElse(c.name());
            counts.merge(id, 1, Integer::sum);
            first.putIfAbsent(id, c);
        }
        return first.values().stream()
                .max(Comparator.<CompanyMention>comparingInt(c -> counts.get(c.id().orElse(c.name())))
                        .thenComparing(c -> -c.start()));
    }
}
