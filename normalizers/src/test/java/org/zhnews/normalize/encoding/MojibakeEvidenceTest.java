package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Normalization;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.testkit.ConsistencyKit;

/**
 * Evidence on real data: ftfy's negative cases stay untouched, clean seeds stay untouched, and
 * every seed turned into mojibake (UTF-8 bytes read as GBK, GB18030, Big5, ISO-8859-1,
 * windows-1252; GB18030 bytes read as ISO-8859-1, windows-1252) is repaired; what cannot be
 * restored is counted exactly.
 */
@Tag("shared")
class MojibakeEvidenceTest {

    private final MojibakeRepairer repairer = new MojibakeRepairer();

    @Test
    void ftfyNegativeCasesAreNotChanged() throws Exception {
        List<String> originals = new ArrayList<>();
        Path file = SharedData.root().resolve("peer-specs/ftfy/negative.json");
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            String field = null;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (t == JsonToken.VALUE_STRING && depth == 1 && "original".equals(field)) {
                    originals.add(p.getText());
                }
            }
        }
        assertTrue(originals.size() >= 30, "read " + originals.size());
        List<String> changed = new ArrayList<>();
        for (String s : originals) {
            Normalization n = ConsistencyKit.checkNormalizer(repairer, s);
            if (!n.text().equals(s)) {
                changed.add(s + " -> " + n.text());
            }
        }
        System.out.println("ftfy negative cases unchanged: " + (originals.size() - changed.size()) + "/" + originals.size());
        assertEquals(List.of(), changed);
    }

    @Test
    void cleanSeedsAreNotChanged() throws Exception {
        for (Path p : SharedData.seeds()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Normalization n = repairer.normalize(text);
            assertEquals(text, n.text(), p.getFileName().toString());
            assertEquals(List.of(), n.warnings(), p.getFileName().toString());
        }
    }

    @Test
    void seedMojibakeIsRepaired() throws Exception {
        String[][] routes = {
            {"UTF-8", "GBK"}, {"UTF-8", "GB18030"}, {"UTF-8", "Big5"}, {"UTF-8", "ISO-8859-1"},
            {"UTF-8", "windows-1252"}, {"GB18030", "ISO-8859-1"}, {"GB18030", "windows-1252"}};
        StringBuilder sb = new StringBuilder("\n| bytes | read as | exact | chars restored | lost (U+FFFD kept) | wrong chars in repairs |\n"
                + "|---|---|---|---|---|---|\n");
        List<Path> seeds = SharedData.seeds();
        int exactLossless = 0;
        int losslessRoutes = 0;
        for (String[] route : routes) {
            int exact = 0;
            long restored = 0;
            long total = 0;
            long lost = 0;
            long wrong = 0;
            for (Path p : seeds) {
                String original = Files.readString(p, StandardCharsets.UTF_8);
                String mojibake = new String(original.getBytes(Charset.forName(route[0])), Charset.forName(route[1]));
                Normalization n = repairer.normalize(mojibake);
                String repaired = n.text();
                boolean[] changed = new boolean[repaired.length()];
                for (org.zhnews.core.offset.OffsetMap.Edit e : n.map().edits()) {
                    java.util.Arrays.fill(changed, e.start(), e.end(), true);
                }
                long[] m = match(original, repaired, changed);
                restored += m[0];
                wrong += m[1];
                lost += repaired.chars().filter(c -> c == 0xFFFD).count();
                total += original.length();
                if (repaired.equals(original)) {
                    exact++;
                }
                for (Warning w : n.warnings()) {
                    assertEquals(WarningCode.MOJIBAKE_REPAIRED, w.code());
                }
            }
            boolean lossless = !mojibakeLosesBytes(route, seeds);
            if (lossless) {
                losslessRoutes++;
                exactLossless += exact == seeds.size() ? 1 : 0;
            }
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d/%d | %.2f%% | %d | %d |%n", route[0], route[1],
                    exact, seeds.size(), 100.0 * restored / total, lost, wrong));
            // undefined windows-1252 bytes in GBK mojibake can misalign a pair: allow 0.1 %
            assertTrue(wrong <= total / 1000, "characters restored wrongly for " + route[0] + " read as " + route[1]);
            if (route[0].equals("UTF-8")) {
                assertEquals(0, wrong, "UTF-8 is self-synchronising: no wrong characters");
            }
        }
        System.out.println(sb);
        assertEquals(losslessRoutes, exactLossless, "every lossless mojibake must be repaired exactly");
    }

    private static boolean mojibakeLosesBytes(String[] route, List<Path> seeds) throws Exception {
        for (Path p : seeds) {
            String original = Files.readString(p, StandardCharsets.UTF_8);
            byte[] bytes = original.getBytes(Charset.forName(route[0]));
            String moji = new String(bytes, Charset.forName(route[1]));
            if (moji.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {restored, wrong}: the repaired text cut at U+FFFD and at the borders of changed runs; each
     * piece is looked up in order in the original. Found pieces count as restored; a changed
     * piece not found counts as wrong (an invented character); an unchanged piece not found is
     * mojibake left as it was.
     */
    static long[] match(String original, String repaired, boolean[] changed) {
        long restored = 0;
        long wrong = 0;
        int cursor = 0;
        int i = 0;
        while (i < repaired.length()) {
            if (repaired.charAt(i) == '\uFFFD') {
                i++;
                continue;
            }
            int j = i;
            while (j < repaired.length() && repaired.charAt(j) != '\uFFFD' && changed[j] == changed[i]) {
                j++;
            }
            String piece = repaired.substring(i, j);
            int at = original.indexOf(piece, cursor);
            if (at >= 0 && at - cursor < 2000) {
                restored += piece.length();
                cursor = at + piece.length();
            } else if (changed[i]) {
                wrong += piece.length();
                System.out.println("WRONG PIECE " + piece.replace("\n", "\\n") + " near "
                        + original.substring(cursor, Math.min(original.length(), cursor + 30)).replace("\n", "\\n"));
            }
            i = j;
        }
        return new long[] {restored, wrong};
    }
}
