package org.zhnews.extract.lexicon;

import org.zhnews.core.ExtractionContext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Models no list holds written in small letters with a dot and a number ({@code foo.llm2},
 * {@code abc.vl1.5}), read only in a list with a model read already
 * ({@code 美团的LongCat-Flash和小红书的dots.llm1}) or with a model word right after them:
 * {@link Reason#LISTED_WITH_MODEL}, {@link Reason#NAMED_AS_MODEL}. The family is the name
 * before the number, the number its version. A host name or a file name ({@code foo.com},
 * {@code app.py}) has no number glued to its last part; no name overlaps a dictionary name.
 * Immutable and thread-safe.
 */
final class DottedModelNames {

    /** Small letters, a dot, small letters and a number (a dot may stand inside the number). */
    private static final Pattern NAME = Pattern.compile("[a-z]{2,12}\\.[a-z]{2,8}(\\d{1,2}(?:\\.\\d{1,2})?)");

    private final OpenModelCues cues;

    DottedModelNames(OpenModelCues cues) {
        this.cues = cues;
    }

    /** The model named at {@code start} (no Latin word character before it), or null. */
    Decision read(ExtractionContext ctx, int start, NameHits hits, List<ModelNameReader.Candidate> models,
                  CompanyNames companies) {
        String text = ctx.text();
        Matcher m = NAME.matcher(text).region(start, Math.min(text.length(), start + 32));
        if (!m.lookingAt()) {
            return null;
        }
        int end = m.end();
        if (end < text.length() && (OpenModelNames.glued(text.charAt(end)) && text.charAt(end) != '.'
                || text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)))) {
            return null;
        }
        if (OpenModelNames.touches(hits, start, end) || OpenModelNames.inside(models, start, end)) {
            return null;
        }
        Reason why;
        if (OpenModelNames.listedWithModel(text, start, end, models, hits)) {
            why = Reason.LISTED_WITH_MODEL;
        } else if (cues.modelWordAfter(text, end)) {
            why = Reason.NAMED_AS_MODEL;
        } else {
            return null;
        }
        int number = m.start(1);
        return OpenModelNames.decision(text, start, end, text.substring(start, number),
                Optional.of(text.substring(number, end)), Optional.empty(), Optional.empty(), why,
                cues.releasedBy(ctx, start, companies));
    }
}
