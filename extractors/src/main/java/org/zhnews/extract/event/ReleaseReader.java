package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.ModelRelease;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;

/**
 * Model releases: a release word ({@code 发布}, {@code 推出}, {@code 开源}, {@code 上线}) with the
 * models it governs: those after it in its clause (a list counts whole), or one just before it
 * ({@code X正式开源}). A model right after a use or comparison word ({@code 基于}, {@code 超越})
 * is not released. A weak word ({@code 更新}, {@code 升级}) needs its model right after it. The
 * vendor is the company of the model's vendor id named in the document, else the actor before
 * the word (not a place it is published: {@code 在Hugging Face开源}), else for a model no list
 * holds the article's main company ({@code 公司同日推出X}); open source is what {@code 开源}/{@code 闭源} in the sentence says. Stateless.
 */
final class ReleaseReader {

    private static final int WEAK_REACH = 4;
    /** Words before a company that make it the place a model is published ({@code 在GitHub开源}). */
    private static final java.util.regex.Pattern PLACE_BEFORE = java.util.regex.Pattern.compile("(在|于|至|到|通过|登陆|上线)\\s*$");
    private static final int SUBJECT_REACH = 8;
    /** A gap that ends by naming what follows as a model ({@code 自研的多模态模型X}). */
    private static final java.util.regex.Pattern NAMES_A_MODEL =
            java.util.regex.Pattern.compile("(模型|大模型|模型系列|系列模型|新版本|新一代|版本)\\s*[「“\"『《]?\\s*$");
    /** Between a family and its version named as such ({@code ILMU的推理版本ILMU-R1}). */
    private static final java.util.regex.Pattern VERSION_OF = java.util.regex.Pattern.compile("的[^，,。；;]{0,8}(版本|版)\\s*[「“\"『《]?");
    /** After a model used as a base ({@code 以Llama 3.3为基础}). */
    private static final java.util.regex.Pattern AS_BASE = java.util.regex.Pattern.compile("^\\s*[」”\"』》]?\\s*(为基础|为底座|为基座|为基|作为基础)");

    List<Event> read(SentenceView s) {
        if (s.models.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        List<ModelMention> taken = new ArrayList<>();
        for (Hit h : s.hits("model_release", "trigger")) {
            if (s.suppressed("model_release", h)) {
                continue;
            }
            List<ModelMention> governed = governed(s, h);
            for (ModelMention m : governed) {
                if (!taken.contains(m) && !namedBetter(s, m, governed)) {
                    taken.add(m);
                    out.add(new ModelRelease(s.doc.ctx.span(h.start(), h.end()), s.sentence.index(),
                            Modalities.of(s, h.start()), m, vendor(s, m, h.start()), openSource(s, m, h)));
                }
            }
        }
        return out;
    }

    private static List<ModelMention> governed(SentenceView s, Hit h) {
        List<ModelMention> out = new ArrayList<>();
        int clauseEnd = s.clauseAt(h.start()).range().end();
        int at = h.end();
        for (ModelMention m : s.models) {
            if (m.start() < h.end() || m.end() > clauseEnd) {
                continue;
            }
            String gap = s.gap(at, m.start());
            boolean first = out.isEmpty();
            if (h.value().equals("weak") && first && gap.length() > WEAK_REACH && !NAMES_A_MODEL.matcher(gap).find()) {
                break;
            }
            if (!first && !CompanyRuns.glue(gap) || usedNotReleased(s, m)) {
                break;
            }
            out.add(m);
            at = m.end();
        }
        if (!out.isEmpty() && out.get(0).model().version().isEmpty()) { // 推出ILMU的推理版本ILMU-R1: the version is released
            ModelMention family = out.get(0);
            for (ModelMention m : s.models) {
                if (m.start() >= family.end() && m.end() <= clauseEnd && m.model().family().equals(family.model().family())
                        && m.model().version().isPresent() && VERSION_OF.matcher(s.gap(family.end(), m.start())).matches()) {
                    out.set(0, m);
                    break;
                }
            }
        }
        if (out.isEmpty() && !h.value().equals("weak")) {
            int clauseStart = s.clauseAt(h.start()).range().start();
            SentenceView.lastBefore(s.models, clauseStart, h.start())
                    .filter(m -> h.start() - m.end() <= SUBJECT_REACH && !usedNotReleased(s, m))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A family named without a version right beside the same family with one ({@code 通义千问Qwen3}). */
    private static boolean namedBetter(SentenceView s, ModelMention m, List<ModelMention> governed) {
        if (m.model().version().isPresent()) {
            return false;
        }
        for (ModelMention o : governed) {
            if (o != m && o.model().family().equals(m.model().family()) && o.model().version().isPresent()
                    && (s.gap(m.end(), o.start()).isBlank() || s.gap(o.end(), m.start()).isBlank())) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedNotReleased(SentenceView s, ModelMention m) {
        if (s.gap(m.start() - 1, m.start()).equals("以") && AS_BASE.matcher(s.gap(m.end(), m.end() + 6)).find()) {
            return true; // 以Llama 3.3为基础的助手: the base, not what is released
        }
        for (Hit h : s.hits("model_release", "not-release")) {
            if (h.end() <= m.start() && m.start() - h.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    private static Optional<CompanyMention> vendor(SentenceView s, ModelMention m, int trigger) {
        Optional<String> id = m.model().vendor();
        if (id.isPresent()) {
            for (CompanyMention c : s.doc.companies) {
                if (c.id().equals(id)) {
                    return Optional.of(c);
                }
            }
        }
        List<CompanyMention> places = new java.util.ArrayList<>();
        for (CompanyMention c : s.companies) {
            if (PLACE_BEFORE.matcher(s.gap(c.start() - 3, c.start())).find()) {
                places.add(c); // 在Hugging Face开源: where it is published, not by whom
            }
        }
        Optional<CompanyMention> subject = CompanyRuns.subjectBefore(s, trigger, places);
        if (subject.isEmpty() && id.isEmpty()) { // 公司同日推出X: the article's own company
            return s.doc.subject(s.sentence.article())
                    .filter(c -> !s.doc.exchange(c) && places.stream().noneMatch(p -> p.id().equals(c.id())));
        }
        return subject.filter(c -> id.isEmpty() || c.id().equals(id));
    }

    /**
     * What 开源/闭源 says of the model: the release word itself when it is one ({@code 开源X}), else
     * a word standing within a few characters of any mention of the same model in the document
     * ({@code 澜图-3暂不开源}), else the first such word of the sentence.
     */
    private static Optional<Boolean> openSource(SentenceView s, ModelMention m, Hit trigger) {
        List<Hit> words = s.hits("model_release", "open-source");
        for (Hit w : words) {
            if (w.start() == trigger.start() && w.end() == trigger.end()) {
                return Optional.of(Boolean.parseBoolean(w.value())); // 开源X: the release is the opening
            }
        }
        Optional<Boolean> near = s.doc.openSource(m);
        if (near.isPresent() || words.isEmpty()) {
            return near;
        }
        return Optional.of(Boolean.parseBoolean(words.get(0).value()));
    }
}
