package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.ZhNews;
import org.zhnews.core.Document;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.Mention;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.script.ScriptTarget;
import org.zhnews.testkit.SharedDir;

/**
 * The display script is a projection: on {@code samples/corpus} and the shared seeds, every
 * target (simplified, traditional, Taiwan, Hong Kong) gives the default pipeline's mentions
 * exactly (type, offsets in both texts, values), and every mention's display text at its
 * display offsets is the projection of its analysis text.
 */
@Tag("shared")
class DisplayTargetsTest {

    @Test
    void everyTargetFindsTheSameMentionsAndShowsEachAsItsProjection() throws IOException {
        List<Path> inputs = new ArrayList<>(corpus());
        inputs.addAll(SharedDir.seeds());
        assertTrue(inputs.size() >= 15, inputs.toString());
        Pipeline plain = ZhNews.pipeline();
        Map<ScriptTarget, Integer> counts = new LinkedHashMap<>();
        Map<ScriptTarget, Integer> shifted = new LinkedHashMap<>();
        for (ScriptTarget target : ScriptTarget.values()) {
            ScriptNormalizer projection = ScriptNormalizer.builder().target(target).build();
            Pipeline shown = ZhNews.builder().display(projection).build();
            int total = 0;
            int moved = 0;
            for (Path input : inputs) {
                byte[] bytes = Files.readAllBytes(input);
                Document base = plain.analyze(bytes, input.toString());
                Document doc = shown.analyze(bytes, input.toString());
                assertEquals(base.text(), doc.text(), input + " " + target);
                assertEquals(base.mentions(), doc.mentions(), input + " " + target);
                for (Mention m : doc.mentions()) {
                    String analysis = doc.text().substring(m.start(), m.end());
                    assertEquals(projection.normalize(analysis).text(), doc.display().surface(m),
                            () -> input + " " + target + " " + m);
                    moved += doc.display().range(m).start() != m.start() ? 1 : 0;
                }
                total += doc.mentions().size();
            }
            counts.put(target, total);
            shifted.put(target, moved);
        }
        System.out.println("mentions per display target on samples/corpus and the seeds: " + counts
                + "; at other display offsets than analysis offsets: " + shifted);
        assertTrue(shifted.get(ScriptTarget.TRADITIONAL_TAIWAN) > 100, "Taiwan wording changes lengths: " + shifted);
        assertEquals(1, counts.values().stream().distinct().count(), counts.toString());
    }

    private static List<Path> corpus() throws IOException {
        Path dir = Path.of("..", "samples", "corpus");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
