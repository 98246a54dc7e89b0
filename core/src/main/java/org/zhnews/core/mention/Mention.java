package org.zhnews.core.mention;

/**
 * Something an extractor found in a document: a company, an AI model, an amount of money, a
 * metric, a date, or a mention of a user's own {@link MentionKind kind} ({@link CustomMention}).
 * Every mention carries its {@link Span} in both the normalized and the original text;
 * {@code document.original().substring(originalStart(), originalEnd())} equals {@link #text()}.
 *
 * <p>The interface is sealed: the built-in kinds have a record each, and every other kind is a
 * {@link CustomMention} with attributes, so every mention is one the JSON writer can write.
 * Mentions are immutable records.
 */
public sealed interface Mention
        permits CompanyMention, ModelMention, MoneyMention, MetricMention, DateMention, CustomMention {

    /**
     * Where the mention stands.
     *
     * @return the span, never null
     */
    Span span();

    /**
     * What this mention is: a built-in kind, or a custom kind for a {@link CustomMention}.
     *
     * @return the kind, never null
     */
    MentionKind kind();

    /**
     * The {@link #kind() kind}'s name, as in the JSON {@code type} field: {@code company}, {@code
     * model}, ...
     *
     * @return the kind's name
     */
    default String type() {
        return kind().name();
    }

    /**
     * The surface as it stands in the original input.
     *
     * @return the original surface, {@code span().text()}
     */
    default String text() {
        return span().text();
    }

    /**
     * Start in the normalized text.
     *
     * @return the start offset in the normalized text, in UTF-16 code units
     */
    default int start() {
        return span().start();
    }

    /**
     * Exclusive end in the normalized text.
     *
     * @return one past the last offset in the normalized text
     */
    default int end() {
        return span().end();
    }

    /**
     * Start in the original input.
     *
     * @return the start offset in the original input, in UTF-16 code units
     */
    default int originalStart() {
        return span().originalStart();
    }

    /**
     * Exclusive end in the original input.
     *
     * @return one past the last offset in the original input
     */
    default int originalEnd() {
        return span().originalEnd();
    }
}
