package org.zhnews.text.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhnews.text.fold.CharFold;

class PrefixTrieTest {

    private static final Map<String, String> WORDS = Map.of("亿", "yi", "亿美元", "usd-yi", "美元", "usd", "元", "yuan");

    @Test
    void longestForwardAndBackward() {
        PrefixTrie<String> t = PrefixTrie.<String>builder().backward(true).putAll(WORDS).build();
        assertEquals(Optional.of(new PrefixTrie.Hit<>(1, 4, "usd-yi")), t.longestAt("5亿美元", 1));
        assertEquals(Optional.of(new PrefixTrie.Hit<>(1, 4, "usd-yi")), t.longestEndingAt("5亿美元", 4));
        assertEquals(Optional.of(new PrefixTrie.Hit<>(2, 3, "yi")), t.longestEndingAt("5亿亿", 3));
        assertEquals(Optional.empty(), t.longestAt("5亿美元", 0));
        assertEquals(Optional.empty(), t.longestEndingAt("5亿美元", 0));
        assertEquals(3, t.longestLengthAt("5亿美元", 1));
        assertEquals(3, t.longestLengthEndingAt("5亿美元", 4));
        assertEquals(0, t.longestLengthAt("5亿美元", 0));
        assertEquals(4, t.size());
        assertEquals(3, t.maxKeyLength());
    }

    @Test
    void allMatchesShortestFirst() {
        PrefixTrie<String> t = PrefixTrie.<String>builder().backward(true).putAll(WORDS).build();
        assertEquals(List.of(new PrefixTrie.Hit<>(0, 1, "yi"), new PrefixTrie.Hit<>(0, 3, "usd-yi")), t.allAt("亿美元", 0));
        assertEquals(List.of(new PrefixTrie.Hit<>(2, 3, "yuan"), new PrefixTrie.Hit<>(1, 3, "usd"),
                new PrefixTrie.Hit<>(0, 3, "usd-yi")), t.allEndingAt("亿美元", 3));
    }

    @Test
    void foldedKeysMatchTraditionalAndFullWidthText() {
        PrefixTrie<String> t = PrefixTrie.<String>builder().fold(CharFold.keepingCase()).putAll(WORDS)
                .put("USD", "code").build();
        assertEquals("usd-yi", t.longestAt("億美元", 0).orElseThrow().value());
        assertEquals("code", t.longestAt("ＵＳＤ", 0).orElseThrow().value());
        assertEquals(Optional.empty(), t.longestAt("usd", 0), "case is kept");
        assertEquals(Optional.empty(), PrefixTrie.of(WORDS).longestAt("億", 0), "no fold: exact keys");
    }

    @Test
    void aLaterEqualKeyWinsAndEmptyKeysAreIgnored() {
        PrefixTrie<String> t = PrefixTrie.<String>builder().fold(CharFold.matching())
                .put("萬", "a").put("万", "b").put("", "c").build();
        assertEquals(1, t.size());
        assertEquals("b", t.longestAt("萬", 0).orElseThrow().value());
    }

    @Test
    void aMissingDirectionIsAnError() {
        PrefixTrie<String> t = PrefixTrie.of(WORDS);
        assertThrows(IllegalStateException.class, () -> t.longestEndingAt("元", 1));
        PrefixTrie<String> back = PrefixTrie.<String>builder().forward(false).backward(true).putAll(WORDS).build();
        assertThrows(IllegalStateException.class, () -> back.allAt("元", 0));
    }

    @Test
    void agreesWithNaiveSearchOnRandomWords() {
        Random random = new Random(13);
        String alphabet = "ab亿元";
        for (int round = 0; round < 300; round++) {
            Map<String, String> words = new LinkedHashMap<>();
            for (int k = random.nextInt(10); k >= 0; k--) {
                words.put(randomString(random, alphabet, 1 + random.nextInt(4)), "v" + k);
            }
            PrefixTrie<String> t = PrefixTrie.<String>builder().backward(true).putAll(words).build();
            String text = randomString(random, alphabet, random.nextInt(20));
            for (int p = 0; p <= text.length(); p++) {
                List<PrefixTrie.Hit<String>> fwd = new ArrayList<>();
                List<PrefixTrie.Hit<String>> bwd = new ArrayList<>();
                for (int len = 1; len <= 4; len++) {
                    if (p + len <= text.length() && words.containsKey(text.substring(p, p + len))) {
                        fwd.add(new PrefixTrie.Hit<>(p, p + len, words.get(text.substring(p, p + len))));
                    }
                    if (p - len >= 0 && words.containsKey(text.substring(p - len, p))) {
                        bwd.add(new PrefixTrie.Hit<>(p - len, p, words.get(text.substring(p - len, p))));
                    }
                }
                String where = words + " in " + text + " at " + p;
                assertEquals(fwd, t.allAt(text, p), where);
                assertEquals(bwd, t.allEndingAt(text, p), where);
                assertEquals(fwd.isEmpty() ? Optional.empty() : Optional.of(fwd.get(fwd.size() - 1)), t.longestAt(text, p), where);
                assertEquals(bwd.isEmpty() ? Optional.empty() : Optional.of(bwd.get(bwd.size() - 1)),
                        t.longestEndingAt(text, p), where);
                assertEquals(fwd.isEmpty() ? 0 : fwd.get(fwd.size() - 1).length(), t.longestLengthAt(text, p), where);
                assertEquals(bwd.isEmpty() ? 0 : bwd.get(bwd.size() - 1).length(), t.longestLengthEndingAt(text, p), where);
                assertTrue(t.maxKeyLength() <= 4);
            }
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
