package org.zhnews.core.event;

import org.zhnews.core.mention.Span;

/**
 * One business fact a document reports. Every event has a {@link #kind()}, the {@link #trigger()}
 * that states it ({@code 完成…B轮融资}, {@code 宣布收购}), the index of the sentence it stands in
 * ({@link org.zhnews.core.Document#sentences()}) and its {@link #modality()}; its roles are the
 * record's other components. Roles that name companies, models, money or figures are the
 * document's own mentions (the same objects as in {@code doc.mentions()}); optional roles the
 * text does not fill are empty.
 *
 * <p>Sealed: one immutable record per kind, so every event is one the JSON writer can write.
 */
public sealed interface Event permits Funding, Acquisition, Ipo, ModelRelease, Earnings, Personnel {

    /**
     * What happened.
     *
     * @return the kind, fixed by the record type
     */
    EventKind kind();

    /**
     * The words that state the event, in both texts.
     *
     * @return the trigger's span; for a trigger in two parts ({@code 完成…B轮融资}), from the
     *         first part to the last
     */
    Span trigger();

    /**
     * The sentence holding the trigger.
     *
     * @return its index in {@link org.zhnews.core.Document#sentences()}, from 0
     */
    int sentence();

    /**
     * How the text asserts it.
     *
     * @return stated, reported, planned or rumoured
     */
    Modality modality();

    /**
     * Where the event stands, for ordering.
     *
     * @return the start of the trigger in the normalized text
     */
    default int start() {
        return trigger().start();
    }
}
