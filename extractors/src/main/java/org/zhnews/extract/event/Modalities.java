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

    /** A source named between 据 and its verb ({@code 据彭博社报道}). */
    private static final java.util.regex.Pattern SOURCED = java.util.regex.Pattern.compile("据[^,，。;；]{0,12}(报道|消息|透露|了解|获悉|援引)");

    static Modality of(SentenceView s, int trigger) {
        boolean reported = SOURCED.matcher(s.gap(s.start, trigger)).find();
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
