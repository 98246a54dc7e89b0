package org.zhnews.core.structure;

import java.util.List;
import java.util.Objects;
import org.zhnews.core.offset.TextRange;

/**
 * One sentence of a document. The sentences of a document cover its normalized text in order,
 * without gaps or overlaps, and so do their original ranges over the original input: the white
 * space after a sentence, and text the normalizers removed between two sentences, belong to
 * the sentence before. A sentence never crosses an article boundary. Segmentation rules: see
 * {@link org.zhnews.text.sentence.SentenceSegmenter}. Immutable.
 *
 * @param index         its position in the document's sentences, from 0
 * @param range         where it stands in the normalized text
 * @param originalRange where it stands in the original input
 * @param clauses       its clauses, covering it in order in both texts (at least one)
 * @param article       the index of the article it belongs to
 */
public record Sentence(int index, TextRange range, TextRange originalRange, List<Clause> clauses, int article) {

    /**
     * @param index         its position among the document's sentences, from 0
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @param clauses       its clauses, at least one; copied
     * @param article       the index of its article
     * @throws IllegalArgumentException if an index is negative or there is no clause
     */
    public Sentence {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(originalRange, "originalRange");
        clauses = List.copyOf(clauses);
        if (index < 0 || article < 0 || clauses.isEmpty()) {
            throw new IllegalArgumentException("bad sentence " + index + " of article " + article + ": " + clauses);
        }
    }

    /**
     * Whether the normalized offset {@code offset} lies inside this sentence.
     *
     * @param offset an offset in the normalized text
     * @return {@code true} if {@code range().start() <= offset < range().end()}
     */
    public boolean contains(int offset) {
        return offset >= range.start() && offset < range.end();
    }

    /**
     * The clause holding the normalized offset {@code offset}; the last one for the sentence's end.
     *
     * @param offset an offset in the normalized text, inside the sentence or at its end
     * @return the first clause ending after {@code offset}, else the last clause
     */
    public Clause clauseAt(int offset) {
        for (Clause c : clauses) {
            if (offset < c.range().end()) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
