package org.zhnews.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated {@value SurfaceVariants#RESOURCE} must be what the script normalizers give the
 * bundled knowledge base's surfaces today. When it is stale this test fails; regenerate it with
 * {@value #COMMAND}.
 */
class SurfaceVariantsFileTest {

    static final String COMMAND = "mvn -B -q -pl extractors -am test -Dtest=SurfaceVariantsFileTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dzhnews.regenerate=true";
    private static final Path SOURCE = Path.of("src/main/resources/org/zhnews/extract/knowledge",
            SurfaceVariants.RESOURCE);

    @Test
    void generatedFileIsUpToDate() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("zhnews.regenerate")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        String bundled;
        if (Boolean.getBoolean("zhnews.regenerate")) {
            bundled = Files.readString(SOURCE, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = SurfaceVariants.class.getResourceAsStream(SurfaceVariants.RESOURCE)) {
                bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertEquals(expected, bundled, SurfaceVariants.RESOURCE + " is stale: regenerate it with " + COMMAND);
    }

    @Test
    void aSurfaceOutsideTheFileIsConvertedOnTheFly() {
        String own = "艾克米雲端運算";
        assertEquals(List.of(own, "艾克米云计算"), List.copyOf(SurfaceVariants.standard().of(own)));
        assertEquals(Set.of("Acme Cloud"), SurfaceVariants.standard().of("Acme Cloud"));
    }

    @Test
    void precomputedFormsAreUsedAsGiven() {
        SurfaceVariants v = new SurfaceVariants(Map.of("甲乙", new SurfaceVariants.Forms("丙丁", "戊己")));
        assertEquals(List.of("甲乙", "丙丁", "戊己"), List.copyOf(v.of("甲乙")));
        assertEquals(List.of("甲甲"), List.copyOf(v.of("甲甲")));
    }

    /** The file's text: header, then one sorted row per bundled surface with a Han character. */
    static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Script forms of the bundled knowledge base's surfaces (company/companies-cn.tsv,\n")
                .append("# company/companies-global.tsv, model/models.tsv), under which KnowledgeBase indexes them.\n")
                .append("# GENERATED from those files by the script normalizers (OpenCC data and the project's\n")
                .append("# overlay): do not edit. SurfaceVariantsFileTest fails when it is stale; regenerate with\n")
                .append("#   ").append(COMMAND).append('\n')
                .append("# Columns: surface <TAB> simplified (ScriptNormalizer defaults: simplified, mainland\n")
                .append("# wording) <TAB> traditional (target TRADITIONAL, characters only). One row per surface\n")
                .append("# with a Han character, sorted by surface.\n")
                .append("surface\tsimplified\ttraditional\n");
        Set<String> surfaces = new TreeSet<>(KnowledgeBase.builder().withStandard().scriptSurfaces());
        for (String s : surfaces) {
            if (SurfaceVariants.hasHan(s)) {
                SurfaceVariants.Forms f = SurfaceVariants.convert(s);
                sb.append(s).append('\t').append(f.simplified()).append('\t').append(f.traditional()).append('\n');
            }
        }
        return sb.toString();
    }
}
