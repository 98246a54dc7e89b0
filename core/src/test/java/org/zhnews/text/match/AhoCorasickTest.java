package org.zhnews.text.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static List<String> hits(AhoCorasick<String> ac, String text) {
        List<String> out = new ArrayList<>();
        ac.parse(text.toCharArray(), (b, e, v) -> out.add(b + "-" + e + ":" + v));
        out.sort(null);
        return out;
    }

    private static List<String> naive(Map<String, String> keys, String text) {
        List<String> out = new ArrayList<>();
        keys.forEach((k, v) -> {
            for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
                out.add(i + "-" + (i + k.length()) + ":" + v);
            }
        });
        out.sort(null);
        return out;
    }

    @Test
    void findsOverlappingAndNestedKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("阿里", "a");
        keys.put("阿里巴巴", "b");
        keys.put("巴巴", "c");
        keys.put("里巴", "d");
        AhoCorasick<String> ac = AhoCorasick.build(keys);
        assertEquals(List.of("0-2:a", "0-4:b", "1-3:d", "2-4:c", "4-6:a"), hits(ac, "阿里巴巴阿里"));
        assertEquals(List.of(), hits(ac, "阿巴里"));
        assertEquals(List.of(), hits(AhoCorasick.build(Map.of()), "阿里"));
    }

    @Test
    void agreesWithNaiveSearchOnRandomKeysAndTexts() {
        Random random = new Random(8);
        String alphabet = "ab阿里巴";
        for (int round = 0; round < 300; round++) {
            Map<String, String> keys = new LinkedHashMap<>();
            for (int k = random.nextInt(12); k >= 0; k--) {
                keys.put(randomString(random, alphabet, 1 + random.nextInt(5)), "v" + k);
            }
            String text = randomString(random, alphabet, random.nextInt(60));
            assertEquals(naive(keys, text), hits(AhoCorasick.build(keys), text), keys + " in " + text);
        }
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
