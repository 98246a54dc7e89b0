/**
 * Mentions: what extractors find, as immutable records. Each has a {@link
 * org.zhnews.core.mention.Span} in both texts of its document and a {@link
 * org.zhnews.core.mention.MentionKind}: the built-in company, model, money, metric and date
 * records, or a {@link org.zhnews.core.mention.CustomMention} for a user's own kind; and the
 * values they link to ({@link org.zhnews.core.mention.Company}, {@link
 * org.zhnews.core.mention.AiModel}, {@link org.zhnews.core.mention.DateValue}, ...).
 */
package org.zhnews.core.mention;
