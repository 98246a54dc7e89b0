package org.zhnews.extract.money;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.sentence.SentenceMarks;

/**
 * The currency a bare 元 amount takes from an earlier amount of its sentence that names one
 * (resource {@code carried-currency.tsv}): the amounts listed right after it
 * ({@code 人民幣3.86億元、6.12億元及9.47億元}), and the lines of the accounts later in the sentence
 * when the first amount is one too ({@code 收入人民幣6.81億元，…由虧損1.22億元轉為盈利0.57億元}).
 * Immutable and thread-safe; {@link #start} gives the per-text state.
 */
final class CarriedCurrency {

    /** Most chars looked back from an amount for a line of the accounts in its clause. */
    private static final int MAX_STATEMENT_GAP = 12;

    private final List<String> joins;
    private final List<String> statements;

    private CarriedCurrency(List<String> joins, List<String> statements) {
        this.joins = joins;
        this.statements = statements;
    }

    /** The built-in words. */
    static CarriedCurrency standard() {
        List<String> joins = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (LexiconRow row : Lexicon.resource(CarriedCurrency.class, "carried-currency.tsv", Columns.of("kind", "word"))) {
            (row.get(0).equals("join") ? joins : statements).add(row.get(1));
        }
        return new CarriedCurrency(List.copyOf(joins), List.copyOf(statements));
    }

    /** A new reading of {@code text}'s amounts in text order; one per text, one thread. */
    Run start(String text) {
        return new Run(text);
    }

    /** The state of one text: the last amount that named its currency. */
    final class Run {
        private final String text;
        private String code;
        private int anchorStart;
        private int end;

        private Run(String text) {
            this.text = text;
        }

        /** Records an amount with its own currency word: it decides the bare 元 after it when it ends with 元. */
        void named(Candidate c) {
            code = text.charAt(c.end() - 1) == '元' ? c.code() : null;
            anchorStart = c.start();
            end = c.end();
        }

        /** The currency the bare amount {@code c} takes from before it, or null (and the carry stops). */
        String carriedTo(Candidate c) {
            if (code == null || c.code().equals(Currencies.LOCAL_DOLLAR) || c.code().equals(SubUnits.LOCAL_CENT)) {
                code = null; // a bare $ or a cent ends the carry
                return null;
            }
            if (listedAfter(c.start()) || sameSentence(c.start()) && statementBefore(anchorStart) && statementBefore(c.start())) {
                end = c.end();
                return code;
            }
            code = null;
            return null;
        }

        private boolean listedAfter(int start) {
            return joins.contains(text.substring(end, start).strip());
        }

        /** No sentence end between the last amount and {@code start}; a semicolon joins lines of the accounts. */
        private boolean sameSentence(int start) {
            for (int i = end; i < start; i++) {
                char ch = text.charAt(i);
                if (SentenceMarks.isSentenceEnd(ch) && ch != '；' && ch != ';') {
                    return false;
                }
            }
            return true;
        }

        /** Whether a line of the accounts stands in the clause (or bracket) before {@code at}, at most {@value #MAX_STATEMENT_GAP} chars back. */
        private boolean statementBefore(int at) {
            int from = Math.max(0, at - MAX_STATEMENT_GAP);
            for (int i = at - 1; i >= from; i--) {
                char ch = text.charAt(i);
                if (SentenceMarks.isClauseEnd(ch) || ch == '（' || ch == '(') { // 收入200亿日元（约9.6亿元）: an equivalent
                    from = i + 1;
                    break;
                }
            }
            String before = text.substring(from, at);
            for (String w : statements) {
                if (before.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
