package org.zhnews.extract.model;

import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether two models written one right after the other with a hyphen name one fine-tuned
 * model, and which of the two it is named as: resource {@code fine-tune-bases.tsv} lists the
 * open-weight families others tune. The model named is the one that is no base
 * ({@code FFM-Llama3-70B}: FFM; {@code Puxi-2-Gemma3-12B}: Puxi; {@code Llama-Breeze2-8B}:
 * Breeze); with no base between them, the second when the first has a version and the second
 * opens with two capitals ({@code Llama-3.1-TAIDE-LX-8B}: TAIDE). Immutable and thread-safe.
 */
final class FineTunes {

    /** Which of two adjacent models a joined name keeps. */
    enum Keep { NONE, FIRST, SECOND }

    private final Set<String> bases;

    private FineTunes(Set<String> bases) {
        this.bases = bases;
    }

    /** The bases of the bundled resource. */
    static FineTunes standard() {
        Set<String> bases = new HashSet<>();
        for (LexiconRow row : Lexicon.resource(FineTunes.class, "fine-tune-bases.tsv", Columns.of("family", "source"))) {
            bases.add(row.get(0).strip());
        }
        return new FineTunes(Set.copyOf(bases));
    }

    /**
     * Which of two models, the first ending at {@code firstEnd} and the second starting at
     * {@code secondStart} of {@code text}, names the whole: they must be joined by one hyphen, the
     * second open with a capital, their families differ and one of them carry a version.
     *
     * @return {@link Keep#NONE} when they are two models
     */
    Keep keep(String text, int firstEnd, int secondStart, String firstFamily, boolean firstVersion,
              String secondFamily, boolean secondVersion) {
        if (secondStart != firstEnd + 1 || text.charAt(firstEnd) != '-' || secondStart + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(secondStart)) || firstFamily.equals(secondFamily)
                || !firstVersion && !secondVersion) {
            return Keep.NONE;
        }
        boolean firstBase = bases.contains(firstFamily);
        boolean secondBase = bases.contains(secondFamily);
        if (firstBase != secondBase) {
            return firstBase ? Keep.SECOND : Keep.FIRST;
        }
        return !firstBase && firstVersion && Character.isUpperCase(text.charAt(secondStart + 1)) ? Keep.SECOND : Keep.NONE;
    }
}
