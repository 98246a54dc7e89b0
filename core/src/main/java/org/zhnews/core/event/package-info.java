/**
 * Events: the business facts a document reports (a funding round, an acquisition, a listing, a
 * model release, an earnings report, a change of people), each an immutable record whose roles
 * refer to the document's mentions ({@link org.zhnews.core.mention.CompanyMention}, {@link
 * org.zhnews.core.mention.MoneyMention}, ...) or, where no mention exists (a person, a role, a
 * period), carry their own {@link org.zhnews.core.event.TextRole}. Found by an {@link
 * org.zhnews.core.event.EventFinder} after the extractors; read with {@code doc.events()}.
 */
package org.zhnews.core.event;
