package org.zhnews.core.event;

import java.util.Objects;
import java.util.Optional;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.Span;

/**
 * A model was released.
 *
 * @param model      the model
 * @param vendor     who released it, when named as a company in the document
 * @param openSource whether the text says it is open (开源) or closed; empty when it does not say
 */
public record ModelRelease(Span trigger, int sentence, Modality modality, ModelMention model,
                           Optional<CompanyMention> vendor, Optional<Boolean> openSource) implements Event {

    /**
     * Checks that no component is null.
     *
     * @param trigger    the words that state the event
     * @param sentence   the index of the sentence holding the trigger
     * @param modality   how the text asserts it
     * @param model      the model
     * @param vendor     who released it, or empty
     * @param openSource whether it is open, or empty when the text does not say
     * @throws NullPointerException if a component is null
     */
    public ModelRelease {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(openSource, "openSource");
    }

    /** Always {@link EventKind#MODEL_RELEASE}. */
    @Override
    public EventKind kind() {
        return EventKind.MODEL_RELEASE;
    }
}
