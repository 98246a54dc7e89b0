package org.zhnews.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhnews.ZhNews;
import org.zhnews.core.Input;
import org.zhnews.core.InputTooLargeException;
import org.zhnews.core.Pipeline;
import org.zhnews.testkit.RandomText;

/** The size limit at its edges, for text, bytes and files, with the default pipeline's components. */
class LimitsTest {

    private static final int LIMIT = 1_000;
    private static final Pipeline SMALL = ZhNews.builder().maxChars(LIMIT).build();

    @Test
    void theDefaultLimitIsTenMillionChars() {
        assertEquals(10_000_000, ZhNews.pipeline().maxChars());
        assertEquals(Pipeline.DEFAULT_MAX_CHARS, ZhNews.pipeline().maxChars());
        InputTooLargeException e = assertThrows(InputTooLargeException.class,
                () -> ZhNews.pipeline().analyze(RandomText.repeat("亿", 10_000_001)));
        assertEquals("input of 10000001 chars exceeds the limit of 10000000 chars (see Pipeline.Builder.maxChars)",
                e.getMessage());
    }

    @Test
    void textAtTheLimitPassesOneCharMoreIsRefused() {
        assertEquals(LIMIT, SMALL.analyze(RandomText.repeat("亿元", LIMIT)).original().length());
        InputTooLargeException e = assertThrows(InputTooLargeException.class,
                () -> SMALL.analyze(RandomText.repeat("亿元", LIMIT + 1)));
        assertEquals(LIMIT + 1, e.size());
        assertEquals(LIMIT, e.limit());
        assertEquals("chars", e.unit());
        assertTrue(e.getMessage().contains("1001 chars exceeds the limit of 1000 chars"), e.getMessage());
        assertThrows(InputTooLargeException.class, () -> SMALL.analyze(Input.text("x".repeat(LIMIT + 1))));
    }

    @Test
    void bytesAreLimitedByTheCharsTheyDecodeToAndByFourBytesPerChar() {
        byte[] ascii = "a".repeat(LIMIT).getBytes(StandardCharsets.US_ASCII);
        assertEquals(LIMIT, SMALL.analyze(ascii).original().length());
        InputTooLargeException chars = assertThrows(InputTooLargeException.class,
                () -> SMALL.analyze("a".repeat(LIMIT + 1).getBytes(StandardCharsets.US_ASCII)));
        assertEquals("chars", chars.unit());
        // 3 bytes per char: 1000 Chinese chars are 3000 bytes, within 4 bytes per allowed char
        byte[] chinese = RandomText.repeat("亿", LIMIT).getBytes(StandardCharsets.UTF_8);
        assertEquals(LIMIT, SMALL.analyze(chinese).original().length());
        byte[] atByteLimit = new byte[4 * LIMIT];
        java.util.Arrays.fill(atByteLimit, (byte) 0xF0); // malformed: decodes to replacement chars
        assertThrows(InputTooLargeException.class, () -> SMALL.analyze(atByteLimit)); // too many chars
        InputTooLargeException bytes = assertThrows(InputTooLargeException.class,
                () -> SMALL.analyze(new byte[4 * LIMIT + 1]));
        assertEquals("bytes", bytes.unit());
        assertEquals(4L * LIMIT, bytes.limit());
        assertTrue(bytes.getMessage().contains("4001 bytes exceeds the limit of 4000 bytes"), bytes.getMessage());
        byte[] emoji = RandomText.repeat("\uD83D\uDE00", LIMIT).getBytes(StandardCharsets.UTF_8); // 4 bytes per 2 chars
        assertEquals(LIMIT, SMALL.analyze(emoji).original().length());
    }

    @Test
    void filesAreCheckedBeforeTheyAreRead(@TempDir Path dir) throws IOException {
        Path ok = Files.write(dir.resolve("ok.txt"), RandomText.repeat("营收", LIMIT).getBytes(StandardCharsets.UTF_8));
        assertEquals(LIMIT, SMALL.analyze(ok).original().length());
        Path over = Files.write(dir.resolve("over.txt"), "a".repeat(LIMIT + 1).getBytes(StandardCharsets.UTF_8));
        assertEquals("chars", assertThrows(InputTooLargeException.class, () -> SMALL.analyze(over)).unit());
        Path huge = Files.write(dir.resolve("huge.bin"), new byte[4 * LIMIT + 1]);
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> SMALL.analyze(huge));
        assertEquals("bytes", e.unit());
        assertEquals(4L * LIMIT + 1, e.size());
    }

    @Test
    void nullsAreRefusedByName() {
        assertTrue(assertThrows(NullPointerException.class, () -> SMALL.analyze((String) null)).getMessage().contains("text"));
        assertTrue(assertThrows(NullPointerException.class, () -> SMALL.analyze((byte[]) null)).getMessage().contains("bytes"));
        assertTrue(assertThrows(NullPointerException.class, () -> SMALL.analyze((Path) null)).getMessage().contains("path"));
    }
}
