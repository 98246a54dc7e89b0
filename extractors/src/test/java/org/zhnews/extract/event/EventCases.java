package org.zhnews.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Input;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventRoles;
import org.zhnews.core.event.Ratio;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.MoneyMention;

/**
 * Runs invented news sentences through the default pipeline and states what their events must
 * be; failure messages list every event of the document with its roles.
 */
final class EventCases {

    private EventCases() {
    }

    /** The document of {@code text} published on {@code published} (ISO date), by the default pipeline. */
    static Document analyze(String text, String published) {
        return ZhNews.pipeline().analyze(Input.text(text).withPublished(LocalDate.parse(published)));
    }

    /** The document of {@code text} with no publication date given (a dateline may give one). */
    static Document analyze(String text) {
        return ZhNews.pipeline().analyze(text);
    }

    /** The one event of {@code type} in {@code doc}; fails when there are none or several. */
    static <T extends Event> T only(Document doc, Class<T> type) {
        List<T> found = doc.events(type);
        assertEquals(1, found.size(), () -> "one " + type.getSimpleName() + " expected in " + describe(doc));
        return found.get(0);
    }

    /** Fails unless {@code doc} has no event of {@code type}. */
    static void none(Document doc, Class<? extends Event> type) {
        assertTrue(doc.events(type).isEmpty(), () -> "no " + type.getSimpleName() + " expected in " + describe(doc));
    }

    /** The canonical names of companies, in order. */
    static List<String> names(List<CompanyMention> companies) {
        return companies.stream().map(CompanyMention::name).toList();
    }

    /** The canonical name of an optional company, or {@code null}. */
    static String name(Optional<CompanyMention> company) {
        return company.map(CompanyMention::name).orElse(null);
    }

    /** Fails unless {@code money} is present with exactly {@code amount} in {@code currency}. */
    static void assertMoney(String amount, String currency, Optional<MoneyMention> money, Document doc) {
        assertTrue(money.isPresent(), () -> amount + " " + currency + " expected in " + describe(doc));
        assertEquals(0, new BigDecimal(amount).compareTo(money.get().amount().orElseThrow()),
                () -> "amount " + amount + " expected: " + describe(doc));
        assertEquals(currency, money.get().currency(), () -> describe(doc));
    }

    /** Fails unless {@code ratio} is present with the value {@code fraction}. */
    static void assertFraction(String fraction, Optional<Ratio> ratio, Document doc) {
        assertTrue(ratio.isPresent(), () -> "fraction " + fraction + " expected in " + describe(doc));
        assertEquals(0, new BigDecimal(fraction).compareTo(ratio.get().fraction()),
                () -> "fraction " + fraction + " expected: " + describe(doc));
    }

    /** The document's events, one a line, with their triggers and filled roles. */
    static String describe(Document doc) {
        if (doc.events().isEmpty()) {
            return "a document with no events; companies " + names(doc.companies());
        }
        return doc.events().stream().map(EventCases::describe).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    static String describe(Event e) {
        return e.kind().jsonName() + " '" + e.trigger().text() + "' " + e.modality().jsonName()
                + " roles " + EventRoles.of(e).stream().map(r -> r.role() + "=" + r.span().text()).toList();
    }
}
