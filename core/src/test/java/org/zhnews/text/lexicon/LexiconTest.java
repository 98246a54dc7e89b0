package org.zhnews.text.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static final Columns THREE = Columns.of("word", "kind", "note").requiring(2);

    private static List<LexiconRow> read(String text, Columns columns) {
        return Lexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv", columns);
    }

    @Test
    void bundledResourceSkipsBomCommentsAndBlankLines() {
        List<LexiconRow> rows = Lexicon.resource(LexiconTest.class, "sample.tsv", THREE);
        assertEquals(2, rows.size());
        assertEquals("阿里", rows.get(0).get(0));
        assertEquals("short", rows.get(0).get(2));
        assertEquals(5, rows.get(0).line());
        assertEquals("", rows.get(1).get(2), "an optional column left off reads as empty");
        assertEquals(2, rows.get(1).size());
        assertEquals("org/zhnews/text/lexicon/sample.tsv", rows.get(1).source());
    }

    @Test
    void aListCellSplitsAtBarsAndDropsEmptyParts() {
        LexiconRow row = read("word\tkind\tnote\n公司\t 融资 | 投资||募资 |\n", THREE).get(0);
        assertEquals(List.of("融资", "投资", "募资"), row.list(1));
        assertEquals(List.of("公司"), row.list(0));
        assertEquals(List.of(), row.list(2), "a column the row lacks is an empty list");
    }

    @Test
    void absoluteResourceNamesResolveFromTheRoot() {
        assertEquals(2, Lexicon.resource(Test.class, "/org/zhnews/text/lexicon/sample.tsv", THREE).size());
    }

    @Test
    void aWrongHeaderNamesFileAndLine() {
        LexiconException e = assertThrows(LexiconException.class, () -> read("# c\nword\tclass\tnote\n", THREE));
        assertEquals("mine.tsv:2: header must be word <tab> kind <tab> note but is word <tab> class <tab> note",
                e.getMessage());
        LexiconException none = assertThrows(LexiconException.class, () -> read("# only a comment\n", THREE));
        assertTrue(none.getMessage().startsWith("mine.tsv: no header line"), none.getMessage());
    }

    @Test
    void shortAndLongRowsAreRejectedWithFileAndLine() {
        LexiconException shortRow = assertThrows(LexiconException.class, () -> read("word\tkind\tnote\n阿里\n", THREE));
        assertTrue(shortRow.getMessage().startsWith("mine.tsv:2: 1 columns, at least 2 expected"), shortRow.getMessage());
        LexiconException longRow = assertThrows(LexiconException.class,
                () -> read("word\tkind\tnote\n\n阿里\ta\tb\tc\n", THREE));
        assertTrue(longRow.getMessage().startsWith("mine.tsv:3: 4 columns, at most 3 expected"), longRow.getMessage());
    }

    @Test
    void missingResourcesAndFilesAreNamed(@TempDir Path dir) {
        LexiconException res = assertThrows(LexiconException.class,
                () -> Lexicon.resource(LexiconTest.class, "absent.tsv", THREE));
        assertEquals("missing resource org/zhnews/text/lexicon/absent.tsv", res.getMessage());
        Path absent = dir.resolve("absent.tsv");
        LexiconException file = assertThrows(LexiconException.class, () -> Lexicon.file(absent, THREE));
        assertEquals("missing file " + absent, file.getMessage());
        assertInstanceOf(IllegalArgumentException.class, file);
    }

    @Test
    void filesReadLikeResources(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("words.tsv");
        Files.writeString(f, "word\tkind\tnote\r\n百度\tcompany\t\r\n", StandardCharsets.UTF_8);
        List<LexiconRow> rows = Lexicon.file(f, THREE);
        assertEquals(1, rows.size());
        assertEquals("百度", rows.get(0).get(0));
        assertEquals("", rows.get(0).get(2));
        assertEquals(f + ":2: bad kind", rows.get(0).error("bad kind").getMessage());
    }

    @Test
    void foreignFormatsGetTheirContentLines() {
        List<String> seen = new ArrayList<>();
        Lexicon.forEachLine(LexiconTest.class, "sample.tsv", (text, no) -> seen.add(no + ":" + text));
        assertEquals(List.of("3:word\tkind\tnote", "5:阿里\tcompany\tshort", "6:模型\tword"), seen);
    }

    @Test
    void columnsMustBeSensible() {
        assertThrows(IllegalArgumentException.class, () -> Columns.of());
        assertThrows(IllegalArgumentException.class, () -> Columns.of("a", "b").requiring(3));
        assertThrows(IllegalArgumentException.class, () -> Columns.of("a").requiring(0));
    }
}
