/**
 * The company extractor: names of the knowledge base linked to their company (common-word
 * names only with evidence), and optionally companies it does not know (unlinked). Immutable
 * and thread-safe; the word lists are resource files next to the classes.
 */
package org.zhnews.extract.company;
