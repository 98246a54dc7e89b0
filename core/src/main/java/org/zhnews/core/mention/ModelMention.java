package org.zhnews.core.mention;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An AI model named in the text.
 *
 * @param span       where it stands
 * @param model      the model as named
 * @param parameters parameter count stated in the same sentence, when there is one
 */
public record ModelMention(Span span, AiModel model, Optional<BigDecimal> parameters)
        implements Mention {

    /**
     * Checks that no component is null.
     *
     * @param span       where it stands
     * @param model      the model as named
     * @param parameters the parameter count, or empty
     * @throws NullPointerException if a component is null
     */
    public ModelMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Always {@link MentionKind#MODEL}. */
    @Override
    public MentionKind kind() {
        return MentionKind.MODEL;
    }
}
