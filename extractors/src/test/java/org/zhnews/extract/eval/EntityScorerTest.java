package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.Span;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/**
 * The scorer on hand-made mentions, before any extractor exists. Expected counts were worked out
 * from the rules of ../shared/tools/score.py and checked by running the script on the same cases.
 */
class EntityScorerTest {

    // ---- companies ----

    @Test
    void linkedMentionMatchesGoldThroughCanonicalName() {
        EntityScore s = EntityScorer.companies(
                List.of(linked("字節", "bytedance", "字节跳动", "ByteDance")),
                List.of(req("字节跳动", "字节跳动 ByteDance")));
        assertCounts(s, 1, 1, 1, 1);
        assertEquals(1.0, s.f1());
    }

    @Test
    void englishNameAloneIsEnough() {
        EntityScore s = EntityScorer.companies(
                List.of(linked("NVIDIA", "nvidia", "英伟达", "NVIDIA")),
                List.of(req("輝達", "英伟达 NVIDIA")));
        assertCounts(s, 1, 1, 1, 1);
    }

    @Test
    void extraPredictionLowersPrecisionOnly() {
        EntityScore s = EntityScorer.companies(
                List.of(linked("OpenAI", "openai", "OpenAI", "OpenAI"),
                        linked("苹果", "apple", "苹果", "Apple")),
                List.of(req("OpenAI", "OpenAI")));
        assertCounts(s, 1, 2, 1, 1);
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(List.of("苹果 (apple)"), s.extras());
        assertEquals(List.of(), s.misses());
    }

    @Test
    void missedGoldLowersRecallAndIsNamed() {
        EntityScore s = EntityScorer.companies(
                List.of(linked("腾讯", "tencent", "腾讯", "Tencent")),
                List.of(req("腾讯", "腾讯 Tencent"), req("美团", "美团 Meituan")));
        assertCounts(s, 1, 1, 1, 2);
        assertEquals(List.of("美团"), s.misses());
    }

    @Test
    void predictionNamingOnlyOptionalGoldDoesNotCount() {
        List<GoldCompany> gold = List.of(req("阿里巴巴", "阿里巴巴 Alibaba"),
                opt("阿里云", "阿里云 Alibaba Cloud"));
        EntityScore s = EntityScorer.companies(
                List.of(unlinked("阿里云"), linked("阿里巴巴", "alibaba", "阿里巴巴", "Alibaba")), gold);
        assertCounts(s, 1, 1, 1, 1);
        assertEquals(List.of(), s.extras());
    }

    @Test
    void predictionNamingOptionalAndRequiredGoldCountsAsHit() {
        // a business unit linked to its parent: its names touch optional gold and required gold
        List<GoldCompany> gold = List.of(req("阿里巴巴", "阿里巴巴 Alibaba"),
                opt("阿里云", "阿里云 Alibaba Cloud"));
        EntityScore s = EntityScorer.companies(
                List.of(linked("阿里云", "alibaba", "阿里巴巴", "Alibaba")), gold);
        assertCounts(s, 1, 1, 1, 1);
    }

    @Test
    void onlyOptionalGoldAndNoPredictionIsPerfect() {
        EntityScore s = EntityScorer.companies(List.of(), List.of(opt("清华大学", "清华大学 Tsinghua University")));
        assertCounts(s, 0, 0, 0, 0);
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void spellingsOfOneEntityMergeIntoOneGoldEntity() {
        List<GoldCompany> gold = List.of(req("阿里", "阿里巴巴 Alibaba"), req("阿里巴巴", "阿里巴巴 Alibaba"),
                req("Alibaba Group Holding", "阿里巴巴 Alibaba"));
        EntityScore s = EntityScorer.companies(List.of(unlinked("阿里")), gold);
        assertCounts(s, 1, 1, 1, 1);
    }

    @Test
    void mergingIsOneGreedyPassAsInTheScript() {
        // A={甲,jia}, B={乙,yi}, C={jia,yi}: C joins A only; A and B stay apart although A∪C meets B
        List<GoldCompany> gold = List.of(req("甲", "甲 Jia"), req("乙", "乙 Yi"), req("甲乙", "Jia Yi"));
        EntityScore none = EntityScorer.companies(List.of(), gold);
        assertEquals(2, none.nGold());
        // one prediction named "yi" hits both gold entities: one true positive, two found
        EntityScore s = EntityScorer.companies(List.of(unlinked("Yi")), gold);
        assertCounts(s, 1, 1, 2, 2);
    }

    @Test
    void mentionsWithOneIdAreOnePrediction() {
        EntityScore s = EntityScorer.companies(
                List.of(linked("字节", "bytedance", "字节跳动", "ByteDance"),
                        linked("字节跳动", "bytedance", "字节跳动", "ByteDance"),
                        unlinked("星河微算智能"), unlinked("星河微算智能")),
                List.of(req("字节", "字节跳动 ByteDance")));
        assertCounts(s, 1, 2, 1, 1);
        assertEquals(List.of("星河微算智能 (open:星河微算智能)"), s.extras());
    }

    @Test
    void unknownCompanyMatchesBySurfaceWhenCanonicalIsTheSurface() {
        EntityScore s = EntityScorer.companies(List.of(unlinked("Lumora Robotics Inc.")),
                List.of(req("Lumora Robotics Inc.", "Lumora Robotics Inc.")));
        // the canonical splits into words; the whole surface, normalized, is a token as well
        assertCounts(s, 1, 1, 1, 1);
    }

    @Test
    void noPredictionAgainstGoldIsZeroPrecision() {
        EntityScore s = EntityScorer.companies(List.of(), List.of(req("百度", "百度 Baidu")));
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    // ---- models ----

    @Test
    void modelVersionAndVariantTogetherMatchGoldVersion() {
        List<GoldModel> gold = List.of(reqModel("Qwen2.5-Max", "Qwen", "2.5-Max"));
        EntityScore hit = EntityScorer.models(List.of(model("Qwen2.5-Max", "Qwen", "2.5", "Max")), gold);
        assertCounts(hit, 1, 1, 1, 1);
    }

    @Test
    void versionMismatchIsAMissAndAnExtra() {
        List<GoldModel> gold = List.of(reqModel("Qwen2.5-Max", "Qwen", "2.5-Max"));
        EntityScore s = EntityScorer.models(List.of(model("Qwen2.5", "Qwen", "2.5", null)), gold);
        assertCounts(s, 0, 1, 0, 1);
        assertEquals(List.of("Qwen2.5-Max"), s.misses());
        assertEquals(List.of("Qwen2.5 (Qwen 2.5)"), s.extras());
    }

    @Test
    void familyWithoutVersionDoesNotMatchAVersionedGold() {
        EntityScore s = EntityScorer.models(List.of(model("Gemini", "Gemini", null, null)),
                List.of(reqModel("Gemini 2.5 Pro", "Gemini", "2.5 Pro")));
        assertCounts(s, 0, 1, 0, 1);
    }

    @Test
    void familyPlusVersionSpellingTheSameNameMatches() {
        // o1 read as one family name still equals family "o" + version "1"
        EntityScore s = EntityScorer.models(List.of(model("o1", "o1", null, null)),
                List.of(reqModel("o1", "o", "1")));
        assertCounts(s, 1, 1, 1, 1);
        EntityScore spaced = EntityScorer.models(List.of(model("Gemini-2.5 pro", "gemini", "2.5", "pro")),
                List.of(reqModel("Gemini 2.5 Pro", "Gemini", "2.5 Pro")));
        assertCounts(spaced, 1, 1, 1, 1);
    }

    @Test
    void eitherWordOfABilingualFamilyMatches() {
        List<GoldModel> gold = List.of(reqModel("豆包", "豆包 Doubao", null));
        assertCounts(EntityScorer.models(List.of(model("豆包", "Doubao", null, null)), gold), 1, 1, 1, 1);
        assertCounts(EntityScorer.models(List.of(model("豆包大模型", "豆包", null, null)), gold), 1, 1, 1, 1);
    }

    @Test
    void surfaceMatchesWhateverTheFamily() {
        EntityScore s = EntityScorer.models(List.of(model("k1.5", "k", "1.5", null)),
                List.of(reqModel("k1.5", "Kimi", "k1.5")));
        assertCounts(s, 1, 1, 1, 1);
    }

    @Test
    void predictionMatchingOnlyOptionalGoldModelDoesNotCount() {
        List<GoldModel> gold = List.of(optModel("Seed", "Seed", null));
        EntityScore s = EntityScorer.models(List.of(model("Seed", "Seed", null, null)), gold);
        assertCounts(s, 0, 0, 0, 0);
        assertEquals(1.0, s.precision());
        assertEquals(List.of(), s.extras());
    }

    @Test
    void goldModelsOfOneFamilyAndVersionMerge() {
        List<GoldModel> gold = List.of(reqModel("混元", "混元 Hunyuan", null),
                reqModel("騰訊混元", "混元 Hunyuan", null), reqModel("Hunyuan", "Hunyuan", null),
                reqModel("Llama 4", "Llama", "4"), reqModel("Llama", "Llama", null));
        EntityScore none = EntityScorer.models(List.of(), gold);
        assertEquals(3, none.nGold());
        EntityScore s = EntityScorer.models(List.of(model("混元", "混元", null, null)), gold);
        assertCounts(s, 1, 1, 1, 3);
    }

    @Test
    void oneFamilyVersionKeyIsOnePrediction() {
        EntityScore s = EntityScorer.models(
                List.of(model("DeepSeek-R1", "DeepSeek", "R1", null), model("R1", "DeepSeek", "R1", null),
                        model("H20", "H", "20", null)),
                List.of(reqModel("R1", "DeepSeek", "R1")));
        assertCounts(s, 1, 2, 1, 1);
    }

    // ---- score arithmetic ----

    @Test
    void scoresAddUp() {
        EntityScore a = new EntityScore(1, 2, 1, 3, List.of("x"), List.of("y"));
        EntityScore b = new EntityScore(2, 2, 2, 2, List.of(), List.of());
        EntityScore sum = a.plus(b).plus(EntityScore.EMPTY);
        assertCounts(sum, 3, 4, 3, 5);
        assertEquals(0.75, sum.precision());
        assertEquals(0.6, sum.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, sum.f1(), 1e-12);
        assertEquals(List.of("x"), sum.misses());
    }

    @Test
    void normNameDropsCaseSpacesAndPunctuationOfTheScript() {
        assertEquals("metaplatformsinc", EntityScorer.normName("Meta Platforms, Inc."));
        assertEquals("gpt4omini", EntityScorer.normName("GPT-4o_mini"));
        assertEquals("阿里巴巴集团", EntityScorer.normName("阿里巴巴（集团）"));
        assertEquals("copilot+", EntityScorer.normName("Copilot+"));
        assertEquals("", EntityScorer.normName(null));
        assertEquals(List.of("阿里巴巴", "alibaba", "baba"),
                EntityScorer.canonicalTokens("阿里巴巴/Alibaba | BABA"));
    }

    // ---- helpers ----

    private static void assertCounts(EntityScore s, int tpPred, int nPred, int tpGold, int nGold) {
        assertEquals(List.of(tpPred, nPred, tpGold, nGold),
                List.of(s.tpPred(), s.nPred(), s.tpGold(), s.nGold()), s::toString);
    }

    private static Span span(String text) {
        return new Span(text, 0, text.length(), 0, text.length());
    }

    private static CompanyMention linked(String text, String id, String name, String nameEn) {
        Company c = new Company(id, name, Optional.empty(), Optional.ofNullable(nameEn), List.of(), List.of(),
                Optional.empty());
        return new CompanyMention(span(text), name, Optional.of(c));
    }

    private static CompanyMention unlinked(String text) {
        return new CompanyMention(span(text), text, Optional.empty());
    }

    private static ModelMention model(String text, String family, String version, String variant) {
        return new ModelMention(span(text), new AiModel(family, Optional.ofNullable(version),
                Optional.ofNullable(variant), Optional.empty()), Optional.empty());
    }

    private static GoldCompany req(String surface, String canonical) {
        return new GoldCompany(surface, canonical, false);
    }

    private static GoldCompany opt(String surface, String canonical) {
        return new GoldCompany(surface, canonical, true);
    }

    private static GoldModel reqModel(String surface, String family, String version) {
        return new GoldModel(surface, family, Optional.ofNullable(version), false);
    }

    private static GoldModel optModel(String surface, String family, String version) {
        return new GoldModel(surface, family, Optional.ofNullable(version), true);
    }

}
