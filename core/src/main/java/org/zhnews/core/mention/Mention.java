package org.zhnews.core.mention;

/**
 * Something an extractor found in a document: a company, an AI model, an amount of money, a
 * metric. Every mention carries its {@link Span} in both the normalized and the original text;
 * {@code document.original().substring(originalStart(), originalEnd())} equals {@link #text()}.
 * Mentions are immutable records.
 */
public sealed interface Mention
        permits CompanyMention, ModelMention, MoneyMention, MetricMention, DateMention {

    /** Where the mention stands. */
    Span span();

    /** The type name used in the JSON contract: {@code company}, {@code model}, ... */
    String type();

    /** The surface as it stands in the original input. */
    default String text() {
        return span().text();
    }

    /** Start in the normalized text. */
    default int start() {
        return span().start();
    }

    /** Exclusive end in the normalized text. */
    default int end() {
        return span().end();
    }

    /** Start in the original input. */
    default int originalStart() {
        return span().originalStart();
    }

    /** Exclusive end in the original input. */
    default int originalEnd() {
        return span().originalEnd();
    }
}
