package org.zhnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static List<String> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void writesOnePagePerDocumentAndAnIndex(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "字节跳动发布豆包大模型,融资20亿元。");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/a.txt"), "腾讯混元");
        Files.writeString(in.resolve("notes.md"), "not analysed");
        Path out = dir.resolve("out");
        Result r = run("html", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("a-2.html", "a.html", "index.html"), htmlFiles(out));
        assertTrue(r.out().contains("wrote 2 pages"), r.out());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"a.html\"") && index.contains("href=\"a-2.html\""), index);
        String page = Files.readString(out.resolve("a.html"));
        assertTrue(page.contains("data-type=\"company\""), "the company is highlighted");
        assertTrue(page.matches("(?s).*<mark [^>]*data-type=\"company\"[^>]*>(<span class=\"ev [^>]*>)*字节跳动(</span>)*</mark>.*"),
                "the highlight holds the surface (inside an event role's underline, if any)");
        assertTrue(page.contains("data-type=\"money\""));
        assertFalse(page.contains("Normalized text"));
        assertTrue(page.contains("<a rel=\"index\" href=\"index.html\">"), "every page links back to the index");
        assertTrue(index.contains("data-chart=\"corpus-companies\"") && index.contains("data-chart=\"corpus-money\""),
                index);
        assertTrue(index.contains("data-label=\"字节跳动 (ByteDance)\""), index);
    }

    @Test
    void aDirectoryWithoutTextFilesIsReportedWithAHint(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.html"), "<p>腾讯</p>");
        Result r = run("html", in.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no *.txt file in " + in) && r.err().contains("1 other file"), r.err());
    }

    @Test
    void markupInAFileIsEscapedAndTextOptionAddsTheNormalizedText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "<script>alert(1)</script>百度\"><img src=x onerror=alert(1)>");
        Result r = run("html", "--text", f.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(dir.resolve("out/x.html"));
        assertFalse(page.contains("<script") || page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("Normalized text"));
    }

    @Test
    void unreadableInputsAreReportedAndTheRestWritten(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "阿里巴巴");
        Result r = run("html", dir.resolve("missing.txt").toString(), f.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.txt") && r.err().contains("no such file"), r.err());
        assertEquals(List.of("index.html", "ok.html"), htmlFiles(dir.resolve("out")));
    }

    @Test
    void outputDirectoryIsRequired(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "阿里巴巴");
        Result r = run("html", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--output"), r.err());
    }

    @Test
    void pageNamesAreSafeAndUnique() {
        Set<String> used = new HashSet<>(Set.of("index.html"));
        assertEquals("a_b_c_.html", HtmlCommand.pageName("a b<c>.txt", used));
        assertEquals("a_b_c_-2.html", HtmlCommand.pageName("a b<c>.txt", used));
        assertEquals("_.hidden.html", HtmlCommand.pageName(".hidden.txt", used));
        assertEquals("index-2.html", HtmlCommand.pageName("index.txt", used));
        assertEquals("新闻_1.html", HtmlCommand.pageName("新闻\"1.txt", used));
    }
}
