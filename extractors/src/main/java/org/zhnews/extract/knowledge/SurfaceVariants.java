package org.zhnews.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhnews.normalize.script.ScriptNormalizer;
import org.zhnews.normalize.script.ScriptTarget;
import org.zhnews.text.chars.CharClass;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The script forms under which a knowledge-base surface is indexed: the surface itself, the form
 * the default script normalizer gives it (simplified, mainland wording) and its standard
 * traditional form, and for a surface ending in a shortened institution word ({@code 大众投行}) the
 * same with the word spelled out ({@code 大众投资银行}), so the longest match takes the whole name
 * and not a shorter one inside it ({@code 大众}).
 *
 * <p>The forms of the bundled surfaces are precomputed in {@value #RESOURCE} (generated from the
 * bundled knowledge base with the script normalizers; {@code SurfaceVariantsFileTest} fails when
 * it is stale and regenerates it with {@code -Dzhnews.regenerate=true}), so loading the standard
 * knowledge base builds no conversion table. A surface the file lacks (an entry of one's own) is
 * converted with the script normalizers, built on first such use. Immutable and thread-safe.
 */
final class SurfaceVariants {

    /** The precomputed forms, next to this class. */
    static final String RESOURCE = "surface-variants.tsv";

    /** A surface's two converted forms. */
    record Forms(String simplified, String traditional) {
    }

    /** The shortened institution words (resource {@value #SHORTENED}): short, simplified long, traditional long. */
    static final String SHORTENED = "shortened-words.tsv";

    private final Map<String, Forms> precomputed;
    private final List<String[]> shortened;

    SurfaceVariants(Map<String, Forms> precomputed) {
        this.precomputed = precomputed;
        this.shortened = shortenedWords();
    }

    /** The variants with the bundled precomputed forms, loaded once per JVM. */
    static SurfaceVariants standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SurfaceVariants INSTANCE = new SurfaceVariants(load());
    }

    /** The surface, then its simplified and traditional forms where they differ. */
    Set<String> of(String surface) {
        Set<String> out = new LinkedHashSet<>(4);
        out.add(surface);
        if (hasHan(surface)) {
            Forms f = precomputed.get(surface);
            if (f == null) {
                f = convert(surface);
            }
            out.add(f.simplified());
            out.add(f.traditional());
            for (String[] pair : shortened) {
                if (f.simplified().endsWith(pair[0])) {
                    String stem = f.simplified().substring(0, f.simplified().length() - pair[0].length());
                    out.add(stem + pair[1]);
                    if (f.traditional().length() == f.simplified().length()) {
                        out.add(f.traditional().substring(0, stem.length()) + pair[2]);
                    }
                }
            }
        }
        return out;
    }

    /** The forms of {@code surface} as the script normalizers give them (what the file holds). */
    static Forms convert(String surface) {
        return new Forms(Converters.INSTANCE.simplified.normalize(surface).text(),
                Converters.INSTANCE.traditional.normalize(surface).text());
    }

    /** Whether a surface has a Han character, so that script conversion may change it. */
    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (CharClass.isHan(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The script normalizers, built only when a surface is not in the file. */
    private static final class Converters {
        static final Converters INSTANCE = new Converters();
        final ScriptNormalizer simplified = ScriptNormalizer.builder().build();
        final ScriptNormalizer traditional = ScriptNormalizer.builder()
                .target(ScriptTarget.TRADITIONAL).regionalPhrases(false).build();
    }

    private static List<String[]> shortenedWords() {
        List<String[]> out = new ArrayList<>();
        for (LexiconRow row : Lexicon.resource(SurfaceVariants.class, SHORTENED,
                Columns.of("short", "simplified_long", "traditional_long"))) {
            out.add(new String[] {row.get(0), row.get(1), row.get(2)});
        }
        return List.copyOf(out);
    }

    private static Map<String, Forms> load() {
        Map<String, Forms> map = new HashMap<>(4096);
        for (LexiconRow row : Lexicon.resource(SurfaceVariants.class, RESOURCE,
                Columns.of("surface", "simplified", "traditional"))) {
            map.put(row.get(0), new Forms(row.get(1), row.get(2)));
        }
        return Map.copyOf(map);
    }
}
