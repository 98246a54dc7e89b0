package org.zhnews.normalize.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.text.match.PrefixTrie;

/**
 * Builds the single longest-match table of one {@link ScriptTarget}.
 *
 * <p>OpenCC converts in stages (for Taiwan to mainland with phrases: Taiwan phrases and variants
 * back to standard traditional, then traditional to simplified), each stage a longest-match pass
 * of its own. Here every key of every stage (written as it appears in the input) becomes one key
 * of one trie, whose value is the key run through the whole chain of stages. One left-to-right
 * pass over the input then gives the chained result, except where two stages would have cut the
 * text at different places.
 *
 * <p>Priority inside a stage: overlay entries over regional phrases over variants over the
 * standard character and phrase tables.
 */
final class ConversionTables {

    private ConversionTables() {
    }

    /** The table for {@code target}; with {@code phrases}, regional wording is converted too. */
    static PrefixTrie<String> build(ScriptTarget target, boolean phrases) {
        return table(target, phrases).trie();
    }

    /**
     * A conversion table and what its keys are made of.
     *
     * @param trie         the keys and the text each one converts to
     * @param keyChars     every char that occurs in some key
     * @param oneCharKeys  the chars that are keys on their own (each converts to something else)
     */
    record Table(PrefixTrie<String> trie, BitSet keyChars, BitSet oneCharKeys) {
    }

    /** The table for {@code target} with its key chars; with {@code phrases}, regional wording is converted too. */
    static Table table(ScriptTarget target, boolean phrases) {
        OpenCcData d = OpenCcData.get();
        List<OverlayEntry> overlay = Overlay.entries();
        List<Map<String, String>> stages = new ArrayList<>();
        Set<String> extraKeys = new LinkedHashSet<>();
        switch (target) {
            case SIMPLIFIED_MAINLAND -> {
                Map<String, String> second = standard(d.tsCharacters, d.tsPhrases);
                for (OverlayEntry e : overlay) {
                    if (e.direction() == OverlayEntry.Direction.T2S) {
                        second.put(e.from(), e.to());
                    }
                }
                // an overlay t2s row that keeps a character (醯 -> 醯) also keeps it from
                // being read as a Taiwan variant of another one
                Map<String, String> first = new HashMap<>(variantsToStandard(d, second, false));
                // a regional variant that is itself a plain simplified character (秘, 台) is
                // already right in simplified text: reading it as a variant would turn 秘密
                // into the traditional-only 祕密
                first.keySet().removeIf(k -> k.length() == 1 && d.stCharacters.containsKey(k) && !second.containsKey(k));
                if (phrases) {
                    PrefixTrie<String> toTaiwan = PrefixTrie.of(standardToTaiwan(d));
                    d.twPhrases.forEach((simp, tw) -> {
                        first.putIfAbsent(tw.get(0), simp);
                        // the same phrase as written in Taiwan (索羅門羣島 -> 索羅門群島)
                        first.putIfAbsent(convert(toTaiwan, tw.get(0)), simp);
                    });
                    for (OverlayEntry e : overlay) {
                        if (e.direction().toMainland(true) || e.direction().toMainland(false)) {
                            first.put(e.from(), e.to());
                        }
                    }
                }
                stages.add(first);
                stages.add(second);
            }
            case TRADITIONAL -> {
                Map<String, String> st = standard(d.stCharacters, d.stPhrases());
                stages.add(variantsToStandard(d, st, true));
                stages.add(withStandardOverlay(st, overlay));
            }
            case TRADITIONAL_TAIWAN, TRADITIONAL_HONG_KONG -> {
                boolean taiwan = target == ScriptTarget.TRADITIONAL_TAIWAN;
                Map<String, String> st = standard(d.stCharacters, d.stPhrases());
                PrefixTrie<String> s2t = PrefixTrie.of(withStandardOverlay(st, overlay));
                stages.add(withStandardOverlay(st, overlay));
                if (phrases) {
                    Map<String, String> regional = new HashMap<>();
                    if (taiwan) {
                        d.twPhrases.forEach((simp, tw) -> {
                            regional.putIfAbsent(convert(s2t, simp), tw.get(0));
                            extraKeys.add(simp);
                        });
                    }
                    for (OverlayEntry e : overlay) {
                        if (e.direction().fromMainland(taiwan)) {
                            regional.put(convert(s2t, e.to()), e.from());
                            extraKeys.add(e.to());
                        }
                    }
                    stages.add(regional);
                }
                stages.add(taiwan ? standardToTaiwan(d) : standardToHongKong(d));
            }
            default -> throw new IllegalArgumentException("unknown target " + target);
        }
        return combine(stages, extraKeys);
    }

    /** One trie over the keys of all stages, each mapped through the whole chain. */
    private static Table combine(List<Map<String, String>> stages, Set<String> extraKeys) {
        List<PrefixTrie<String>> chain = new ArrayList<>(stages.size());
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, String> stage : stages) {
            chain.add(PrefixTrie.of(stage));
            keys.addAll(stage.keySet());
        }
        keys.addAll(extraKeys);
        Map<String, String> combined = new HashMap<>(keys.size() * 2);
        for (String key : keys) {
            String value = key;
            for (PrefixTrie<String> stage : chain) {
                value = convert(stage, value);
            }
            if (key.length() == 1 && value.equals(key)) {
                continue; // a one-char identity blocks nothing
            }
            combined.put(key, value);
        }
        BitSet keyChars = new BitSet(Character.MAX_VALUE + 1);
        BitSet oneCharKeys = new BitSet(Character.MAX_VALUE + 1);
        for (String key : combined.keySet()) {
            key.chars().forEach(keyChars::set);
            if (key.length() == 1) {
                oneCharKeys.set(key.charAt(0));
            }
        }
        return new Table(PrefixTrie.of(combined), keyChars, oneCharKeys);
    }

    /** Converts a whole string by left-to-right longest match in {@code table}; unmatched chars are kept. */
    static String convert(PrefixTrie<String> table, CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            PrefixTrie.Hit<String> m = table.longestAt(text, i).orElse(null);
            if (m == null) {
                sb.append(text.charAt(i));
                i++;
            } else {
                sb.append(m.value());
                i = m.end();
            }
        }
        return sb.toString();
    }

    /** Characters and phrases of one OpenCC direction, preferred candidate only. */
    private static Map<String, String> standard(Map<String, List<String>> chars,
                                                Map<String, List<String>> phrases) {
        Map<String, String> m = new HashMap<>(chars.size() + phrases.size() * 2);
        chars.forEach((k, v) -> m.put(k, v.get(0)));
        phrases.forEach((k, v) -> m.put(k, v.get(0)));
        return m;
    }

    private static Map<String, String> withStandardOverlay(Map<String, String> st,
                                                           List<OverlayEntry> overlay) {
        Map<String, String> m = new HashMap<>(st);
        for (OverlayEntry e : overlay) {
            if (e.direction() == OverlayEntry.Direction.S2T) {
                m.put(e.from(), e.to());
            }
        }
        return m;
    }

    /**
     * Taiwan and Hong Kong variant characters back to OpenCC-standard traditional ones, plus the
     * Hong Kong variant phrases. A variant is left alone where {@code keep} (the next stage's
     * table) already treats it as a character of its own: in t2s that is a traditional char
     * that stays itself (著 in 著作), in s2t a simplified char (才).
     */
    private static Map<String, String> variantsToStandard(OpenCcData d, Map<String, String> next,
                                                          boolean skipAnyKnown) {
        Map<String, String> m = new HashMap<>();
        Map<String, String> toStd = new HashMap<>();
        standardToTaiwan(d).forEach((std, tw) -> toStd.putIfAbsent(tw, std));
        d.hkVariants.forEach((std, hks) -> {
            for (String hk : hks) {
                if (!hk.equals(std)) {
                    toStd.putIfAbsent(hk, std);
                }
            }
        });
        toStd.forEach((variant, std) -> {
            String nextValue = next.get(variant);
            boolean known = skipAnyKnown ? nextValue != null : variant.equals(nextValue);
            if (!known) {
                m.put(variant, std);
            }
        });
        d.hkVariantsRevPhrases.forEach((hk, std) -> m.put(hk, std.get(0)));
        return m;
    }

    /**
     * OpenCC-standard traditional char -> Taiwan variant. The opencc4j snapshot keys TWVariants
     * by the simplified form of the standard char, so the standard char is recovered from the
     * s2t candidates: the one that is neither the simplified key nor the Taiwan form, else the
     * key itself (着 -> 著, 峰 <- 峯).
     */
    static Map<String, String> standardToTaiwan(OpenCcData d) {
        Map<String, String> m = new HashMap<>();
        d.twVariants.forEach((simp, tws) -> {
            String tw = tws.get(0);
            String std = simp;
            for (String c : d.stCharacters.getOrDefault(simp, List.of())) {
                if (!c.equals(simp) && !c.equals(tw)) {
                    std = c;
                    break;
                }
            }
            if (!std.equals(tw)) {
                m.putIfAbsent(std, tw);
            }
        });
        return m;
    }

    /** OpenCC-standard traditional char -> Hong Kong variant (preferred one). */
    static Map<String, String> standardToHongKong(OpenCcData d) {
        Map<String, String> m = new HashMap<>();
        d.hkVariants.forEach((std, hks) -> {
            if (!hks.get(0).equals(std)) {
                m.put(std, hks.get(0));
            }
        });
        return m;
    }
}
