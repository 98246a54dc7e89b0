package org.zhnews.cli;

import org.zhnews.ZhNews;
import org.zhnews.core.Pipeline;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.script.ScriptTarget;

/**
 * Makes the pipeline the CLI runs: the default one, whose display text is projected to the
 * chosen script. The analysis text, and so the mentions, are the same for every target.
 */
@FunctionalInterface
interface Pipelines {

    /** The pipeline that shows its text in {@code target}. */
    Pipeline forTarget(ScriptTarget target);

    /**
     * The default pipeline for simplified text (the analysis text is simplified); for other
     * targets, a copy that projects its display text with a script normalizer of that target.
     */
    static Pipeline standard(ScriptTarget target) {
        if (target == ScriptTarget.SIMPLIFIED_MAINLAND) {
            return ZhNews.pipeline();
        }
        return ZhNews.pipeline().toBuilder().display(ScriptNormalizer.builder().target(target).build()).build();
    }
}
