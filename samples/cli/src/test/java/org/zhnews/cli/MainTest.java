package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void jsonPrintsOneValidObjectPerDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "字节跳动发布豆包");
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.txt"), "腾讯混元".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("ignored.md"), "not analysed");
        Result r = run("analyze", "--json", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        for (String line : r.lines()) {
            JsonNode doc = MAPPER.readTree(line);
            for (String field : List.of("source", "charset", "script", "warnings", "mentions")) {
                assertTrue(doc.has(field), field + " in " + line);
            }
            assertTrue(!doc.has("text"));
        }
        assertTrue(MAPPER.readTree(r.lines().get(0)).get("source").asText().endsWith("a.txt"));
    }

    @Test
    void textOptionAddsTheNormalizedText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "百度");
        Result r = run("analyze", "--json", "--text", f.toString());
        assertEquals("百度", MAPPER.readTree(r.lines().get(0)).get("text").asText());
    }

    @Test
    void summaryIsReadable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "百度");
        Result r = run("analyze", f.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("== " + f), r.out());
        assertTrue(r.out().contains("1 document, "), r.out());
    }

    @Test
    void unreadablePathsFailButOthersAreAnalysed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "百度");
        Result r = run("analyze", "--json", dir.resolve("missing.txt").toString(), f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.txt") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.lines().size());
    }

    @Test
    void badUsageExitsWithTwo() {
        Result r = run("analyze");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("PATH"), r.err());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void helpDescribesTheCommands() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("analyze"), r.out());
        assertTrue(r.out().contains("Exit codes"), r.out());
    }
}
