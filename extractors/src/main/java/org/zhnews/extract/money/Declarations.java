package org.zhnews.extract.money;

import org.zhnews.core.ExtractionContext;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.match.WordsAt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The currency declarations of a text: {@code （人民幣，下同）}, {@code 新台幣，下同},
 * {@code 美元,下同} (a currency word, a comma or none, and {@code 下同}), which make that currency
 * the meaning of a bare {@code 元} from there on; {@code 以新台币计}, which makes it the
 * meaning of a bare {@code 元} in its sentence (the document's, {@link ExtractionContext#sentenceAt})
 * and after; and a heading line ending in a bracketed currency ({@code 業績要點（人民幣）：}), which
 * makes it the meaning of a bare {@code 元} in the lines below it up to the next blank line.
 * Linear time; immutable once built.
 */
final class Declarations {

    /**
     * One declaration.
     *
     * @param start    where it starts (its opening bracket, else its currency word; for
     *                 {@code 以…计} the start of its sentence)
     * @param code     the ISO code it declares
     * @param sentence whether it is an {@code 以…计}, which starts at its sentence
     * @param end      where it stops holding (a heading's block ends at a blank line; the others
     *                 hold to the end of the text)
     */
    record Declaration(int start, String code, boolean sentence, int end) {
        Declaration(int start, String code, boolean sentence) {
            this(start, code, sentence, Integer.MAX_VALUE);
        }
    }

    /** The words after 以 and a currency that declare it ({@code measured-in.tsv}). */
    private static final List<String> MEASURED_IN = Lexicon.resource(Declarations.class, "measured-in.tsv",
            Columns.of("word")).stream().map(row -> row.get(0)).toList();

    private final List<Declaration> found;

    private Declarations(List<Declaration> found) {
        this.found = found;
    }

    /** The declarations of the document of {@code context}, in text order. */
    static Declarations of(ExtractionContext context, Currencies currencies) {
        List<Declaration> out = new ArrayList<>();
        sameAsBelow(context.text(), currencies, out);
        measuredIn(context, currencies, out);
        headings(context.text(), currencies, out);
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
     * 营收2.5兆元，以新台币计, 主要数字如下（以人民币列示）: {@code 以} + a currency word + a word of
     * {@code measured-in.tsv} declares the currency of its whole sentence, so it starts where the
     * sentence starts.
     */
    private static void measuredIn(ExtractionContext context, Currencies currencies, List<Declaration> out) {
        String text = context.text();
        for (int at = text.indexOf('以'); at >= 0; at = text.indexOf('以', at + 1)) {
            int after = at + 1;
            Optional<Currencies.Found> word = currencies.prefixAt(text, after).or(() -> currencies.after(text, after));
            if (word.isEmpty() || Currencies.isLocal(word.get().code())
                    || !WordsAt.startsWithAny(text, word.get().end(), MEASURED_IN)) {
                continue;
            }
            int start = context.sentenceAt(at).range().start();
            out.add(new Declaration(start, word.get().code(), true));
        }
    }

    /**
     * 業績要點（人民幣）：: a line whose last words are a currency in brackets (a colon after them
     * or none) declares that currency for the lines below it, up to the first blank line.
     */
    private static void headings(String text, Currencies currencies, List<Declaration> out) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int k = lineEnd;
            while (k > lineStart && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            if (k > lineStart && (text.charAt(k - 1) == '：' || text.charAt(k - 1) == ':')) {
                k--;
            }
            if (k - lineStart >= 4 && (text.charAt(k - 1) == '）' || text.charAt(k - 1) == ')')) {
                Optional<Currencies.Found> word = currencies.endingAt(text, k - 1);
                int open = word.map(w -> w.start() - 1).orElse(-1);
                if (open > lineStart && (text.charAt(open) == '（' || text.charAt(open) == '(')
                        && !Currencies.isLocal(word.get().code())) {
                    out.add(new Declaration(lineStart, word.get().code(), false, blockEnd(text, lineEnd)));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The start of the first blank line at or after {@code from}, or the end of the text. */
    private static int blockEnd(String text, int from) {
        int at = text.indexOf("\n\n", from);
        return at < 0 ? text.length() : at;
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
            if (d.start() >= from && d.start() < to && end <= d.end()
                    && (d.start() <= end || d.start() == end + 1 && !d.sentence())) {
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
