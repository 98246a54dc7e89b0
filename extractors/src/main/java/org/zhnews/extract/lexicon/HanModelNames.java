package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.extract.knowledge.CompanySurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;
import org.zhnews.text.sentence.SentenceMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Models no list holds, written in Han characters without quotes, read only with a version of
 * their own or a known company owning them ({@link Reason#NAMED_AS_MODEL}):
 * <ul>
 *   <li>right after a model word, released in the clause: {@code 发布新一代基座模型望舒2} (two to
 *       {@value #MAX_NAME} Han characters, then a number version);</li>
 *   <li>before {@code 大模型} and a number version, the name opening after a possessive, a release
 *       verb, 的 or a mark: {@code 自研的鹿鸣大模型2.0}, {@code 推出望舒大模型3};</li>
 *   <li>before {@code 大模型} without a version when a known company owns it or releases it:
 *       {@code 荣耀自研的魔法大模型}, {@code 荣耀发布魔法大模型} (span and surface include 大模型;
 *       no word that describes a model, {@link GenericModelWords}; a bare 的 is no owner:
 *       {@code 美团的团购大模型}), or, with no company, where it opens a clause and stands again on its
 *       own elsewhere in the text ({@code 观澜大模型已衍生出…，基于观澜的平台}; not before a noun that
 *       makes the phrase a description: {@code 大模型公司}).</li>
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
    private final GenericModelWords generic;

    HanModelNames(VersionGrammar grammar, OpenModelCues cues, GenericModelWords generic) {
        this.grammar = grammar;
        this.cues = cues;
        this.generic = generic;
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
        for (int dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            addApart(out, versionedName(ctx, dash, dash + 1, hits, companies), blocked);
        }
        for (int m = text.indexOf(MODEL); m >= 0; m = text.indexOf(MODEL, m + MODEL.length())) {
            addApart(out, numberedBefore(ctx, m, hits, companies), blocked);
        }
        out.sort(java.util.Comparator.comparingInt(Decision::start));
        return out;
    }

    private static void addApart(List<Decision> out, Decision d, BiPredicate<Integer, Integer> blocked) {
        if (d != null && !blocked.test(d.start(), d.end())
                && out.stream().noneMatch(o -> o.start() < d.end() && d.start() < o.end())) {
            out.add(d);
        }
    }

    /**
     * {@code 发布天枢2.0大模型}, {@code 万兴天幕2.0音视频多媒体大模型}: the Han name and number
     * version right before the model word at {@code model} (model kinds between, as
     * {@link OpenModelCues#modelWordAfter} reads them), or null. The version is the digits and
     * dots ending where the name's last Han character stands before them.
     */
    private Decision numberedBefore(ExtractionContext ctx, int model, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        for (int v = Math.max(0, model - MAX_KINDS_BEFORE_MODEL); v < model; v++) {
            if (Character.isDigit(text.charAt(v)) && v > 0 && CharClass.isHan(text.charAt(v - 1))) {
                Decision d = versionedName(ctx, v, v, hits, companies);
                if (d != null && d.end() <= model) {
                    return d;
                }
            }
        }
        return null;
    }

    /** How far before 模型 a numbered name's version may start (万兴天幕2.0音视频多媒体大模型). */
    private static final int MAX_KINDS_BEFORE_MODEL = 12;

    /**
     * {@code 自研的蓝溯-R2推理模型}: a Han name of two to {@value #MAX_NAME} characters ending at
     * {@code nameEnd}, opening after a possessive, a release verb, 的 or a mark, then a version from
     * {@code versionAt} (after a hyphen, or right after the name when it starts with a digit), then
     * a model word (model kinds allowed before 模型), or null. A name that describes a model
     * ({@code 新一代}, {@link GenericModelWords}) is none.
     */
    private Decision versionedName(ExtractionContext ctx, int nameEnd, int versionAt, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        if (nameEnd < 2 || versionAt >= text.length() || !CharClass.isAsciiAlnum(text.charAt(versionAt))) {
            return null;
        }
        for (int len = MAX_NAME; len >= 2; len--) {
            int start = nameEnd - len;
            if (start < 0 || !hanNameChars(text, start, nameEnd) || !opensAName(text, start)
                    || versionAt == nameEnd && generic.describes(text.substring(start, nameEnd))) {
                continue;
            }
            ModelName read = grammar.read(text, nameEnd);
            if (read.version().isEmpty() || !cues.modelWordAfter(text, read.end())
                    || OpenModelNames.touches(hits, start, nameEnd) || touchesWhole(hits, nameEnd, read.end())) {
                return null;
            }
            return OpenModelNames.decision(text, start, read.end(), text.substring(start, nameEnd), read.version(),
                    read.variant(), read.parameters(), Reason.NAMED_AS_MODEL, cues.releasedBy(ctx, start, companies));
        }
        return null;
    }

    /**
     * Whether a company or a model name overlaps {@code [dash, end)}, other than a short form
     * starting after the hyphen ({@code R2} of 蓝溯-R2 is its version, not DeepSeek's).
     */
    private static boolean touchesWhole(NameHits hits, int dash, int end) {
        if (OpenModelNames.overlaps(hits.companies(), dash, end)) {
            return true;
        }
        List<? extends Match<org.zhnews.extract.knowledge.ModelSurface>> models = hits.models();
        for (int i = Match.firstAtOrAfter(models, Math.max(0, dash - 64)); i < models.size() && models.get(i).start() < end; i++) {
            Match<org.zhnews.extract.knowledge.ModelSurface> h = models.get(i);
            if (h.end() > dash && !(h.start() > dash && h.values().stream().allMatch(org.zhnews.extract.knowledge.ModelSurface::shortForm))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 基座模型望舒2}: a Han name and a version right after 模型, a release verb earlier in the clause. */
    private Decision afterModelWord(ExtractionContext ctx, int from, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        int end = from;
        while (end < text.length() && end - from < MAX_NAME + 1 && CharClass.isHan(text.charAt(end))) {
            end++;
        }
        if (!hanNameChars(text, from, end) || end - from < 2 || end - from > MAX_NAME || OpenModelNames.touches(hits, from, end)
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
            if (start < 0 || !hanNameChars(text, start, big) || OpenModelNames.touches(hits, start, big)) {
                continue;
            }
            if (opensAName(text, start)) {
                Decision d = versioned(ctx, start, big, hits, companies);
                return d != null ? d : owned(ctx, start, big, hits, companies);
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

    /**
     * {@code 荣耀自研的魔法大模型}, {@code 荣耀发布魔法大模型}: the Han name {@code [start, big)} before
     * 大模型 without a version, owned by a known company (its name, then a possessive, right before
     * the name) or released by one; never a describing word ({@link GenericModelWords}) nor a
     * word before a Latin name ({@code 繁中大模型FFM-3}: that is the name).
     */
    private Decision owned(ExtractionContext ctx, int start, int big, NameHits hits, CompanyNames companies) {
        String text = ctx.text();
        int end = big + BIG_MODEL.length();
        if (start == 0 || generic.describes(text.substring(start, big))
                || end < text.length() && CharClass.isAsciiLetter(text.charAt(end))) {
            return null; // 发布繁中大模型FFM-3: the name follows, the Han word describes it
        }
        String vendor = null;
        int owner = cues.possessiveEndsAt(text, start) ? cues.possessiveStart(text, start) : -1;
        if (owner > 0) {
            Match<CompanySurface> company = OpenModelNames.companyEndingAt(hits, owner);
            vendor = company == null ? null : company.values().get(0).entry().id();
        } else if (cues.releaseVerbEndsAt(text, start)) {
            vendor = cues.releasedBy(ctx, start, companies);
        }
        if (vendor == null && !(opensClause(text, start) && namedAgain(text, start, big) && !generic.describedByNext(text, end))) {
            return null;
        }
        return OpenModelNames.decision(text, start, end, text.substring(start, big), Optional.empty(),
                Optional.empty(), Optional.empty(), Reason.NAMED_AS_MODEL, vendor);
    }

    /** Whether {@code start} opens a clause: the text's start or a clause mark right before it. */
    private static boolean opensClause(String text, int start) {
        return start == 0 || SentenceMarks.isClauseEnd(text.charAt(start - 1));
    }

    /**
     * {@code 观澜大模型已衍生出…，基于观澜的平台}: the name {@code [start, end)} stands again elsewhere in
     * the text, on its own (a name, not a word of a longer one: no Han character right after it but
     * a particle or a model word, as {@link RepeatedModelNames} finds names again).
     */
    private static boolean namedAgain(String text, int start, int end) {
        return NameOccurrences.elsewhere(text, text.substring(start, end), start, end, (at, after) ->
                after == text.length() || !CharClass.isHan(text.charAt(after))
                        || RepeatedModelNames.particleOrModelWordAt(text, after));
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

    /** Whether {@code text[from, to)} holds Han characters only, none of them a particle ({@link #NOT_IN_NAME}). */
    private static boolean hanNameChars(String text, int from, int to) {
        if (!CharClass.allHan(text, from, to)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (NOT_IN_NAME.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
