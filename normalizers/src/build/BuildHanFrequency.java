import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.IOUtil;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Build-time script (not part of the library): derives per-character frequencies of Han
 * characters from HanLP portable 1.8.6's core dictionary (CoreNatureDictionary.mini, word ->
 * total frequency), adding each word's frequency to every Han character in it; traditional
 * characters get the frequency of their simplified form via HanLP's tc/t2s.txt and s2t.txt
 * (the larger of the two when a character is both; only the first s2t alternative). Run with:
 *
 * <pre>java -cp ~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar \
 *   normalizers/src/build/BuildHanFrequency.java \
 *   normalizers/src/main/resources/org/zhnews/normalize/encoding/han-frequency.tsv</pre>
 */
public class BuildHanFrequency {
    public static void main(String[] args) throws Exception {
        Map<Integer, Long> freq = new HashMap<>();
        DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
        // The trie stores no key list: walk its base/check arrays (child of state b for char c
        // sits at p = b + c + 1 with check[p] == b; a word ends at b when check[b] == b and
        // base[b] < 0, its value index being -base[b] - 1).
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int p = 0; p < check.length; p++) {
            if (check[p] > 0 && p != check[p]) {
                children.computeIfAbsent(check[p], k -> new ArrayList<>()).add(p);
            }
        }
        int words = 0;
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {base[0], ""});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int b = (Integer) top[0];
            String prefix = (String) top[1];
            if (b >= 0 && b < check.length && check[b] == b && base[b] < 0) {
                CoreDictionary.Attribute a = trie.getValueAt(-base[b] - 1);
                long f = a.totalFrequency;
                if (prefix.contains("##")) continue; // placeholders such as 未##数, 始##始
                words++;
                prefix.codePoints().filter(BuildHanFrequency::isHan).forEach(cp -> freq.merge(cp, f, Long::sum));
            }
            for (int p : children.getOrDefault(b, List.of())) {
                int c = p - b - 1;
                if (c < 0 || c > 0xFFFF || prefix.length() > 40) continue;
                stack.push(new Object[] {base[p], prefix + (char) c});
            }
        }
        System.out.println(words + " words read from the core dictionary");
        Map<Integer, Long> simplified = new HashMap<>(freq);
        // traditional <- simplified
        for (String file : new String[] {"data/dictionary/tc/t2s.txt", "data/dictionary/tc/s2t.txt"}) {
            boolean t2s = file.endsWith("t2s.txt");
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    IOUtil.newInputStream(file), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq <= 0) continue;
                    String left = line.substring(0, eq), right = line.substring(eq + 1);
                    if (left.codePointCount(0, left.length()) != 1) continue;
                    String trad = t2s ? left : right;
                    String simp = t2s ? right : left;
                    Long f = simplified.get(simp.codePointAt(0));
                    if (f == null) continue;
                    String[] alternatives = trad.split("[ ,|]");
                    // s2t lists alternatives, the usual one first: only that one inherits.
                    if (!t2s) alternatives = new String[] {alternatives[0]};
                    for (String t : alternatives) {
                        if (t.codePointCount(0, t.length()) != 1) continue;
                        int cp = t.codePointAt(0);
                        if (isHan(cp)) freq.merge(cp, f, Math::max);
                    }
                }
            }
        }
        List<Map.Entry<Integer, Long>> list = new ArrayList<>(freq.entrySet());
        list.sort((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                : Long.compare(b.getValue(), a.getValue()));
        StringBuilder sb = new StringBuilder();
        sb.append("# Han character frequencies for charset plausibility scoring (zhnews encoding detector).\n");
        sb.append("# Source: HanLP portable 1.8.6 (com.hankcs:hanlp:portable-1.8.6, Apache-2.0), core dictionary\n");
        sb.append("# data/dictionary/CoreNatureDictionary.mini: every word's total frequency is added to each Han\n");
        sb.append("# character in it. Traditional characters take the frequency of their simplified form through\n");
        sb.append("# HanLP's data/dictionary/tc/t2s.txt and s2t.txt. Generated by normalizers/src/build/BuildHanFrequency.java.\n");
        sb.append("# Columns: character<TAB>frequency; sorted by frequency, descending.\n");
        sb.append("character\tfrequency\n");
        for (Map.Entry<Integer, Long> e : list) {
            sb.appendCodePoint(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        System.out.println(list.size() + " characters written to " + out);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }
}
