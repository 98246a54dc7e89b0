package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;
import org.zhnews.normalize.script.ScriptTarget;

class MainTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NEWS = "字节跳动发布豆包大模型，融资5亿元，另获2000万美元投资，用户增长30%。";

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

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void jsonPrintsOneValidObjectPerDocument(@TempDir Path dir) throws IOException {
        write(dir, "a.txt", "字节跳动发布豆包");
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.txt"), "腾讯混元".getBytes(StandardCharsets.UTF_8));
        write(dir, "ignored.md", "not analysed");
        Result r = run("analyze", "--json", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size(), r.out());
        for (String line : r.lines()) {
            JsonNode doc = MAPPER.readTree(line);
            for (String field : List.of("source", "charset", "script", "warnings", "mentions")) {
                assertTrue(doc.has(field), field + " in " + line);
            }
            assertFalse(doc.has("text"));
        }
        assertTrue(MAPPER.readTree(r.lines().get(0)).get("source").asText().endsWith("a.txt"));
    }

    @Test
    void publishedResolvesRelativeDates(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "公司去年11月发布了新模型。");
        JsonNode without = MAPPER.readTree(run("analyze", "--json", "--only", "date", f.toString()).lines().get(0));
        assertFalse(without.get("mentions").get(0).has("value"), without.toString());
        Result r = run("analyze", "--json", "--only", "date", "--published", "2025-03-04", f.toString());
        JsonNode date = MAPPER.readTree(r.lines().get(0)).get("mentions").get(0);
        assertEquals("2024-11", date.get("value").asText(), r.out());
        assertEquals(2, run("analyze", "--published", "March 4", f.toString()).code());
    }

    @Test
    void textOptionAddsTheNormalizedText(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "百度");
        Result r = run("analyze", "--json", "--text", f.toString());
        assertEquals("百度", MAPPER.readTree(r.lines().get(0)).get("text").asText());
    }

    @Test
    void tableHasAHeaderRowsPerMentionAndTotals(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        Result r = run("analyze", f.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(f.toString(), lines.get(0));
        assertTrue(lines.get(1).contains("UTF-8 · simplified · 1 article · 0 warnings ·"), lines.get(1));
        assertTrue(lines.get(2).matches("  type +surface +normalized +at"), lines.get(2));
        assertTrue(r.out().contains("bytedance 字节跳动 ByteDance"), r.out());
        assertTrue(r.out().contains("500,000,000 CNY"), r.out());
        assertTrue(r.out().contains("20,000,000 USD"), r.out());
        assertTrue(r.out().contains("30 percent"), r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("Total: 1 document · "), r.out());
    }

    @Test
    void tableColumnsLineUpWithWideCharacters(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        List<String> rows = run("analyze", f.toString()).lines().stream()
                .filter(l -> l.startsWith("  company ") || l.startsWith("  money ") || l.startsWith("  type ")).toList();
        assertTrue(rows.size() >= 3, rows.toString());
        List<Integer> columns = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.trim().split(" {2,}");
            int at = row.lastIndexOf(cells[2]);
            columns.add(TextWidth.of(row.substring(0, at)));
        }
        assertEquals(1, columns.stream().distinct().count(), "normalized column starts at " + columns + " in " + rows);
    }

    @Test
    void onlyFiltersTableAndJsonMentions(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        Result table = run("analyze", "--only", "company,money", f.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("  company "), table.out());
        assertTrue(table.out().contains("  money "), table.out());
        assertFalse(table.out().contains("  metric "), table.out());
        assertFalse(table.out().contains("  model "), table.out());
        assertTrue(table.out().contains("(company 1, money 2)"), table.out());

        JsonNode all = MAPPER.readTree(run("analyze", "--json", f.toString()).lines().get(0));
        JsonNode only = MAPPER.readTree(run("analyze", "--json", "--only", "money", f.toString()).lines().get(0));
        assertEquals(2, only.get("mentions").size(), only.toString());
        for (JsonNode m : only.get("mentions")) {
            assertEquals("money", m.get("type").asText());
        }
        assertTrue(all.get("mentions").size() > 2);
        assertEquals(all.get("warnings"), only.get("warnings"));
        assertEquals(all.get("source"), only.get("source"));
    }

    @Test
    void invalidOnlyTypeIsAUsageError(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        Result r = run("analyze", "--only", "company,people", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown mention type 'people'"), r.err());
        assertTrue(r.err().contains("company, model, money, metric, date"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void targetSelectsTheScriptOfTheNormalizedText(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "软件公司腾讯发布了新的人工智能软件。");
        JsonNode tw = MAPPER.readTree(run("analyze", "--json", "--text", "--target", "taiwan", f.toString()).lines().get(0));
        assertTrue(tw.get("text").asText().contains("軟體"), tw.toString());
        JsonNode trad = MAPPER.readTree(run("analyze", "--json", "--text", "--target", "traditional", f.toString()).lines().get(0));
        assertTrue(trad.get("text").asText().contains("軟件"), trad.toString());
        JsonNode simp = MAPPER.readTree(run("analyze", "--json", "--text", f.toString()).lines().get(0));
        assertEquals("软件公司腾讯发布了新的人工智能软件。", simp.get("text").asText());
        assertEquals("tencent", tw.get("mentions").get(0).get("id").asText(), tw.toString());
        assertEquals(simp.get("mentions"), tw.get("mentions"), "same mentions, same offsets: no phrase changed length");
        Result bad = run("analyze", "--target", "klingon", f.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown target 'klingon'"), bad.err());
    }

    @Test
    void unreadablePathsExitWithOneButOthersAreAnalysed(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "百度");
        Result r = run("analyze", "--json", dir.resolve("missing.txt").toString(), f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.txt") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.lines().size());
        Result table = run("analyze", dir.resolve("missing.txt").toString(), f.toString());
        assertEquals(1, table.code());
        assertTrue(table.out().contains("1 input failed"), table.out());
    }

    @Test
    void inputsOverMaxCharsAreAnalysedInBatchesWithOffsetsInTheWholeInput(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(i % 3 == 0 ? "字节跳动发布豆包大模型，融资5亿元。\n" : i % 3 == 1 ? "腾讯混元用户增长30%。\n"
                    : "百度文心一言?\n");
        }
        String text = b.toString();
        Path f = write(dir, "big.txt", text);
        Result whole = run("analyze", "--json", "--text", f.toString());
        Result streamed = run("analyze", "--json", "--text", "--max-chars", "100", f.toString());
        assertEquals(0, streamed.code(), streamed.err());
        assertEquals(1, streamed.lines().size(), "one object for the input: " + streamed.out());
        JsonNode one = MAPPER.readTree(whole.lines().get(0));
        JsonNode batched = MAPPER.readTree(streamed.lines().get(0));
        assertEquals(f.toString(), batched.get("source").asText());
        assertEquals("UTF-8", batched.get("charset").asText());
        assertEquals(one.get("text"), batched.get("text"), "the batches' texts joined");
        JsonNode mentions = batched.get("mentions");
        assertEquals(one.get("mentions").size(), mentions.size(), "every line is found in its batch");
        int lastArticle = -1;
        for (JsonNode m : mentions) {
            int os = m.get("originalStart").asInt();
            assertEquals(m.get("text").asText(), text.substring(os, m.get("originalEnd").asInt()), m.toString());
            assertEquals(m.get("text").asText(), batched.get("text").asText().substring(m.get("start").asInt(),
                    m.get("end").asInt()), m.toString());
            assertTrue(m.get("article").asInt() >= lastArticle && m.get("article").asInt() < batched.get("articles").size());
            lastArticle = m.get("article").asInt();
        }
        assertTrue(lastArticle >= 3, "articles counted across batches: " + lastArticle);
        assertEquals(text.length(), batched.get("articles").get(batched.get("articles").size() - 1)
                .get("originalEnd").asInt());
        Result table = run("analyze", "--max-chars", "100", f.toString());
        assertTrue(table.out().contains("streamed in batches of at most 100 chars"), table.out());
        assertTrue(table.out().contains("  batch 2 at "), table.out());
        int at = text.lastIndexOf("腾讯");
        assertTrue(table.out().contains(at + "-" + (at + 2)), "offset in the whole file: " + table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("Total: 1 document · ")), table.out());
    }

    @Test
    void batchesKeepThePublicationDateAndTheChosenCharset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gb.txt");
        Files.write(f, "第一行没有日期，只有文字。\n公司去年11月发布了新模型。\n".repeat(8)
                .getBytes(java.nio.charset.Charset.forName("GB18030")));
        Result r = run("analyze", "--json", "--only", "date", "--published", "2025-03-04", "--max-chars", "40",
                f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = MAPPER.readTree(r.lines().get(0));
        assertEquals("GB18030", doc.get("charset").asText());
        assertEquals(8, doc.get("mentions").size(), doc.toString());
        for (JsonNode m : doc.get("mentions")) {
            assertEquals("2024-11", m.get("value").asText(), m.toString());
        }
    }

    @Test
    void inputsOverThePipelinesOwnLimitAreBatchedToo(@TempDir Path dir) throws IOException {
        Path big = write(dir, "big.txt", "百度\n".repeat(50));
        Path small = write(dir, "small.txt", "百度");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--json", big.toString(), small.toString()},
                new PrintWriter(out), new PrintWriter(err),
                target -> Pipelines.standard(target).toBuilder().maxChars(20).build());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(50, MAPPER.readTree(lines.get(0)).get("mentions").size());
    }

    @Test
    void binaryBytesGetOneWarningAndNoMentions(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[60_000];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < bytes.length; i += 400) {
            byte[] noise = new byte[200];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, bytes, i, 200); // and 200 zero bytes, as in an executable
        }
        Path f = dir.resolve("x.txt");
        Files.write(f, bytes);
        Result r = run("analyze", "--json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = MAPPER.readTree(r.lines().get(0));
        assertEquals(1, doc.get("warnings").size(), doc.get("warnings").toString());
        assertEquals("binary_input", doc.get("warnings").get(0).get("code").asText());
        assertEquals(0, doc.get("mentions").size());
        Result streamed = run("analyze", "--json", "--max-chars", "5000", f.toString());
        JsonNode batched = MAPPER.readTree(streamed.lines().get(0));
        assertEquals(doc.get("warnings"), batched.get("warnings"), "written once for the whole input");
        Result table = run("analyze", "--max-chars", "5000", f.toString());
        assertEquals(1, table.out().lines().filter(l -> l.contains("binary_input")).count(), table.out());
    }

    @Test
    void aDirectoryWithoutTextFilesIsReportedWithAHint(@TempDir Path dir) throws IOException {
        write(dir, "notes.md", "腾讯");
        Result r = run("analyze", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no *.txt file in " + dir), r.err());
        assertTrue(r.err().contains("1 other file, such as " + dir.resolve("notes.md")), r.err());
        assertEquals(1, run("analyze", "--json", dir.resolve("notes.md").toString()).lines().size(),
                "a file named directly is analysed whatever its extension");
    }

    @Test
    void badOptionValuesGetOneCleanMessage(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        Map<List<String>, String> cases = Map.of(
                List.of("--published", "notadate"), "'notadate' is not a date (expected YYYY-MM-DD",
                List.of("--published", "2025-02-30"), "'2025-02-30' is not a date",
                List.of("--max-chars", "lots"), "'lots' is not a number of chars",
                List.of("--max-chars", "0"), "'0' is out of range: from 16 to 10,000,000 chars",
                List.of("--max-chars", "99999999999"), "is out of range",
                List.of("--only", "company,people"), "unknown mention type 'people'",
                List.of("--target", "klingon"), "unknown target 'klingon'");
        cases.forEach((option, message) -> {
            List<String> args = new ArrayList<>(List.of("analyze"));
            args.addAll(option);
            args.add(f.toString());
            Result r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), option.toString());
            assertTrue(r.err().startsWith("zhnews analyze: Invalid value for option '" + option.get(0) + "'"), r.err());
            assertTrue(r.err().contains(message), r.err());
            assertTrue(r.err().contains("Try 'zhnews analyze --help'"), r.err());
            for (String leak : List.of("Exception", "java.", "Usage:")) {
                assertFalse(r.err().contains(leak), leak + " in " + r.err());
            }
            assertEquals(2, r.err().lines().count(), r.err());
            assertEquals("", r.out());
        });
        Result mistyped = run("analyze", "--max-char", "100", f.toString());
        assertEquals(2, mistyped.code());
        assertTrue(mistyped.err().contains("Possible solutions: --max-chars"), mistyped.err());
    }

    @Test
    void maxCharsReadsSuffixesAndGroups() {
        CharLimitOption c = new CharLimitOption();
        assertEquals(500_000, c.convert("500k"));
        assertEquals(2_000_000, c.convert("2M"));
        assertEquals(1_000_000, c.convert("1,000,000"));
        assertEquals(1_000_000, c.convert("1_000_000"));
    }

    @Test
    void outOfMemoryIsOneLineAndExitThree(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", NEWS);
        org.zhnews.core.Extractor hungry = new org.zhnews.core.Extractor() {
            @Override
            public java.util.Set<Class<? extends org.zhnews.core.mention.Mention>> produces() {
                return java.util.Set.of(org.zhnews.core.mention.CustomMention.class);
            }

            @Override
            public java.util.Set<org.zhnews.core.mention.MentionKind> kinds() {
                return java.util.Set.of(org.zhnews.core.mention.MentionKind.of("hunger"));
            }

            @Override
            public List<org.zhnews.core.mention.Mention> extract(org.zhnews.core.ExtractionContext context) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", f.toString()}, new PrintWriter(out), new PrintWriter(err),
                target -> Pipelines.standard(target).toBuilder().extractor(hungry).build());
        assertEquals(3, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("zhnews: out of memory analysing " + f + " (Java heap of "), err.toString());
        assertTrue(err.toString().contains("-Xmx") && err.toString().contains("--max-chars"), err.toString());
        assertFalse(err.toString().contains("OutOfMemoryError"), err.toString());
    }

    @Test
    void badUsageExitsWithTwo() {
        Result r = run("analyze");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("PATH"), r.err());
        assertEquals(2, run("frobnicate").code());
        Result none = run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing command") && none.err().contains("Usage: zhnews"), none.err());
        assertEquals(2, run("analyze", "--frobnicate", "a.txt").code());
        Result both = run("analyze", "--progress", "--no-progress", "a.txt");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("exclude each other"), both.err());
    }

    @Test
    void internalErrorExitsWithThree(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "百度");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"analyze", f.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), target -> {
                    throw new IllegalStateException("broken on purpose");
                });
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("zhnews: internal error: java.lang.IllegalStateException: broken on purpose"),
                err.toString());
    }

    @Test
    void helpHasUsageDescriptionExamplesAndExitCodes() {
        Result top = run("--help");
        assertEquals(0, top.code());
        for (String s : List.of("Usage: zhnews", "Commands:", "analyze", "Examples:", "Exit codes:", "3   out of memory")) {
            assertTrue(top.out().contains(s), s + " in\n" + top.out());
        }
        Result analyze = run("analyze", "--help");
        assertEquals(0, analyze.code());
        for (String s : List.of("Usage: zhnews analyze", "--only", "--target", "--sentences", "--no-progress", "--verbose",
                "--published", "--max-chars", "binary_input", "3   out of memory",
                "Examples:", "Exit codes:", "1   some inputs could not be read")) {
            assertTrue(analyze.out().contains(s), s + " in\n" + analyze.out());
        }
        assertEquals(analyze.out(), run("help", "analyze").out());
    }

    @Test
    void versionNamesTheProjectVersion() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("(?s)zhnews \\d+\\.\\d+\\.\\d+.*\nJava .*"), r.out());
    }

    @Test
    void noStartupOrLoggingNoiseOnStderr(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "據報導，輝達(NVIDIA)與台積電合作，營收成長5成，達到300億美元。" + NEWS);
        write(dir, "b.txt", "Qwen2.5-Max 由阿里巴巴发布。");
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        Result r;
        try {
            System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
            r = run("analyze", dir.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("", systemErr.toString(StandardCharsets.UTF_8));
        assertEquals("", systemOut.toString(StandardCharsets.UTF_8));
        assertTrue(r.out().contains("nvidia"), r.out());
    }

    @Test
    void defaultPipelineIsUsedForSimplifiedAndOtherTargetsOnlyProjectTheDisplay() {
        assertTrue(Pipelines.standard(ScriptTarget.SIMPLIFIED_MAINLAND) == org.zhnews.ZhNews.pipeline());
        org.zhnews.core.Pipeline taiwan = Pipelines.standard(ScriptTarget.TRADITIONAL_TAIWAN);
        assertEquals(org.zhnews.ZhNews.pipeline().normalizers(), taiwan.normalizers());
        assertEquals("script:traditional_taiwan", taiwan.displayProjection().orElseThrow().name());
    }

    @Test
    void everyTargetFindsTheSameMentionsAndItsOffsetsCountInTheShownText(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "軟體公司騰訊發布了新的人工智慧軟體，融資5億元。\n智能手机出货量增长30%。");
        JsonNode simp = MAPPER.readTree(run("analyze", "--json", "--text", f.toString()).lines().get(0));
        for (String target : List.of("traditional", "taiwan", "hongkong")) {
            JsonNode other = MAPPER.readTree(run("analyze", "--json", "--text", "--target", target, f.toString())
                    .lines().get(0));
            assertEquals(simp.get("mentions").size(), other.get("mentions").size(), target);
            String shown = other.get("text").asText();
            for (int i = 0; i < simp.get("mentions").size(); i++) {
                JsonNode a = simp.get("mentions").get(i);
                JsonNode b = other.get("mentions").get(i);
                for (String field : List.of("type", "text", "originalStart", "originalEnd", "id", "amount", "value")) {
                    assertEquals(a.get(field), b.get(field), target + " " + field + " of " + b);
                }
                String surface = shown.substring(b.get("start").asInt(), b.get("end").asInt());
                assertFalse(surface.isBlank(), target + " " + b);
            }
        }
        JsonNode tw = MAPPER.readTree(run("analyze", "--json", "--text", "--target", "taiwan", f.toString()).lines().get(0));
        assertTrue(tw.get("text").asText().contains("智慧型手機"), tw.toString());
    }

    @Test
    void sentencesCoverTheTextInJsonAndAreListedInTables(@TempDir Path dir) throws IOException {
        Path f = write(dir, "a.txt", "腾讯发布混元大模型。百度跟进！\n第二段，没有句号");
        for (String target : List.of("simplified", "taiwan")) {
            JsonNode doc = MAPPER.readTree(run("analyze", "--json", "--text", "--sentences", "--target", target,
                    f.toString()).lines().get(0));
            JsonNode sentences = doc.get("sentences");
            assertEquals(3, sentences.size(), doc.toString());
            int pos = 0;
            int orig = 0;
            for (JsonNode s : sentences) {
                assertEquals(pos, s.get("start").asInt());
                assertEquals(orig, s.get("originalStart").asInt());
                pos = s.get("end").asInt();
                orig = s.get("originalEnd").asInt();
            }
            assertEquals(doc.get("text").asText().length(), pos);
            assertEquals(Files.readString(f).length(), orig);
        }
        assertFalse(run("analyze", "--json", f.toString()).out().contains("\"sentences\""));
        Result table = run("analyze", "--sentences", f.toString());
        assertTrue(table.out().contains("  sentences:\n    0-10          腾讯发布混元大模型。\n"), table.out());
        assertTrue(table.out().contains("    16-24         第二段，没有句号"), table.out());
    }

    @Test
    void mentionsInBoilerplateAreMarked(@TempDir Path dir) throws IOException {
        String text = "腾讯发布混元大模型。版权所有，转载请联系百度。";
        Path f = write(dir, "a.txt", text);
        StructureAnalyzer tailIsCopyright = input -> {
            int start = input.text().indexOf("版权所有");
            return new Structure(List.of(Article.plain(new TextRange(0, input.text().length()),
                    new TextRange(0, input.original().length()))),
                    List.of(new Zone(ZoneKind.COPYRIGHT, new TextRange(start, input.text().length()),
                            input.toOriginal(start, input.text().length()))));
        };
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"analyze", "--text", f.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                target -> Pipelines.standard(target).toBuilder().structure(tailIsCopyright).build());
        assertEquals(0, code);
        List<String> rows = out.toString().lines().toList();
        assertTrue(rows.get(2).matches("  type +surface +normalized +at +note"), out.toString());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  company +百度 +baidu .* boilerplate copyright")), out.toString());
        assertTrue(rows.stream().anyMatch(l -> l.matches("  company +腾讯 +tencent [^ ]+ Tencent +0-2")), out.toString());
        assertTrue(rows.contains("    " + text), "the --text lines in " + out);
    }

    @Test
    void dashReadsStandardInput() {
        java.io.InputStream stdin = System.in;
        Result r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("百度发布文心一言".getBytes(java.nio.charset.Charset.forName("GB18030"))));
            r = run("analyze", "--json", "-");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"source\":\"-\""), r.out());
        assertTrue(r.out().contains("\"id\":\"baidu\""), r.out());
    }
}
