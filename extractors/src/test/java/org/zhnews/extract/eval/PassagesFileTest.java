package org.zhnews.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/** The hand-written gold passages are well formed and cover what they promise. */
class PassagesFileTest {

    private final List<GoldPassage> passages = GoldPassages.load();

    @Test
    void enoughPassagesWithUniqueIds() {
        assertTrue(passages.size() >= 45, "only " + passages.size() + " passages");
        Set<String> ids = new HashSet<>();
        for (GoldPassage p : passages) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
        }
    }

    @Test
    void everySurfaceStandsVerbatimInItsText() {
        for (GoldPassage p : passages) {
            for (GoldCompany c : p.companies()) {
                assertTrue(p.text().contains(c.surface()), p.id() + ": " + c.surface());
                assertFalse(c.canonical().isBlank(), p.id() + ": " + c.surface());
            }
            for (GoldModel m : p.models()) {
                assertTrue(p.text().contains(m.surface()), p.id() + ": " + m.surface());
            }
        }
    }

    @Test
    void oneEntryPerDistinctSurface() {
        for (GoldPassage p : passages) {
            Set<String> companies = new HashSet<>();
            p.companies().forEach(c -> assertTrue(companies.add(c.surface()), p.id() + ": " + c.surface()));
            Set<String> models = new HashSet<>();
            p.models().forEach(m -> assertTrue(models.add(m.surface()), p.id() + ": " + m.surface()));
        }
    }

    @Test
    void passagesAreTwoToSixSentences() {
        for (GoldPassage p : passages) {
            int sentences = 0;
            for (int i = 0; i < p.text().length(); i++) {
                if ("。！？".indexOf(p.text().charAt(i)) >= 0) {
                    sentences++;
                }
            }
            assertTrue(sentences >= 2 && sentences <= 6, p.id() + ": " + sentences + " sentences");
        }
    }

    @Test
    void aboutAThirdAreTrapsAndSomeHaveNoCompany() {
        long hard = passages.stream().filter(GoldPassage::hard).count();
        assertTrue(hard * 3 >= passages.size(), hard + " hard of " + passages.size());
        long noCompany = passages.stream().filter(p -> p.companies().isEmpty()).count();
        assertTrue(noCompany >= 5, noCompany + " passages without a company");
    }

    @Test
    void modelVersionsFollowTheGoldConventions() {
        assertEquals("1", model("p17", "o1").version().orElseThrow());
        assertEquals("o", model("p17", "o1").family());
        assertEquals("2.5 Pro", model("p21", "Gemini 2.5 Pro").version().orElseThrow());
        assertEquals("3-235B-A22B", model("p02", "Qwen3-235B-A22B").version().orElseThrow());
        assertTrue(model("p09", "豆包").version().isEmpty());
    }

    private GoldModel model(String id, String surface) {
        return passages.stream().filter(p -> p.id().equals(id)).flatMap(p -> p.models().stream())
                .filter(m -> m.surface().equals(surface)).findFirst().orElseThrow();
    }
}
