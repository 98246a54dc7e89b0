/**
 * The event step: {@link org.zhnews.extract.event.EventExtractor} reads funding rounds,
 * acquisitions, listings, model releases, earnings and people moves from a document's
 * sentences, after the extractors, filling their roles with the document's mentions. Its
 * trigger and role words are the reviewable {@code event-words.tsv}.
 */
package org.zhnews.extract.event;
