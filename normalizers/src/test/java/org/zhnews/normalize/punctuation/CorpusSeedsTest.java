package org.zhnews.normalize.punctuation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.testkit.ConsistencyKit;

/** Runs the real seed articles through the default normalizer and reports what it converted. */
@Tag("shared")
class CorpusSeedsTest {

    @Test
    void seedsKeepInvariantsAndGainFullWidthPunctuation() throws IOException {
        Path seeds = PanguPeerSpecTest.shared().resolve("corpus/seeds");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int converted = 0;
        int left = 0;
        for (Path f : files) {
            String in = Files.readString(f, StandardCharsets.UTF_8);
            Normalization n = ConsistencyKit.checkNormalizer(PunctuationNormalizer.defaults(), in);
            int full = count(n.text(), "，：；？！（）") - count(in, "，：；？！（）");
            int half = count(n.text(), ",:;?!()");
            converted += full;
            left += half;
            System.out.printf("%s: %d marks made full-width, %d half-width left, %d warnings%n",
                    f.getFileName(), full, half, n.warnings().size());
        }
        System.out.printf("seeds: %d converted, %d half-width marks left%n", converted, left);
        assertTrue(converted > 0);
    }

    private static int count(String s, String chars) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                k++;
            }
        }
        return k;
    }
}
