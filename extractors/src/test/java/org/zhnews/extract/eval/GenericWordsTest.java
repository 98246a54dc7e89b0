package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Span;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;

/**
 * A generic English word of a required canonical ({@code AI} in {@code 智谱 Zhipu AI},
 * {@code Capital} in {@code 蔚来资本 NIO Capital}) names nothing on its own, as in score.py.
 */
class GenericWordsTest {

    private static CompanyMention company(String text) {
        return new CompanyMention(new Span(text, 0, text.length(), 0, text.length()), text, Optional.empty());
    }

    @Test
    void aGenericWordMatchesNoRequiredCompany() {
        List<GoldCompany> gold = List.of(new GoldCompany("智谱", "智谱 Zhipu AI", false));
        EntityScore s = EntityScorer.companies(List.of(company("AI")), gold);
        assertEquals(0, s.tpPred());
        assertEquals(1, s.nPred());
        EntityScore named = EntityScorer.companies(List.of(company("Zhipu")), gold);
        assertEquals(1, named.tpGold());
    }

    @Test
    void aGenericWordOfAnOptionalCompanyStillAbsorbs() {
        List<GoldCompany> gold = List.of(new GoldCompany("阿里云", "阿里云 Alibaba Cloud", true));
        EntityScore s = EntityScorer.companies(List.of(company("Cloud")), gold);
        assertEquals(0, s.nPred());
    }
}
