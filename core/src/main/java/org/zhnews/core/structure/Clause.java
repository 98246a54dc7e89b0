package org.zhnews.core.structure;

import java.util.Objects;
import org.zhnews.core.offset.TextRange;

/**
 * One clause of a {@link Sentence}: the stretch up to and including a clause mark
 * ({@code ，、：；}) and the white space after it. The clauses of a sentence cover it in order,
 * in both texts.
 *
 * @param range         where it stands in the normalized text
 * @param originalRange where it stands in the original input
 */
public record Clause(TextRange range, TextRange originalRange) {

    /**
     * Checks that no component is null.
     *
     * @param range         where it stands in the normalized text
     * @param originalRange where it stands in the original input
     * @throws NullPointerException if a component is null
     */
    public Clause {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(originalRange, "originalRange");
    }
}
