package org.zhnews.cli;

import java.util.List;
import org.zhnews.ZhNews;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Pipeline;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.script.ScriptTarget;

/** Makes the pipeline the CLI runs: the default one, with the script normalizer's target chosen. */
@FunctionalInterface
interface Pipelines {

    /** The pipeline that converts to {@code target}. */
    Pipeline forTarget(ScriptTarget target);

    /** The default pipeline for simplified text; for other targets, a copy with the script normalizer replaced. */
    static Pipeline standard(ScriptTarget target) {
        if (target == ScriptTarget.SIMPLIFIED_MAINLAND) {
            return ZhNews.pipeline();
        }
        List<Normalizer> normalizers = ZhNews.pipeline().normalizers();
        Pipeline.Builder b = ZhNews.builder().clearNormalizers();
        for (Normalizer n : normalizers) {
            b.normalizer(n instanceof ScriptNormalizer ? ScriptNormalizer.builder().target(target).build() : n);
        }
        return b.build();
    }
}
