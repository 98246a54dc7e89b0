package org.zhnews.extract.metric;

import java.util.HashMap;
import java.util.Map;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.PrefixTrie;

/**
 * The word lists of the {@link MetricExtractor}: cue words before percentages ({@code cues.tsv}),
 * measure words after counts ({@code measures.tsv}), the nouns that say what is counted
 * ({@code nouns.tsv}) and the product lines whose number is a model number
 * ({@code product-lines.tsv}). Immutable and thread-safe; {@link #defaults()} is loaded once.
 */
final class MetricWords {

    /** A cue word: the kind it gives, its sign (1 rise, -1 fall, 0 neither), how far it reaches. */
    public record Cue(String kind, int sign, boolean nearOnly) {
    }

    /** Where a noun may stand relative to the figure it describes. */
    public enum Reach {
        /** Also earlier in the clause, before a bare figure ({@code 月活4197.6万}). */
        BEFORE,
        /** Earlier in the clause only when the figure has a measure word ({@code 大模型…79个}). */
        COUNTED,
        /** Only right after the figure or its measure word. */
        AFTER,
        /**
         * Only earlier in the clause before a bare figure, standing for a noun of the same unit
         * named earlier in the sentence ({@code 总参数4560亿，每个token激活约190亿}); kept apart
         * ({@link #echoes}), never read after a figure.
         */
        ECHO
    }

    /** A counted noun: the kind it gives, its unit, its reach. */
    public record Noun(String kind, MetricUnit unit, Reach reach) {
    }

    final PrefixTrie<Cue> cues;
    final PrefixTrie<String> measures;
    final PrefixTrie<Noun> nouns;
    /** The nouns of reach {@link Reach#ECHO}. */
    final PrefixTrie<Noun> echoes;
    final PrefixTrie<String> productLines;

    private MetricWords(PrefixTrie<Cue> cues, PrefixTrie<String> measures, PrefixTrie<Noun> nouns,
            PrefixTrie<Noun> echoes, PrefixTrie<String> productLines) {
        this.cues = cues;
        this.measures = measures;
        this.nouns = nouns;
        this.echoes = echoes;
        this.productLines = productLines;
    }

    /** True if a product line's name ends right before {@code at} (麒麟 in 麒麟9000). */
    boolean productLineBefore(String text, int at) {
        return productLines.longestEndingAt(text, at).isPresent();
    }

    /** The built-in word lists. */
    public static MetricWords defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final MetricWords DEFAULTS = load();

        private static MetricWords load() {
            Map<String, Cue> cues = new HashMap<>();
            for (LexiconRow r : Lexicon.resource(MetricWords.class, "cues.tsv",
                    Columns.of("surface", "kind", "sign", "reach"))) {
                cues.put(r.get(0), new Cue(r.get(1), Integer.parseInt(r.get(2)), r.get(3).equals("near")));
            }
            Map<String, String> measures = new HashMap<>();
            for (LexiconRow r : Lexicon.resource(MetricWords.class, "measures.tsv",
                    Columns.of("surface", "kind", "source").requiring(2))) {
                measures.put(r.get(0), r.get(1));
            }
            Map<String, Noun> nouns = new HashMap<>();
            Map<String, Noun> echoes = new HashMap<>();
            for (LexiconRow r : Lexicon.resource(MetricWords.class, "nouns.tsv",
                    Columns.of("surface", "kind", "unit", "cue", "source").requiring(4))) {
                Reach reach = switch (r.get(3)) {
                    case "before" -> Reach.BEFORE;
                    case "counted" -> Reach.COUNTED;
                    case "echo" -> Reach.ECHO;
                    default -> Reach.AFTER;
                };
                Noun noun = new Noun(r.get(1), MetricUnit.valueOf(r.get(2).toUpperCase(java.util.Locale.ROOT)), reach);
                (reach == Reach.ECHO ? echoes : nouns).put(r.get(0), noun);
            }
            Map<String, String> lines = new HashMap<>();
            for (LexiconRow r : Lexicon.resource(MetricWords.class, "product-lines.tsv",
                    Columns.of("surface", "line"))) {
                lines.put(r.get(0), r.get(1));
            }
            CharFold fold = CharFold.keepingCase();
            return new MetricWords(PrefixTrie.bothWays(cues, fold), PrefixTrie.bothWays(measures, fold),
                    PrefixTrie.bothWays(nouns, fold), PrefixTrie.bothWays(echoes, fold), PrefixTrie.bothWays(lines, fold));
        }
    }
}
