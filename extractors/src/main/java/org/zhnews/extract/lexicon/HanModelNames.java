package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.sentence.SentenceMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Models no list holds, written in Han characters without quotes, read only with a version of
 * their own ({@link Reason#NAMED_AS_MODEL}):
 * <ul>
 *   <li>right after a model word, released in the clause: {@code 发布新一代基座模型望舒2} (two to
 *       {@value #MAX_NAME} Han characters, then a number version);</li>
 *   <li>before {@code 大模型} and a number version, the name opening after a possessive, a release
 *       verb, 的 or a mark: {@code 自研的鹿鸣大模型2.0}, {@code 推出望舒大模型3}.</li>
 * </ul>
 * No name overlaps a dictionary name, a no-name zone, or a version followed by a unit
 * ({@code 模型训练2万次}). Immutable and thread-safe.
 */
final class HanModelNames {

    /** Longest Han name read, in chars. */
    static final int MAX_NAME = 4;

    private static final String MODEL = "模型";
    private static final String BIG_MODEL = "大模型";

    private final VersionGrammar grammar;
    private final OpenModelCues cues;

    HanModelNames(VersionGrammar grammar, OpenModelCues cues) {
        this.grammar = grammar;
        this.cues = cues;
    }

    /** The Han models of {@code ctx}'s text, in text order. */
    List<Decision> find(ExtractionContext ctx, NameHits hits, CompanyNames companies, BiPredicate<Integer, Integer> blocked) {
        String text = ctx.text();
        List<Decision> out = new ArrayList<>();
        int at = text.indexOf(MODEL);
        while (at >= 0) {
            Decision d = afterModelWord(ctx, at + MODEL.length(), hits, companies);
            if (d == null && at > 0 && text.startsWith(BIG_MODEL, at - 1)) {
                d = beforeModelWord(ctx, at - 1, hits, companies);
            }
            if (d != null && !blocked.test(d.start(), d.end())
                    && (out.isEmpty() || out.get(out.size() - 1).end() <= d.start())) {
                out.add(d);
            }
            at = text.indexOf(MODEL, at + MODEL.length());
        }
        return out;
    }

    /** {@code 基座模型望舒2}: a Han name and a version right after 模型, a release verb earlier in the clause. */
    private Decision afterModelWord(ExtractionContext ctx, int from, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        int end = from;
        while (end < text.length() && end - from < MAX_NAME + 1 && CharClass.isHan(text.charAt(end))) {
            end++;
        }
        if (!allHan(text, from, end) || end - from < 2 || end - from > MAX_NAME || OpenModelNames.touches(hits, from, end)
                || !cues.releasedInClause(text, from)) {
            return null;
        }
        return versioned(ctx, from, end, hits, companies);
    }

    /** {@code 自研的鹿鸣大模型2.0}: a Han name opening after a possessive, a release verb, 的 or a mark. */
    private Decision beforeModelWord(ExtractionContext ctx, int big, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        for (int len = MAX_NAME; len >= 2; len--) {
            int start = big - len;
            if (start < 0 || !allHan(text, start, big) || OpenModelNames.touches(hits, start, big)) {
                continue;
            }
            if (opensAName(text, start)) {
                return versioned(ctx, start, big, hits, companies);
            }
        }
        return null;
    }

    /** The decision on the name {@code [start, end)} when a number version follows it (after 大模型 or not), or null. */
    private Decision versioned(ExtractionContext ctx, int start, int end, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        ModelName read = grammar.read(text, end);
        if (read.version().isEmpty() || !Character.isDigit(read.version().get().charAt(0))
                || OpenModelNames.touches(hits, start, read.end())) {
            return null;
        }
        return OpenModelNames.decision(text, start, read.end(), text.substring(start, end), read.version(),
                read.variant(), read.parameters(), Reason.NAMED_AS_MODEL, cues.releasedBy(ctx, start, companies));
    }

    /** Whether a name may open at {@code start}: after a possessive, a release verb, 的, a mark or nothing. */
    private boolean opensAName(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        return c == '的' || SentenceMarks.isClauseEnd(c) || !CharClass.isHan(c) && !CharClass.isLatinWordChar(c)
                || cues.possessiveEndsAt(text, start) || cues.releaseVerbEndsAt(text, start);
    }

    /** Particles and links that no name holds. */
    private static final String NOT_IN_NAME = "的了和与及或在是为把被将从向对";

    private static boolean allHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.isHan(text.charAt(i)) || NOT_IN_NAME.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
