package org.zhnews.extract.lexicon;

import org.zhnews.extract.knowledge.KnowledgeBase;

import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Finds every dictionary name of a {@link KnowledgeBase} in a text in one automaton pass: the
 * knowledge base's one dictionary ({@link KnowledgeBase#names()}: company, product, outlet,
 * investor and institution names, model family names and short forms, built once per
 * knowledge base), split by kind into {@link NameHits}. Counts its passes, so a test can check
 * that a pipeline makes one pass per document.
 *
 * <p>Immutable apart from the counter and thread-safe; share one instance.
 */
public final class Lexicon {

    private final KnowledgeBase kb;
    private final LongAdder passes = new LongAdder();

    private Lexicon(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "knowledgeBase");
    }

    /**
     * The lexicon over the names of {@code kb}.
     *
     * @param kb the knowledge base
     * @return a new lexicon with its pass count at 0
     * @throws NullPointerException if {@code kb} is null
     */
    public static Lexicon of(KnowledgeBase kb) {
        return new Lexicon(kb);
    }

    /**
     * The knowledge base whose names it finds.
     *
     * @return the knowledge base
     */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Every name in {@code text}: one pass of the automaton.
     *
     * @param text the text
     * @return the names found, split by kind
     */
    public NameHits scan(CharSequence text) {
        Objects.requireNonNull(text, "text");
        passes.increment();
        return NameHits.of(text, kb.names().findAll(text));
    }

    /**
     * How many passes {@link #scan} has made so far, over all threads.
     *
     * @return the number of passes
     */
    public long passes() {
        return passes.sum();
    }
}
