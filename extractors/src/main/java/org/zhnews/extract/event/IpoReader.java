package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.Ipo;
import org.zhnews.core.event.IpoStatus;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Listings: a listing word ({@code 递表}, {@code 过会}, {@code 招股}, {@code 挂牌上市}) that is not
 * part of another word ({@code 上市公司}, {@code 上市的}) gives one event per sentence. Words told
 * as done come before words told as intended ({@code 递交招股书，拟在主板上市}: filed), then the
 * first word with an actor before it; the actor is no exchange and no sponsor or underwriter,
 * else the article's main company (never for a weak word such as {@code IPO} alone). The
 * exchange is the most specific named (科创板 over 上交所, an exchange over a board); the amount
 * the money after {@code 募资}/{@code 集资}, also in a later sentence of the same article that
 * only tells the raise. One reader per document: it remembers the article's last listing.
 */
final class IpoReader {

    private static final int RAISE_REACH = 12;
    /** Words before a listing word in its clause that make it an intention, not a step taken. */
    private static final Pattern INTENDED = Pattern.compile("(拟|计划|将|申请|寻求|冲刺|准备|筹备|预计|有望|最快|争取|打算)");
    /** Words after a company that make it an adviser of the listing, not the company listing. */
    private static final Pattern ADVISER = Pattern.compile(
            "^[)）]?(为|担任|作为|出任|是)?(独家|联席|主要|其)?(保荐人|保荐机构|承销商|包销商|财务顾问|顾问|账簿管理人|协调人|券商)");
    /** Words before a company that make it an adviser of the listing ({@code 保荐人为X}). */
    private static final Pattern ADVISER_BEFORE = Pattern.compile("(保荐人|保荐机构|承销商|包销商|顾问|协调人|券商)(为|是|包括)?$");
    /** Verbs that submit a listing document. */
    private static final Pattern SUBMIT = Pattern.compile("(递交|提交|呈交|提呈|送交|递表|呈递)");
    private CompanyMention lastCompany;
    private int lastArticle = -1;

    List<Event> read(SentenceView s) {
        if (s.sentence.article() != lastArticle) {
            lastArticle = s.sentence.article();
            lastCompany = null;
        }
        List<Hit> triggers = triggers(s);
        if (triggers.isEmpty()) {
            return raiseOnly(s);
        }
        List<CompanyMention> notListing = new ArrayList<>();
        for (CompanyMention c : s.companies) {
            if (s.covered("ipo", "exchange", c.start(), c.end()) || ADVISER.matcher(s.gap(c.end(), c.end() + 10)).find()
                    || ADVISER_BEFORE.matcher(s.gap(c.start() - 6, c.start())).find()) {
                notListing.add(c);
            }
        }
        Hit trigger = null;
        boolean triggerIntended = true;
        Optional<CompanyMention> company = Optional.empty();
        for (Hit h : triggers) {
            Optional<CompanyMention> actor = CompanyRuns.subjectBefore(s, h.start(), notListing);
            boolean intended = INTENDED.matcher(s.gap(s.clauseAt(h.start()).range().start(), h.start())).find();
            if (trigger == null || triggerIntended && !intended || company.isEmpty() && actor.isPresent()
                    && intended == triggerIntended) {
                trigger = h;
                triggerIntended = intended;
                company = actor;
            }
        }
        if (company.isEmpty() && trigger.value().equals("weak")) {
            return List.of();
        }
        company = company.or(() -> Optional.ofNullable(lastCompany))
                .or(() -> s.doc.subject(s.sentence.article()).filter(c -> !notListing.contains(c) && !s.doc.exchange(c)));
        if (company.isEmpty()) {
            return List.of();
        }
        lastCompany = company.get();
        IpoStatus status = switch (trigger.value()) {
            case "approved" -> IpoStatus.APPROVED;
            case "priced" -> IpoStatus.PRICED;
            case "listed" -> IpoStatus.LISTED;
            default -> IpoStatus.FILED; // filed, weak
        };
        if (status == IpoStatus.LISTED && APPROVAL_BEFORE.matcher(s.gap(s.clauseAt(trigger.start()).range().start(),
                trigger.start())).find()) {
            status = IpoStatus.APPROVED; // 获证券委员会批准在主板上市: approved, not yet listed
        }
        return List.of(new Ipo(s.doc.ctx.span(trigger.start(), trigger.end()), s.sentence.index(),
                Modalities.of(s, trigger.start()), company.get(), exchange(s), raised(s), Optional.of(status)));
    }

    /** A sentence that only tells the raise of the article's last listing ({@code 此次集资4500万令吉}). */
    private List<Event> raiseOnly(SentenceView s) {
        Optional<MoneyMention> raised = raised(s);
        if (lastCompany == null || raised.isEmpty()) {
            return List.of();
        }
        Hit word = s.hits("ipo", "raise").get(0);
        return List.of(new Ipo(s.doc.ctx.span(word.start(), word.end()), s.sentence.index(), Modalities.of(s, word.start()),
                lastCompany, exchange(s), raised, Optional.empty()));
    }

    /**
     * The listing words of the sentence, in order: triggers not suppressed nor inside a longer
     * one, and filing documents ({@code 招股书}, {@code 上市申请}) with a submitting verb before
     * them in their clause ({@code 向新交所提交主板上市的初步招股书}), which read as filed.
     */
    private static List<Hit> triggers(SentenceView s) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : s.hits) {
            if (h.is("ipo", "trigger") && !s.suppressed("ipo", h) && !s.inLongerTrigger(h) && !attributive(s, h)) {
                out.add(h);
            } else if (h.is("ipo", "document")
                    && SUBMIT.matcher(s.gap(s.clauseAt(h.start()).range().start(), h.start())).find()) {
                out.add(new Hit(h.start(), h.end(), new EventWord(h.word().word(), "ipo", "trigger", "filed")));
            }
        }
        return out;
    }

    /**
     * Whether the word describes a company as listed rather than telling a listing: it opens its
     * clause, after a market at most ({@code 港股上市软件服务商「X」}, {@code 本地上市科技股X}), and a
     * noun follows it, not a word that goes on with the listing ({@code 上市首日}, {@code 上市申请}).
     */
    private static boolean attributive(SentenceView s, Hit h) {
        if (!h.word().word().equals("上市") || h.end() >= s.end) {
            return false;
        }
        String before = s.gap(s.clauseAt(h.start()).range().start(), h.start())
                .replaceAll("【[^】]*】|（[^）]*）|\\([^)]*\\)|\\s", "");
        char next = s.doc.text.charAt(h.end());
        return MARKET.matcher(before).matches() && (Character.isLetter(next))
                && !LISTING_GOES_ON.matcher(s.doc.text.substring(h.end(), Math.min(s.end, h.end() + 2))).lookingAt();
    }

    /** Words before a listing word in its clause that make it an approval ({@code 获X批准在主板上市}). */
    private static final Pattern APPROVAL_BEFORE = Pattern.compile("批准|获准|核准|审议通过|通过[^，,。]{0,12}审议");

    /** What may stand before an attributive 上市 in its clause: nothing, or a market. */
    private static final Pattern MARKET = Pattern.compile("(港股|A股|美股|本地|主板|创业板|科创板|新加坡|马股|台股|上柜|上市柜|已)?");
    /** Words after 上市 that go on with a listing. */
    private static final Pattern LISTING_GOES_ON = Pattern.compile("首|当|交|申|计|以|后|了|的|仪|时|前|之|并|地|及|和|与|进|审|聆|辅|招|挂|日|满|将|已|在|于|.?周年");

    /**
     * The exchange named in the sentence: the STAR market first (科创板 over 上交所), then an
     * exchange, then a board's default exchange ({@code board:SZSE} for 创业板).
     */
    private static Optional<String> exchange(SentenceView s) {
        String exchange = null;
        String board = null;
        for (Hit h : s.hits("ipo", "exchange")) {
            String v = h.value();
            if (v.equals("STAR")) {
                return Optional.of(v);
            } else if (v.startsWith("board:")) {
                board = board == null ? v.substring("board:".length()) : board;
            } else if (!v.equals("-") && exchange == null) {
                exchange = v;
            }
        }
        return Optional.ofNullable(exchange != null ? exchange : board);
    }

    private static Optional<MoneyMention> raised(SentenceView s) {
        for (Hit h : s.hits("ipo", "raise")) {
            Optional<MoneyMention> m = SentenceView.firstAfter(s.money, h.end(), s.end)
                    .filter(x -> x.start() - h.end() <= RAISE_REACH && x.equivalentOf().isEmpty());
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }
}
