package org.zhnews.extract.knowledge;

import java.io.InputStream;

/** The small knowledge base of the unit tests (test resources test-companies.tsv and test-models.tsv). */
public final class TestKnowledge {

    private static final KnowledgeBase KB = load();

    private TestKnowledge() {
    }

    public static KnowledgeBase kb() {
        return KB;
    }

    private static KnowledgeBase load() {
        try (InputStream c = TestKnowledge.class.getResourceAsStream("test-companies.tsv");
             InputStream m = TestKnowledge.class.getResourceAsStream("test-models.tsv")) {
            return KnowledgeBase.builder().companies(c, "test-companies.tsv").models(m, "test-models.tsv").build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
