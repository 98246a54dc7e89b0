package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;
import org.zhnews.core.offset.TextRange;
import org.zhnews.extract.knowledge.ModelSurface;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.match.Match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second look at short forms ({@code R1}, {@code o3}, {@code K2}) that neither their family
 * nor their vendor vouched for: one still counts
 * <ul>
 *   <li>in a list with a model read already ({@code Qwen3、GLM-4.5和K2}:
 *       {@link Reason#LISTED_WITH_MODEL});</li>
 *   <li>beside another short form of its family in a sentence that talks of what models do
 *       ({@code R1的回答…换成V3}: {@link Reason#SHORT_FORMS_TOGETHER}; a bare {@code o1和o3} is none);</li>
 *   <li>in a sentence that names a model of another family ({@code o3排在第一，Claude 3.7
 *       Sonnet…}, {@code k1.5模型…达到了o1的水平}: {@link Reason#MODEL_IN_SENTENCE}).</li>
 * </ul>
 * Only short forms with a digit are looked at again ({@code Speed}, {@code Lite} are words too);
 * a name that needs context ({@code ~小艺}) counts in a list with a model read already.
 * The last two ask that the short form stand free: not after a Latin word ({@code ThinkPad X1})
 * nor glued to a Chinese brand ({@code 宝马X1}); only punctuation, a space after Chinese text or
 * a function character ({@code 的}, {@code 了}, {@code 和}…) may stand before it. A short form
 * glued to a Latin word ({@code Hengyu-R2}) is none at all. Immutable and
 * thread-safe.
 */
final class ShortForms {

    /** Chinese characters after which a short form stands free: particles, conjunctions, prepositions, verbs of use. */
    private static final String FREE_AFTER = "的了和与及或比到是用把将让在从对向给为成跟较如像超过即说选问试换";

    /** Words by which a sentence talks of what models do: two short forms in it are models. */
    private static final List<String> MODEL_TALK = List.of("模型", "回答", "推理", "对话", "提问", "生成", "开源",
            "响应", "训练", "思考", "问答", "代码", "编程", "评测", "榜单", "跑分");

    private final ModelNameReader reader;

    ShortForms(ModelNameReader reader) {
        this.reader = reader;
    }

    /**
     * The candidates among {@code unproven} (hits no first rule accepted, in text order) that their
     * sentence proves, none overlapping {@code accepted} (the candidates read so far, in text order).
     */
    List<ModelNameReader.Candidate> prove(ExtractionContext ctx, List<Match<ModelSurface>> unproven,
                                          List<ModelNameReader.Candidate> accepted, CompanyNames companies) {
        String text = ctx.text();
        List<ModelNameReader.Candidate> out = new ArrayList<>();
        for (Match<ModelSurface> hit : unproven) {
            if (!hasDigit(text, hit.start(), hit.end())) {
                listedContextName(text, hit, accepted).ifPresent(out::add);
                continue;
            }
            for (ModelSurface s : hit.values()) {
                if (!s.shortForm()) {
                    continue;
                }
                Reason why = evidence(ctx, hit, s, unproven, accepted, companies);
                if (why != null) {
                    ModelNameReader.Candidate c = reader.candidate(text, hit, s, why);
                    if (!overlaps(c, accepted)) {
                        out.add(c);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * {@code 自有助手（如小艺、小布助手）}: a name that needs context ({@code ~小艺}), in a list with a
     * model read already.
     */
    private Optional<ModelNameReader.Candidate> listedContextName(String text, Match<ModelSurface> hit,
                                                                       List<ModelNameReader.Candidate> accepted) {
        if (!listedWithModel(text, hit, accepted)) {
            return Optional.empty();
        }
        for (ModelSurface s : hit.values()) {
            if (s.contextOnly() && !s.shortForm()) {
                ModelNameReader.Candidate c = reader.candidate(text, hit, s, Reason.LISTED_WITH_MODEL);
                return overlaps(c, accepted) ? Optional.empty() : Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Reason evidence(ExtractionContext ctx, Match<ModelSurface> hit, ModelSurface s,
                                   List<Match<ModelSurface>> unproven, List<ModelNameReader.Candidate> accepted,
                                   CompanyNames companies) {
        String text = ctx.text();
        if (gluedToLatinWord(text, hit.start())) {
            return null; // Hengyu-R2: the end of another name
        }
        if (listedWithModel(text, hit, accepted)) {
            return Reason.LISTED_WITH_MODEL;
        }
        if (!standsFree(text, hit.start())) {
            return null;
        }
        TextRange sentence = ctx.sentenceWindow(hit.start(), hit.end());
        int from = sentence.start();
        int to = sentence.end();
        String own = text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT);
        boolean talk = modelTalk(text, from, to);
        for (int k = Match.firstAtOrAfter(unproven, from); talk && k < unproven.size() && unproven.get(k).start() < to; k++) {
            Match<ModelSurface> other = unproven.get(k);
            if (other.end() <= to && other != hit && standsFree(text, other.start())
                    && !text.substring(other.start(), other.end()).toLowerCase(Locale.ROOT).equals(own)
                    && other.values().stream().anyMatch(v -> v.shortForm() && v.family().equals(s.family()))) {
                return Reason.SHORT_FORMS_TOGETHER;
            }
        }
        for (int k = OpenModelNames.firstEndingAfter(accepted, from); k < accepted.size()
                && accepted.get(k).hit().start() < to; k++) {
            ModelNameReader.Candidate c = accepted.get(k);
            int start = c.hit().start();
            if (start >= from && c.end() <= to && !c.chosen().family().equals(s.family()) && !companies.equals(start, c.hit().end())) {
                return Reason.MODEL_IN_SENTENCE;
            }
        }
        return null;
    }

    /** A model read already stands right before or after the hit, across one list separator. */
    private static boolean listedWithModel(String text, Match<ModelSurface> hit, List<ModelNameReader.Candidate> accepted) {
        for (int k = OpenModelNames.firstEndingAfter(accepted, hit.start() - 3); k < accepted.size()
                && accepted.get(k).hit().start() <= hit.end() + 2; k++) {
            ModelNameReader.Candidate c = accepted.get(k);
            if (CompanyResolver.separated(text, c.end(), hit.start())
                    || CompanyResolver.separated(text, hit.end(), c.hit().start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Latin word ends right before {@code start}, directly or across a hyphen, dot or
     * underscore ({@code Hengyu-R2}, {@code XR2}), or a Han word across a hyphen ({@code 蓝溯-R2}):
     * a short form there ends another name.
     */
    static boolean gluedToLatinWord(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (CharClass.isLatinWordChar(before)) {
            return true;
        }
        return (before == '-' || before == '.' || before == '_') && start >= 2
                && (CharClass.isLatinWordChar(text.charAt(start - 2)) || before == '-' && CharClass.isHan(text.charAt(start - 2)));
    }

    /** Whether nothing name-like stands right before {@code start}. */
    static boolean standsFree(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (before == ' ') {
            return start < 2 || !CharClass.isLatinWordChar(text.charAt(start - 2));
        }
        if (CharClass.isLatinWordChar(before) || before == '-' || before == '.' || before == '_') {
            return false;
        }
        return !CharClass.isHan(before) || FREE_AFTER.indexOf(before) >= 0;
    }

    /** Whether the sentence {@code [from, to)} talks of what models do ({@code 回答}, {@code 推理}…). */
    private static boolean modelTalk(String text, int from, int to) {
        String sentence = text.substring(from, to); // never text.indexOf(w, from): it reads on to the text's end
        for (String w : MODEL_TALK) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (CharClass.isAsciiDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(ModelNameReader.Candidate c, List<ModelNameReader.Candidate> accepted) {
        for (int k = OpenModelNames.firstEndingAfter(accepted, c.hit().start()); k < accepted.size()
                && accepted.get(k).hit().start() < c.end(); k++) {
            ModelNameReader.Candidate a = accepted.get(k);
            if (a.hit().start() < c.end() && c.hit().start() < a.end()) {
                return true;
            }
        }
        return false;
    }
}
