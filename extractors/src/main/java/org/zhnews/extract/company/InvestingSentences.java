package org.zhnews.extract.company;

import java.util.HashMap;
import java.util.Map;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.structure.Sentence;
import org.zhnews.extract.company.OpenCues.Kind;

/**
 * Which sentences of one document speak of investing ({@code 融资}, {@code 领投}, {@code 基金}:
 * the investment-context words of {@link OpenCues}), for the slots and names that count only
 * there. The sentences are the document's own ({@link ExtractionContext#sentenceAt}); each is
 * read once, when first asked about, so the cost is linear in the text. One instance serves
 * one document on one thread.
 */
final class InvestingSentences {

    private final ExtractionContext ctx;
    private final OpenCues cues;
    private final Map<Integer, Boolean> read = new HashMap<>();

    InvestingSentences(ExtractionContext ctx, OpenCues cues) {
        this.ctx = ctx;
        this.cues = cues;
    }

    /** Whether the sentence holding the normalized offset {@code pos} speaks of investing. */
    boolean at(int pos) {
        Sentence s = ctx.sentenceAt(pos);
        return read.computeIfAbsent(s.index(),
                i -> cues.anyIn(Kind.INVESTMENT_CONTEXT, ctx.text(), s.range().start(), s.range().end()));
    }
}
