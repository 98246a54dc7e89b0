package org.zhnews.normalize.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Warning;

class RouteStartsTest {

    private static final Map<WrongReading, DoubleByteCodes> TABLES = WrongReading.tables();
    private static final RouteStarts STARTS = new RouteStarts(TABLES, ChinesePlausibility.standard());
    private static final String[][] ROUTES = {
        {"UTF-8", "GBK"}, {"UTF-8", "Big5"}, {"UTF-8", "ISO-8859-1"}, {"UTF-8", "windows-1252"},
        {"GB18030", "ISO-8859-1"}, {"GB18030", "windows-1252"},
    };

    private static String mojibake(String text, String right, String wrong) {
        return new String(text.getBytes(Charset.forName(right)), Charset.forName(wrong));
    }

    @Test
    void mojibakeOfEveryRouteStartsWhereItCan() {
        List<String> all = new ArrayList<>(Sentences.SIMPLIFIED);
        all.addAll(Sentences.TRADITIONAL);
        for (String s : all) {
            for (String[] route : ROUTES) {
                String moji = mojibake(s, route[0], route[1]);
                assertTrue(STARTS.mayStart(moji.charAt(0)), route[1] + ": " + moji);
            }
        }
        assertTrue(STARTS.mayStart('\uFFFD'));
        assertTrue(STARTS.mayStart('\uD83D'));
    }

    @Test
    void commonCleanCharactersAreSkipped() {
        for (char c : "中的是在了和有公发布型，。新闻人工智能".toCharArray()) {
            assertFalse(STARTS.mayStart(c), String.valueOf(c));
        }
    }

    /** No character the screen skips opens a repair on any route, even where a GBK character may start. */
    @Test
    void skippedCharactersOpenNoRoute() {
        int skipped = 0;
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (STARTS.mayStart((char) c)) {
                continue;
            }
            skipped++;
            String text = (char) c + mojibake("中文新闻发布", "UTF-8", "GBK");
            RepairFinder finder = new RepairFinder(text, ChinesePlausibility.standard(), 0, true, TABLES);
            finder.gbStartOk = true;
            for (MojibakeRoute route : MojibakeRoute.values()) {
                assertNull(finder.attempt(route, 0), route + " at U+" + Integer.toHexString(c));
            }
        }
        assertTrue(skipped > 10_000, "skipped " + skipped);
    }

    /** The repairer finds the repairs that trying every non-ASCII character finds. */
    @Test
    void screenedRepairsEqualUnscreened() {
        MojibakeRepairer repairer = new MojibakeRepairer();
        Random r = new Random(11);
        for (int k = 0; k < 400; k++) {
            String s = Sentences.SIMPLIFIED.get(r.nextInt(Sentences.SIMPLIFIED.size()));
            String t = Sentences.TRADITIONAL.get(r.nextInt(Sentences.TRADITIONAL.size()));
            String[] route = ROUTES[k % ROUTES.length];
            String moji = mojibake(s.substring(r.nextInt(s.length() / 2)), route[0], route[1]);
            if (k % 3 == 0 && moji.length() > 3) {
                int at = r.nextInt(moji.length() - 1);
                moji = moji.substring(0, at) + '\uFFFD' + moji.substring(at + 1);
            }
            String text = t + moji + "。Café à " + s;
            List<String> expected = new ArrayList<>();
            for (MojibakeRepair repair : unscreened(text)) {
                expected.add(repair.message() + " " + repair.start + "-" + repair.end);
            }
            List<String> actual = new ArrayList<>();
            for (Warning w : repairer.normalize(text).warnings()) {
                actual.add(w.message() + " " + w.range().orElseThrow().start() + "-" + w.range().orElseThrow().end());
            }
            assertEquals(expected, actual, text);
        }
    }

    /** The repairs of the default repairer with every non-ASCII character tried. */
    private static List<MojibakeRepair> unscreened(String text) {
        RepairFinder call = new RepairFinder(text, ChinesePlausibility.standard(), 10, false, TABLES);
        List<MojibakeRepair> out = new ArrayList<>();
        int i = 0;
        int lastEnd = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            call.gbStartOk = i == lastEnd || text.charAt(i - 1) < 0x40
                    || text.charAt(i - 1) < 0x80 && (i < 2 || text.charAt(i - 2) < 0x80);
            MojibakeRepair best = null;
            for (MojibakeRoute route : MojibakeRoute.values()) {
                if (route == MojibakeRoute.GBK_AS_LATIN && best != null && best.route == MojibakeRoute.UTF8_AS_LATIN) {
                    break;
                }
                MojibakeRepair r = call.attempt(route, i);
                if (r != null && (best == null || r.density() > best.density())) {
                    best = r;
                }
            }
            if (best == null) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            out.add(best);
            i = best.end;
            lastEnd = i;
        }
        return out;
    }
}
