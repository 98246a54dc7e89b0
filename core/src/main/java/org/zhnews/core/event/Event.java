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

    /** What happened. */
    EventKind kind();

    /** The words that state the event, in both texts (for a trigger in two parts, from the first to the last). */
    Span trigger();

    /** The index of the sentence holding the trigger. */
    int sentence();

    /** How the text asserts it. */
    Modality modality();

    /** Start of the trigger in the normalized text. */
    default int start() {
        return trigger().start();
    }
}
