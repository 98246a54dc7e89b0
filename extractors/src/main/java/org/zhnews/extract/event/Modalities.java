package org.zhnews.extract.event;

import org.zhnews.core.event.Modality;

/**
 * The modality of an event from the modality words before its trigger in its sentence: a rumour
 * word anywhere before it, a plan word in the trigger's clause, a report word anywhere before
 * it, else stated. Stateless.
 */
final class Modalities {

    private Modalities() {
    }

    static Modality of(SentenceView s, int trigger) {
        boolean reported = false;
        boolean planned = false;
        int clauseStart = s.clauseAt(trigger).range().start();
        for (Hit h : s.hits("any", "modality")) {
            if (h.start() >= trigger) {
                continue;
            }
            switch (h.value()) {
                case "rumoured" -> {
                    return Modality.RUMOURED;
                }
                case "planned" -> planned |= h.start() >= clauseStart;
                case "reported" -> reported = true;
                default -> {
                }
            }
        }
        return planned ? Modality.PLANNED : reported ? Modality.REPORTED : Modality.STATED;
    }
}
