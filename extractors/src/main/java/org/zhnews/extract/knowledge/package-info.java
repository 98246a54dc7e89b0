/**
 * The knowledge base the company and model extractors link to: companies and AI model
 * families with all their surfaces, from reviewed resource files, extensible with entries of
 * your own ({@link org.zhnews.extract.knowledge.KnowledgeBase#builder()}). Immutable and
 * thread-safe.
 */
package org.zhnews.extract.knowledge;
