package org.zhnews.testkit;

import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.offset.Rewriter;

/**
 * A normalizer that only moves offsets, in the spirit of Lucene's {@code MockCharFilter}: put
 * it ahead of any component and every offset after it shifts, while the words the extractors
 * read stay the same. It doubles every ASCII space and line break ({@code " "} becomes
 * {@code "  "}: one original char, two output chars), deletes every zero-width space, and
 * replaces every full-width space {@code U+3000} by two ASCII spaces. A component that reads
 * offsets from the wrong text, or a pipeline that composes maps wrongly, then fails the
 * {@link ConsistencyKit} invariants (for example "original substring differs from the mention
 * text").
 *
 * <p>Stateless and thread-safe.
 */
public final class MockOffsetNormalizer implements Normalizer {

    @Override
    public String name() {
        return "mock-offsets";
    }

    @Override
    public Normalization normalize(String text) {
        Rewriter w = new Rewriter(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                w.replace(1, String.valueOf(c) + c);
            } else if (c == '\u200B') {
                w.delete(1);
            } else if (c == '\u3000') {
                w.replace(1, "  ");
            } else {
                w.keep(1);
            }
        }
        return Normalization.of(w.text(), w.offsetMap());
    }
}
