/**
 * One dictionary pass and one arbiter for every name of a knowledge base: the {@link
 * org.zhnews.extract.lexicon.Lexicon} finds all company, product, outlet, investor, institution
 * and model names of a document in one automaton pass; the {@link
 * org.zhnews.extract.lexicon.Arbiter} decides what each span is (company, product, institution,
 * model, or a common word), once per document, with a {@link org.zhnews.extract.lexicon.Reason}
 * for each {@link org.zhnews.extract.lexicon.Decision}. The company and model extractors report
 * its decisions.
 */
package org.zhnews.extract.lexicon;
