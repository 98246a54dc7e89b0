package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhnews.core.event.PersonnelChange;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.text.fold.CharFold;

/**
 * The company, post and kind of a people move, and names and posts as written. A company
 * introduced as a former employer ({@code 前Google研究员}, {@code 曾任美光副总裁}, {@code 来自X}) is
 * not the one joined. Stateless.
 */
final class PersonnelRoles {

    /** Words just before a company that make it a former employer. */
    private static final Pattern FORMER_BEFORE = Pattern.compile("(前|原|曾任|曾在|曾于|来自|出身|此前在|此前于|曾是)\\s*$");
    /** Words just after a company that make it a former employer (X前CEO). */
    private static final Pattern FORMER_AFTER = Pattern.compile("^[^,，。;；、]{0,14}?(前|原|旧)");
    /** Posts that say little when a more specific one stands in the same clause. */
    private static final List<String> GENERIC_POSTS = List.of("负责人", "创始人", "合伙人", "董事", "研究员");
    private static final int FORMER_REACH = 4;
    /** Words before a post that make it a former one. */
    private static final Pattern FORMER_POST = Pattern.compile("(前|原|曾任|曾是|昔日)");
    private static final int FORMER_AFTER_REACH = 16;
    /** How far before the person a company and post may stand to be the person's own employer. */
    private static final int OWN_REACH = 14;
    /** What links a name to its new post ({@code 委任X为总裁}, {@code X出任CTO}). */
    private static final Pattern TO_POST = Pattern.compile("^(为|出任|担任|接任|任|升任)");
    private static final CharFold AS_WRITTEN = CharFold.keepingCase();

    private PersonnelRoles() {
    }

    /** The original surface of {@code [start, end)} in simplified characters (no regional rewording: 技术长 stays). */
    static TextRole asWritten(SentenceView s, int start, int end) {
        var span = s.doc.ctx.span(start, end);
        return new TextRole(AS_WRITTEN.fold(span.text()), span);
    }

    /**
     * Whether the company is introduced as a former employer in its sentence: a former word just
     * before it, or after it before any move word ({@code 美光科技新加坡厂区前副总裁}).
     */
    static boolean former(SentenceView s, CompanyMention c) {
        if (FORMER_BEFORE.matcher(s.gap(c.start() - FORMER_REACH, c.start())).find()) {
            return true;
        }
        var m = FORMER_AFTER.matcher(s.gap(c.end(), c.end() + FORMER_AFTER_REACH));
        if (!m.find()) {
            return false;
        }
        int at = c.end() + m.start(1);
        for (Hit h : s.hits("personnel", "trigger")) {
            if (h.start() >= c.end() && h.start() < at) {
                return false; // 腾讯任命前阿里副总裁: 前 belongs to the person moved
            }
        }
        return true;
    }

    /**
     * The person's own employer, written before the post right before the name
     * ({@code 现任Shopee台湾区总经理林怡君}), none introduced as former.
     */
    static Optional<CompanyMention> ownEmployer(SentenceView s, PersonNames.Name p) {
        int clauseStart = s.clauseAt(p.start()).range().start();
        Optional<CompanyMention> c = SentenceView.lastBefore(s.companies, clauseStart, p.start())
                .filter(x -> p.start() - x.end() <= OWN_REACH && !former(s, x) && !CompanyRuns.isSource(s, x));
        if (c.isEmpty()) {
            return c;
        }
        for (Hit t : s.hits("personnel", "title")) {
            if (t.start() >= c.get().end() && t.end() <= p.start() && p.start() - t.end() <= 2) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the person comes from outside: introduced by a former employer named in the clause
     * ({@code 前联昌国际投资银行总裁X}: 前 then at least two characters then a post before the name).
     */
    static boolean fromOutside(SentenceView s, PersonNames.Name p) {
        int clauseStart = s.clauseAt(p.start()).range().start();
        for (CompanyMention c : s.companies) {
            if (c.start() >= clauseStart && c.end() <= p.start() && former(s, c)) {
                return true;
            }
        }
        String before = s.gap(clauseStart, p.start());
        int former = before.lastIndexOf('前');
        if (former < 0) {
            return false;
        }
        for (Hit t : s.hits("personnel", "title")) {
            if (t.start() >= clauseStart + former + 3 && t.end() <= p.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The company of a move: for a leave, the one left (离开X, 从X离职, X的CEO张三离职); else the
     * one after the move word in its clause (加入X, 出任X公司CEO), else for an appointment the
     * person's own employer ({@link #ownEmployer}), else the first company of the
     * sentence that is no former employer, else the last company before the sentence, else the
     * article's main company.
     */
    static Optional<CompanyMention> company(SentenceView s, Hit h, PersonNames.Name p, PersonnelChange change) {
        Optional<CompanyMention> after = CompanyRuns.objectAfter(s, h.end());
        if (change == PersonnelChange.LEAVE) {
            after = after.filter(c -> c.start() - h.end() <= 1);
            Optional<CompanyMention> between = SentenceView.lastBefore(s.companies, p.end(), h.start());
            return after.or(() -> between).or(() -> SentenceView.lastBefore(s.companies, s.start, p.start()))
                    .or(() -> s.doc.subject(s.sentence.article()));
        }
        List<CompanyMention> formers = new ArrayList<>();
        for (CompanyMention c : s.companies) {
            if (former(s, c)) {
                formers.add(c);
            }
        }
        Optional<CompanyMention> own = change == PersonnelChange.APPOINT ? ownEmployer(s, p) : Optional.empty();
        return after.filter(c -> !formers.contains(c))
                .or(() -> own)
                .or(() -> CompanyRuns.subjectBefore(s, p.start(), formers))
                .or(() -> s.doc.previous(s.sentence, formers))
                .or(() -> s.doc.subject(s.sentence.article()).filter(c -> formers.stream()
                        .noneMatch(f -> f.id().equals(c.id()))));
    }

    /**
     * The post: for a join or appointment the first post after the move word in its clause (出任CTO,
     * 为新任首席执行员), a specific one before a generic one; for a leave, or without one after, the
     * post just before the name ({@code 总裁兼首席执行官林文发}).
     */
    static Optional<TextRole> post(SentenceView s, Hit h, PersonNames.Name p, PersonnelChange change) {
        int clauseEnd = s.clauseAt(h.start()).range().end();
        Hit best = null;
        if (change != PersonnelChange.LEAVE) {
            boolean linked = TO_POST.matcher(s.gap(p.end(), p.end() + 2)).find();
            int from = linked && p.start() >= h.end() ? p.end() : h.end();
            int to = clauseEnd;
            if (clauseEnd < s.end && TO_POST.matcher(s.gap(clauseEnd, clauseEnd + 2)).find()) {
                to = s.clauseAt(clauseEnd).range().end(); // 加盟智谱，出任首席科学家
            }
            for (Hit t : s.hits("personnel", "title")) {
                if (t.start() >= from && t.end() <= to && better(t, best)) {
                    best = t;
                }
            }
            if (best == null) {
                best = postBefore(s, p, true);
            }
        } else {
            best = postBefore(s, p, false);
        }
        return Optional.ofNullable(best).map(t -> asWritten(s, t.start(), t.end()));
    }

    /**
     * The post just before the name ({@code 总裁兼首席执行官林文发}); for a join or appointment,
     * none introduced as former ({@code 前阿里巴巴副总裁林志远} names his old post).
     */
    private static Hit postBefore(SentenceView s, PersonNames.Name p, boolean newPost) {
        int clauseStart = s.clauseAt(p.start()).range().start();
        Hit best = null;
        for (Hit t : s.hits("personnel", "title")) {
            if (t.end() <= p.start() && p.start() - t.end() <= 6 && (best == null || t.end() > best.end()
                    || t.end() == best.end() && t.start() < best.start())) {
                best = t;
            }
        }
        if (best != null && newPost && FORMER_POST.matcher(s.gap(clauseStart, best.start())).find()) {
            return null;
        }
        return best;
    }

    /** Whether post {@code t} should replace {@code best}: earlier, longer at the same place, or specific over generic. */
    private static boolean better(Hit t, Hit best) {
        if (best == null) {
            return true;
        }
        boolean tGeneric = GENERIC_POSTS.contains(t.word().word());
        boolean bestGeneric = GENERIC_POSTS.contains(best.word().word());
        if (tGeneric != bestGeneric) {
            return bestGeneric;
        }
        return t.start() < best.start() || t.start() == best.start() && t.end() > best.end();
    }
}
