package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.PersonnelChange;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;

/**
 * People moves: a move word ({@code 加入}, {@code 离职}, {@code 出任}) and the person it is
 * about: the names before it in its clause, else the first after it in its clause
 * ({@code 任命张三为CEO}). The company and post: see {@link PersonnelRoles}; a person replaced
 * ({@code 接替李四}) without a post of their own leaves the post the successor takes, and a
 * successor told with {@code 职务由X接任} takes the post and company of the one who left.
 * Stateless apart from its shared, thread-safe name finder.
 */
final class PersonnelReader {

    /** What may open a clause before its move word when the subject is carried over (并, 随后, 于8月). */
    private static final java.util.regex.Pattern BARE_CLAUSE =
            java.util.regex.Pattern.compile("[并再又已也随后将于同时即正式0-9月日年底初中]{0,6}");
    /** Words before a successor that make the post the one just left ({@code 职务由X接任}). */
    private static final java.util.regex.Pattern TAKES_OVER =
            java.util.regex.Pattern.compile("(职务|职位|职责|一职|其职)由");
    private final PersonNames names;

    PersonnelReader(PersonNames names) {
        this.names = names;
    }

    List<Event> read(SentenceView s) {
        List<Hit> triggers = new ArrayList<>();
        for (Hit h : s.hits("personnel", "trigger")) {
            if (!s.inLongerTrigger(h)) {
                triggers.add(h);
            }
        }
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Mention> taken = new ArrayList<>(s.companies);
        taken.addAll(s.models);
        List<PersonNames.Name> people = new ArrayList<>();
        for (Hit t : s.hits("personnel", "title")) {
            names.afterPost(s.doc.text, t.end(), s.end)
                    .filter(n -> taken.stream().noneMatch(m -> m.start() < n.end() && n.start() < m.end()))
                    .ifPresent(people::add);
        }
        for (PersonNames.Name n : names.find(s.doc.text, s.start, s.end, taken)) {
            if (s.hits("personnel", "title").stream().noneMatch(t -> t.start() < n.end() && n.start() < t.end())
                    && people.stream().noneMatch(p -> p.start() < n.end() && n.start() < p.end())) {
                people.add(n);
            }
        }
        people.removeIf(n -> partOfACompanyName(s, n));
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (people.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (Hit h : triggers) {
            List<PersonNames.Name> movers = persons(s, h, people);
            for (PersonNames.Name p : movers) {
                PersonnelChange change = switch (h.value()) {
                    case "join" -> PersonnelChange.JOIN;
                    case "leave" -> PersonnelChange.LEAVE;
                    default -> PersonnelRoles.fromOutside(s, p) ? PersonnelChange.JOIN : PersonnelChange.APPOINT;
                };
                add(s, h, p, change, out, done);
            }
            if (h.value().equals("replace") && !movers.isEmpty()) {
                int before = out.size();
                after(s, h, people).ifPresent(p -> add(s, h, p, PersonnelChange.LEAVE, out, done));
                if (out.size() > before && before > 0) {
                    out.set(before, withPost((Personnel) out.get(before), (Personnel) out.get(before - 1)));
                }
            }
        }
        return successors(s, out);
    }

    /**
     * Whether the name is written inside a company's name elsewhere in the document ({@code 华鼎}
     * of {@code 华鼎电脑}, {@code 启元智} of {@code 启元智算}): a short form of the company, no person.
     */
    private static boolean partOfACompanyName(SentenceView s, PersonNames.Name n) {
        return Character.isIdeographic(n.text().codePointAt(0)) && s.doc.insideCompanyName(n.text());
    }

    /** The one replaced: the successor's company, and the successor's post where it names none of its own. */
    private static Personnel withPost(Personnel e, Personnel from) {
        return new Personnel(e.trigger(), e.sentence(), e.modality(), e.person(), from.company().or(e::company),
                e.role().or(from::role), e.change());
    }

    /**
     * A successor told with {@code (其)职务由X接任}: the post and company are those of the person
     * who leaves before it in the sentence.
     */
    private static List<Event> successors(SentenceView s, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        Personnel left = null;
        for (int i = 0; i < out.size(); i++) {
            Personnel e = (Personnel) out.get(i);
            if (e.change() == PersonnelChange.LEAVE) {
                left = left == null ? e : left;
            } else if (left != null && TAKES_OVER.matcher(s.gap(s.clauseAt(e.person().span().start()).range().start(),
                    e.person().span().start())).find()) {
                out.set(i, new Personnel(e.trigger(), e.sentence(), e.modality(), e.person(),
                        left.company().or(e::company), left.role().or(e::role), e.change()));
            }
        }
        return out;
    }

    private void add(SentenceView s, Hit h, PersonNames.Name p, PersonnelChange change, List<Event> out,
                     List<String> done) {
        if (done.contains(p.text() + change)) {
            return;
        }
        done.add(p.text() + change);
        out.add(new Personnel(s.doc.ctx.span(h.start(), h.end()), s.sentence.index(),
                Modalities.of(s, h.start()), PersonnelRoles.asWritten(s, p.start(), p.end()),
                PersonnelRoles.company(s, h, p, change), PersonnelRoles.post(s, h, p, change), change));
    }

    /**
     * The people a move word is about: every name before it in its clause, a list cut by 、 counting
     * as one ({@code 张楠、齐俊元均转岗});
     * without one, the first name after it in its clause ({@code 任命张三为CEO}).
     */
    private static List<PersonNames.Name> persons(SentenceView s, Hit h, List<PersonNames.Name> people) {
        var clause = s.clauseAt(h.start()).range();
        int from = clause.start();
        while (from > s.start && s.doc.text.charAt(from - 1) == '、') { // 张楠、齐俊元均转岗: one list, two clauses
            from = s.clauseAt(from - 2).range().start();
        }
        List<PersonNames.Name> before = new ArrayList<>();
        for (PersonNames.Name n : people) {
            if (n.end() <= h.start() && n.start() >= from && !movedBy(s, n, h)) {
                before.add(n);
            }
        }
        if (!before.isEmpty()) {
            return before;
        }
        Optional<PersonNames.Name> next = h.value().equals("replace") ? Optional.empty() : after(s, h, people);
        if (next.isPresent()) {
            return List.of(next.get());
        }
        // 离开OpenAI，加入Anthropic: a clause that opens with its move word has the subject of the one before
        if (!BARE_CLAUSE.matcher(s.gap(clause.start(), h.start())).matches()) {
            return List.of();
        }
        PersonNames.Name carried = null;
        for (PersonNames.Name n : people) {
            if (n.end() <= clause.start()) {
                carried = n;
            }
        }
        return carried == null ? List.of() : List.of(carried);
    }

    /** Whether another move word stands between the name and {@code h} (张三接替李四出任CEO: 李四 is 接替's). */
    private static boolean movedBy(SentenceView s, PersonNames.Name n, Hit h) {
        for (Hit o : s.hits("personnel", "trigger")) {
            if (o.start() >= n.end() && o.end() <= h.start() && o.value().equals("replace")) {
                return true;
            }
        }
        return false;
    }

    /** The first name after the move word in its clause. */
    private static Optional<PersonNames.Name> after(SentenceView s, Hit h, List<PersonNames.Name> people) {
        int clauseEnd = s.clauseAt(h.start()).range().end();
        for (PersonNames.Name n : people) {
            if (n.start() >= h.end() && n.end() <= clauseEnd) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
