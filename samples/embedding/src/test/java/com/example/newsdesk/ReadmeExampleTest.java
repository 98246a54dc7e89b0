package com.example.newsdesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is the region between {@code tag::embedding[]} and
 * {@code end::embedding[]} of {@link NewsDesk}, shown verbatim (less its common indentation)
 * inside a {@code ```java} block, so the example cannot drift from code that compiles and is
 * tested.
 */
class ReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/main/java/com/example/newsdesk/NewsDesk.java");
    private static final Path README = Path.of("../../README.md");

    @Test
    void readmeShowsTheTaggedRegionVerbatim() throws IOException {
        assumeTrue(Files.isRegularFile(README), "no README.md two levels up");
        String region = String.join("\n", region(Files.readAllLines(SOURCE)));
        assertFalse(region.isBlank(), "no tagged region in " + SOURCE);
        List<String> blocks = javaBlocks(Files.readAllLines(README));
        assertTrue(blocks.stream().anyMatch(b -> b.contains(region)),
                "README.md has no ```java block containing the tagged region of NewsDesk.java:\n" + region);
    }

    /** The lines between the tags, less the indentation they all share. */
    static List<String> region(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.contains("end::embedding[]")) {
                break;
            }
            if (inside) {
                out.add(line);
            }
            inside |= line.contains("tag::embedding[]");
        }
        int indent = out.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> dedented = new ArrayList<>();
        for (String line : out) {
            dedented.add(line.isBlank() ? "" : line.substring(indent));
        }
        return dedented;
    }

    /** The contents of every fenced block opened with ```java. */
    static List<String> javaBlocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current == null && line.strip().equals("```java")) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(current.length() == 0 ? "" : "\n").append(line);
            }
        }
        return blocks;
    }
}
