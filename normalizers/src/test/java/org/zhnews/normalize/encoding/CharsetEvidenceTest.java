package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.DecodedText;

/**
 * Measures the detector on the real seed texts: each encoded in five charsets, whole and cut to
 * 24, 60 and 200 bytes (at a character boundary); the decoded text must equal the same cut of
 * the original. Also measures every paragraph (line) of the seeds as its own sample.
 */
@Tag("shared")
class CharsetEvidenceTest {

    static final String[] CHARSETS = {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE"};
    static final int[] CUTS = {24, 60, 200, Integer.MAX_VALUE};

    private final ChineseCharsetDetector detector = new ChineseCharsetDetector();

    @Test
    void seedsDecodeBackAtEveryLength() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : SharedData.seeds()) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        int[][] result = measure("seed texts", texts, true);
        // targets: 100 % full and 200 bytes, >= 98 % at 60, >= 90 % at 24 (over all charsets)
        assertTrue(rate(result, 3) == 1.0, "full texts must all decode back");
        assertTrue(rate(result, 2) == 1.0, "200-byte cuts must all decode back");
        assertTrue(rate(result, 1) >= 0.98, "60-byte cuts: " + rate(result, 1));
        assertTrue(rate(result, 0) >= 0.90, "24-byte cuts: " + rate(result, 0));
    }

    @Test
    void seedParagraphsDecodeBack() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path p : SharedData.seeds()) {
            for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                if (line.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) && line.length() >= 12) {
                    lines.add(line);
                }
            }
        }
        int[][] result = measure("seed paragraphs", lines, false);
        assertTrue(rate(result, 3) >= 0.99, "paragraphs: " + rate(result, 3));
        assertTrue(rate(result, 0) >= 0.85, "paragraph 24-byte cuts: " + rate(result, 0));
    }

    private static double rate(int[][] r, int cut) {
        return r[cut][1] == 0 ? 1.0 : (double) r[cut][0] / r[cut][1];
    }

    /** Returns per cut index {passed, total} over all charsets, and prints the table. */
    private int[][] measure(String title, List<String> texts, boolean verbose) {
        Map<String, int[][]> table = new LinkedHashMap<>();
        int[][] total = new int[CUTS.length][2];
        List<String> failures = new ArrayList<>();
        for (String cs : CHARSETS) {
            Charset charset = Charset.forName(cs);
            int[][] row = new int[CUTS.length][2];
            for (String text : texts) {
                byte[] bytes = encode(text, charset);
                if (bytes == null) {
                    continue;
                }
                for (int c = 0; c < CUTS.length; c++) {
                    int[] cut = cut(text, charset, CUTS[c]);
                    String expected = text.substring(0, cut[0]);
                    byte[] prefix = java.util.Arrays.copyOf(bytes, cut[1]);
                    DecodedText d = detector.decode(prefix);
                    boolean ok = d.text().equals(expected);
                    row[c][1]++;
                    total[c][1]++;
                    if (ok) {
                        row[c][0]++;
                        total[c][0]++;
                    } else if (failures.size() < 40) {
                        failures.add(cs + "/" + (CUTS[c] == Integer.MAX_VALUE ? "full" : CUTS[c])
                                + " -> " + d.charset() + ": " + abbreviate(expected) + " | got " + abbreviate(d.text()));
                    }
                }
            }
            table.put(cs, row);
        }
        StringBuilder sb = new StringBuilder("\n" + title + " (" + texts.size() + " texts): decoded back / tried\n");
        sb.append(String.format(Locale.ROOT, "| %-9s | %-15s | %-15s | %-15s | %-15s |%n", "charset", "24 bytes", "60 bytes", "200 bytes", "full"));
        sb.append("|-----------|-----------------|---------------|-----------------|---------------|\n");
        for (Map.Entry<String, int[][]> e : table.entrySet()) {
            sb.append(String.format(Locale.ROOT, "| %-9s |", e.getKey()));
            for (int[] cell : e.getValue()) {
                sb.append(String.format(Locale.ROOT, " %-15s |", cellText(cell)));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "| %-9s |", "all"));
        for (int[] cell : total) {
            sb.append(String.format(Locale.ROOT, " %-15s |", cellText(cell)));
        }
        sb.append('\n');
        if (verbose || failures.size() < 40) {
            failures.forEach(f -> sb.append("  miss: ").append(f).append('\n'));
        } else {
            failures.subList(0, 15).forEach(f -> sb.append("  miss: ").append(f).append('\n'));
        }
        System.out.println(sb);
        return total;
    }

    private static String cellText(int[] cell) {
        if (cell[1] == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%d/%d %.1f%%", cell[0], cell[1], 100.0 * cell[0] / cell[1]);
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 30 ? t.substring(0, 30) + "…" : t;
    }

    /** The text encoded strictly, or null when the charset cannot represent it exactly. */
    static byte[] encode(String text, Charset charset) {
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[bb.remaining()];
            bb.get(bytes);
            return new String(bytes, charset).equals(text) ? bytes : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {chars, bytes} of the longest prefix of whole code points encoding to at most max bytes. */
    static int[] cut(String text, Charset charset, int max) {
        int chars = 0;
        int bytes = 0;
        while (chars < text.length()) {
            int cp = text.codePointAt(chars);
            int n = Character.charCount(cp);
            int len = text.substring(chars, chars + n).getBytes(charset).length;
            if ((long) bytes + len > max) {
                break;
            }
            bytes += len;
            chars += n;
        }
        return new int[] {chars, bytes};
    }
}
