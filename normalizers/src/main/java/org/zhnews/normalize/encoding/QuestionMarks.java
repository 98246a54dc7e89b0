package org.zhnews.normalize.encoding;

import java.util.ArrayList;
import java.util.List;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * Decides whether a run of ASCII {@code ?} stands for characters lost in a charset conversion
 * (a converter writes {@code ?} for each character the target charset lacks) or is a question
 * mark. Lost, when the context shows a character was expected:
 * <ul>
 *   <li>the run stands between two Han characters ({@code 据??报道}, {@code 中?文});</li>
 *   <li>it follows a Han character and Chinese punctuation follows it ({@code 模型?。}), which
 *       never comes after a question mark;</li>
 *   <li>it starts a line and a Han character follows ({@code ??公司发布}).</li>
 * </ul>
 * In the first two cases a clause that asks a question ({@code 吗}, {@code 什么}, {@code 谁},
 * {@code 还是}... from {@code question-words.tsv}, an A-not-A form such as {@code 是不是}, or
 * {@code 多} with an adjective, {@code 多远}) before the run makes it a question mark after all
 * ({@code 你会来吗?我不信}), and so does a single {@code ?} in a text that writes ASCII
 * punctuation after Han characters elsewhere ({@code 问题,值得}). A run at the end of a line or
 * text, before a space or a closing quote, or next to Latin text is a question mark
 * ({@code Really??}, {@code 真的吗?}). Immutable and thread-safe.
 */
final class QuestionMarks {

    private static final String RESOURCE = "question-words.tsv";
    /** How far back, in chars, a question word is looked for within the clause. */
    private static final int CLAUSE_LOOKBACK = 40;
    private static final String CLAUSE_ENDS = "。！？!?；;，,：:\n\r";
    private static final String CHINESE_PUNCTUATION = "。，、；：";

    private final List<String> questionWords;

    private QuestionMarks(List<String> questionWords) {
        this.questionWords = List.copyOf(questionWords);
    }

    /** The marks reader with the bundled question words. */
    static QuestionMarks standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final QuestionMarks INSTANCE = load();
    }

    private static QuestionMarks load() {
        List<String> words = new ArrayList<>();
        for (LexiconRow row : Lexicon.resource(QuestionMarks.class, RESOURCE, Columns.of("word"))) {
            words.add(row.get(0));
        }
        return new QuestionMarks(words);
    }

    /**
     * Whether the run of {@code ?} at {@code [start, end)} of {@code text} stands for lost
     * characters.
     *
     * @param asciiPunctuation whether the text writes ASCII punctuation after Han characters
     *                         ({@link #writesAsciiPunctuation}); then a single {@code ?} is taken
     *                         for the text's question mark
     */
    boolean lost(String text, int start, int end, boolean asciiPunctuation) {
        boolean hanBefore = start > 0 && CharClass.isHan(text.codePointBefore(start));
        boolean hanAfter = end < text.length() && CharClass.isHan(text.codePointAt(end));
        if (hanAfter && (start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r')) {
            return true;
        }
        if (asciiPunctuation && end - start == 1) {
            return false;
        }
        boolean punctuationAfter = end < text.length() && CHINESE_PUNCTUATION.indexOf(text.charAt(end)) >= 0;
        return hanBefore && (hanAfter || punctuationAfter) && !asksQuestion(text, start);
    }

    /**
     * Whether {@code text} writes ASCII {@code , ! : ;} right after a Han character and before a
     * Han character or a space: a text punctuated in ASCII, whose {@code ?} is punctuation too.
     */
    static boolean writesAsciiPunctuation(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '!' || c == ':' || c == ';') && CharClass.isHan(text.charAt(i - 1))
                    && (CharClass.isHan(text.charAt(i + 1)) || Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause ending at {@code end} holds a question word or an A-not-A form. */
    private boolean asksQuestion(String text, int end) {
        int start = end;
        while (start > 0 && end - start < CLAUSE_LOOKBACK && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = text.substring(start, end);
        for (String w : questionWords) {
            if (clause.contains(w)) {
                return true;
            }
        }
        if (clause.length() >= 2 && clause.charAt(clause.length() - 2) == '多') {
            return true; // 多远? 多久? 多大?
        }
        for (int i = 0; i + 2 < clause.length(); i++) {
            char mid = clause.charAt(i + 1);
            if ((mid == '不' || mid == '没' || mid == '沒') && clause.charAt(i) == clause.charAt(i + 2)
                    && CharClass.isHan(clause.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
