package org.zhnews.extract.lexicon;

import org.zhnews.text.sentence.SentenceMarks;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cue words that tell how to read a name shared by a company and its model, and the model
 * words after a name: resource {@code reading-cues.tsv}. Each cue gives a {@link Reason};
 * {@link #modelReason(Reason)} says which reasons read the name as a model. Immutable and
 * thread-safe.
 */
final class ReadingCues {

    private enum Side { RIGHT, LEFT, ETC }

    /** How far after 等 an etc cue is looked for, in chars. */
    private static final int ETC_REACH = 9;

    /** The reason column of the rows that list adverbs, not cues. */
    private static final String ADVERBS = "ADVERBS";

    /** Most adverbs skipped between a name and a company cue after it ({@code 今天正式发布}). */
    private static final int MAX_ADVERBS = 2;

    private final Map<Side, Map<Reason, List<String>>> cues = new EnumMap<>(Side.class);
    private final List<String> adverbs = new ArrayList<>();

    private ReadingCues() {
        for (Side s : Side.values()) {
            cues.put(s, new EnumMap<>(Reason.class));
        }
    }

    static ReadingCues standard() {
        ReadingCues c = new ReadingCues();
        for (LexiconRow row : Lexicon.resource(ReadingCues.class, "reading-cues.tsv",
                Columns.of("reason", "side", "words"))) {
            if (row.get(0).strip().equals(ADVERBS)) {
                c.adverbs.addAll(row.list(2));
                continue;
            }
            Reason reason = Reason.valueOf(row.get(0).strip());
            if (!modelReason(reason) && reason != Reason.CONTEXT_CUE) {
                throw row.error("a cue cannot give " + reason);
            }
            Side side = Side.valueOf(row.get(1).strip().toUpperCase(Locale.ROOT));
            c.cues.get(side).computeIfAbsent(reason, r -> new ArrayList<>()).addAll(row.list(2));
        }
        return c;
    }


    /** Whether {@code reason} reads a name as a model. */
    static boolean modelReason(Reason reason) {
        return reason == Reason.MODEL_WORD_FOLLOWS || reason == Reason.MODEL_WORD_BEFORE
                || reason == Reason.MODEL_VERB_BEFORE || reason == Reason.LISTED_WITH_MODEL || reason == Reason.AMONG_MODELS
                || reason == Reason.VERSION_FOLLOWS;
    }

    /** Whether a model word follows {@code end}: right after it (spaces skipped) or closing a list it heads. */
    boolean modelWordFollows(String text, int end) {
        return right(text, end, Reason.MODEL_WORD_FOLLOWS) || etc(text, end, Reason.MODEL_WORD_FOLLOWS);
    }

    /**
     * {@code 智能体「天禧」}, {@code 推理模型DeepSeek}: a model word ends right before the name at
     * {@code start}, past one opening quote.
     */
    boolean modelWordBefore(String text, int start) {
        int at = start > 0 && OpenModelCues.OPEN_QUOTES.indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
        return left(text, at, Reason.MODEL_WORD_BEFORE);
    }

    /**
     * The cue around {@code [start, end)}: a cue right after the name first (model words, then
     * company words), then one before it (model words and verbs, then company words), then one
     * after a 等 closing a list the name stands in.
     */
    Optional<Reason> around(String text, int start, int end) {
        for (Reason r : List.of(Reason.MODEL_WORD_FOLLOWS, Reason.CONTEXT_CUE)) {
            if (right(text, end, r)) {
                return Optional.of(r);
            }
        }
        for (Reason r : List.of(Reason.MODEL_WORD_BEFORE, Reason.MODEL_VERB_BEFORE, Reason.CONTEXT_CUE)) {
            if (left(text, start, r)) {
                return Optional.of(r);
            }
        }
        for (Reason r : List.of(Reason.MODEL_WORD_FOLLOWS, Reason.CONTEXT_CUE)) {
            if (etc(text, end, r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * A right cue for {@code reason}; a company cue may stand after adverbs
     * ({@code MiniMax则上线了}, {@code DeepSeek今天正式发布}: the name is the subject of the verb).
     */
    private boolean right(String text, int end, Reason reason) {
        List<String> words = cues.get(Side.RIGHT).get(reason);
        if (CueWords.after(text, end, words)) {
            return true;
        }
        if (reason != Reason.CONTEXT_CUE) {
            return false;
        }
        int at = end;
        for (int k = 0; k < MAX_ADVERBS; k++) {
            int next = adverbEnd(text, at);
            if (next == at) {
                return false;
            }
            at = next;
            if (CueWords.after(text, at, words)) {
                return true;
            }
        }
        return false;
    }

    private int adverbEnd(String text, int at) {
        for (String a : adverbs) {
            if (text.startsWith(a, at)) {
                return at + a.length();
            }
        }
        return at;
    }

    private boolean left(String text, int start, Reason reason) {
        return CueWords.before(text, start, cues.get(Side.LEFT).get(reason));
    }

    private boolean etc(String text, int end, Reason reason) {
        List<String> words = cues.get(Side.ETC).get(reason);
        if (words == null || !text.startsWith("等", end)) {
            return false;
        }
        int limit = Math.min(text.length(), end + 1 + ETC_REACH);
        for (int i = end + 1; i < limit; i++) {
            if (SentenceMarks.isClauseEnd(text.charAt(i))) {
                return false;
            }
            for (String w : words) {
                if (text.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
