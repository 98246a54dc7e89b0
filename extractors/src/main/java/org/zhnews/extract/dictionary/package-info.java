/**
 * Dictionary matching for the extractors: an Aho-Corasick automaton over folded text with
 * Latin word boundaries. Internal: public because the knowledge base and the company and
 * model extractors in neighbouring packages use it; not part of the API.
 */
package org.zhnews.extract.dictionary;
