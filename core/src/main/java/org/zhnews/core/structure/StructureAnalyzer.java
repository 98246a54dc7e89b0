package org.zhnews.core.structure;

/**
 * Finds the layout of a normalized document: article boundaries, titles, bylines, outlets,
 * publication dates and boilerplate zones. Runs after the normalizers and before the
 * extractors. Implementations are immutable and thread-safe; a runtime exception becomes a
 * warning on the document and the document is then read as one article without zones.
 */
public interface StructureAnalyzer {

    /**
     * The layout of {@code input}; its ranges lie inside the input's texts.
     *
     * @param input the texts and what is known of the document
     * @return the structure, at least one article
     */
    Structure analyze(StructureInput input);

    /**
     * A short name for warnings and logs.
     *
     * @return the simple class name unless overridden
     */
    default String name() {
        return getClass().getSimpleName();
    }
}
