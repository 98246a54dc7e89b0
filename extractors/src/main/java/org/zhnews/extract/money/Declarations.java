package org.zhnews.extract.money;

import org.zhnews.core.ExtractionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The currency declarations of a text: {@code （人民幣，下同）}, {@code 新台幣，下同},
 * {@code 美元,下同} (a currency word, a comma or none, and {@code 下同}), which make that currency
 * the meaning of a bare {@code 元} from there on; and {@code 以新台币计}, which makes it the
 * meaning of a bare {@code 元} in its sentence (the document's, {@link ExtractionContext#sentenceAt})
 * and after. Linear time; immutable once built.
 */
final class Declarations {

    /**
     * One declaration.
     *
     * @param start    where it starts (its opening bracket, else its currency word; for
     *                 {@code 以…计} the start of its sentence)
     * @param code     the ISO code it declares
     * @param sentence whether it is an {@code 以…计}, which starts at its sentence
     */
    record Declaration(int start, String code, boolean sentence) {
    }

    private final List<Declaration> found;

    private Declarations(List<Declaration> found) {
        this.found = found;
    }

    /** The declarations of the document of {@code context}, in text order. */
    static Declarations of(ExtractionContext context, Currencies currencies) {
        List<Declaration> out = new ArrayList<>();
        sameAsBelow(context.text(), currencies, out);
        measuredIn(context, currencies, out);
        out.sort(java.util.Comparator.comparingInt(Declaration::start));
        return new Declarations(List.copyOf(out));
    }

    /** （人民幣，下同）, 美元,下同: from the declaration (or the amount right before it) on. */
    private static void sameAsBelow(String text, Currencies currencies, List<Declaration> out) {
        int from = 0;
        while (true) {
            int at = text.indexOf("下同", from);
            if (at < 0) {
                break;
            }
            from = at + 2;
            int k = skipSpaces(text, at);
            if (k > 0 && "，,、".indexOf(text.charAt(k - 1)) >= 0) {
                k = skipSpaces(text, k - 1);
            }
            Optional<Currencies.Found> word = currencies.endingAt(text, k);
            if (word.isEmpty() || Currencies.isLocal(word.get().code())) {
                continue;
            }
            int start = word.get().start();
            if (start > 0 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == '（')) {
                start--;
            }
            out.add(new Declaration(start, word.get().code(), false));
        }
    }

    /**
     * 营收2.5兆元，以新台币计: {@code 以} + currency word + {@code 计} declares the currency of its
     * whole sentence, so it starts where the sentence starts.
     */
    private static void measuredIn(ExtractionContext context, Currencies currencies, List<Declaration> out) {
        String text = context.text();
        int from = 0;
        while (true) {
            int at = indexOfEither(text, '计', '計', from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            Optional<Currencies.Found> word = currencies.endingAt(text, at);
            if (word.isEmpty() || Currencies.isLocal(word.get().code()) || word.get().start() == 0
                    || text.charAt(word.get().start() - 1) != '以') {
                continue;
            }
            int start = context.sentenceAt(word.get().start() - 1).range().start();
            out.add(new Declaration(start, word.get().code(), true));
        }
    }

    private static int indexOfEither(String text, char a, char b, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The declaration that governs an amount ending at {@code end} inside {@code [from, to)} (an
     * article): the last one starting in the article no later than right after the amount
     * ({@code 營收50億元（人民幣，下同）} declares its own amount too). An {@code 以…计} starts
     * at its sentence, so it never governs the amount that ends the sentence before.
     */
    Optional<Declaration> governing(int end, int from, int to) {
        Declaration best = null;
        for (Declaration d : found) {
            if (d.start() >= from && d.start() < to && (d.start() <= end || d.start() == end + 1 && !d.sentence())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the text declares nothing. */
    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The position before the spaces that end at {@code at}. */
    private static int skipSpaces(String text, int at) {
        int k = at;
        while (k > 0 && Currencies.isSpaceChar(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
