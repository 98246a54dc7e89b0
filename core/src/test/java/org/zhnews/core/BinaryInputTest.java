package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryInputTest {

    private final Utf8Decoder decoder = new Utf8Decoder();

    /** Something shaped like an executable: a header, runs of zeros, code-like noise, a few ASCII names. */
    static byte[] executableLike(int size, long seed) {
        Random r = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        while (out.size() < size) {
            switch (r.nextInt(3)) {
                case 0 -> out.writeBytes(new byte[8 + r.nextInt(64)]);
                case 1 -> {
                    byte[] noise = new byte[16 + r.nextInt(128)];
                    r.nextBytes(noise);
                    out.writeBytes(noise);
                }
                default -> out.writeBytes("__libc_start_main\0GLIBC_2.34\0".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    @Test
    void anExecutableIsOneBinaryWarningAndEveryByteIsKept() {
        byte[] bytes = executableLike(20_000, 1);
        DecodedText d = decoder.decode(bytes);
        assertEquals(List.of(WarningCode.BINARY_INPUT), d.warnings().stream().map(Warning::code).toList());
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
        assertEquals(bytes.length, d.text().length(), "one char per byte");
        assertEquals(new String(bytes, StandardCharsets.ISO_8859_1), d.text());
        assertTrue(d.warnings().get(0).message().contains("binary"), d.warnings().get(0).message());
    }

    @Test
    void randomBytesAreBinary() {
        byte[] bytes = new byte[4000];
        new Random(7).nextBytes(bytes);
        DecodedText d = decoder.decode(bytes);
        assertEquals(List.of(WarningCode.BINARY_INPUT), d.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void validUtf8PaddedWithZerosKeepsItsTextAsUtf8() {
        byte[] text = "字节跳动发布豆包大模型。\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2000];
        System.arraycopy(text, 0, bytes, 0, text.length);
        DecodedText d = decoder.decode(bytes);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().startsWith("字节跳动发布豆包大模型。"), d.text());
        assertEquals(List.of(WarningCode.BINARY_INPUT), d.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void textWithAFewControlsOrLostCharactersIsText() {
        DecodedText stray = decoder.decode(("腾讯\u0001发布\u0002混元\u0007大模型，融资5亿元。"
                + "字节跳动发布豆包大模型，用户增长30%。".repeat(3)).getBytes(StandardCharsets.UTF_8));
        assertTrue(stray.warnings().isEmpty(), stray.warnings().toString());
        byte[] corrupt = "百度发布文心一言，用户增长30%。".repeat(10).getBytes(StandardCharsets.UTF_8);
        corrupt[5] = (byte) 0xFF;
        corrupt[50] = (byte) 0xFF;
        DecodedText d = decoder.decode(corrupt);
        assertEquals(List.of(WarningCode.MALFORMED_INPUT, WarningCode.MALFORMED_INPUT),
                d.warnings().stream().map(Warning::code).toList());
        DecodedText lostBefore = decoder.decode("\uFFFD".repeat(50).getBytes(StandardCharsets.UTF_8));
        assertTrue(lostBefore.warnings().isEmpty(), "U+FFFD written in valid UTF-8 is text: " + lostBefore.warnings());
    }

    @Test
    void screenReturnsTextDecodingsUnchanged() {
        DecodedText d = new DecodedText("腾讯", StandardCharsets.UTF_8, List.of());
        assertSame(d, BinaryInput.screen("腾讯".getBytes(StandardCharsets.UTF_8), d));
    }

    @Test
    void shortInputsWithFewJunkCharsAreNeverBinary() {
        DecodedText d = decoder.decode(new byte[] {1, 2, 3, 'a', 0});
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }
}
