package org.zhnews.extract.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.extract.region.RegionFinder;
import org.zhnews.text.fold.CharFold;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;

/**
 * The article structure step: finds the articles of a document run together, each article's
 * title, byline, outlet and stated publication date, and its boilerplate zones (reprint and
 * copyright notices, comment prompts, related links, ads, job listings, image captions, share
 * and footer junk).
 *
 * <p>It reads the normalized text line by line. Rules are data: cue lists in
 * {@code cues.tsv} and {@code outlets.tsv} next to this class (add your own with the
 * {@link Builder}); layout signals (short lines, list markers, rules, trailing credits,
 * datelines) are code. Cues match a folded copy of each line (traditional to simplified,
 * full-width to ASCII), so the step also works when no normalizer ran. Precision first: an
 * article boundary falls only at a line start between a finished paragraph and a headline,
 * and a paragraph never joins a zone unless its own line carries a cue.
 *
 * <p>Offsets: article ranges cover the normalized text without gaps and map to the original
 * with {@link StructureInput#articleOriginal}; zone ranges span whole trimmed lines and map
 * with {@link StructureInput#toOriginal}. Time is linear in the text's length. Immutable and
 * thread-safe: share one instance ({@link #standard()} is built once per JVM). The rule files
 * load when the analyzer is built; a missing or malformed file throws
 * {@link org.zhnews.text.lexicon.LexiconException} there.
 */
public final class ArticleStructureAnalyzer implements StructureAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleStructureAnalyzer.class);

    /** The header of a cue file. */
    static final Columns CUE_COLUMNS = Columns.of("cue", "kind", "mode");
    /** The header of an outlet file. */
    static final Columns OUTLET_COLUMNS = Columns.of("text", "kind");

    private final CueBook cues;

    private ArticleStructureAnalyzer(CueBook cues) {
        this.cues = cues;
    }

    /**
     * The analyzer with the bundled rules; one shared instance.
     *
     * @return the shared analyzer
     */
    public static ArticleStructureAnalyzer standard() {
        return Standard.INSTANCE;
    }

    /**
     * A builder starting from the bundled rules.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Structure analyze(StructureInput input) {
        Objects.requireNonNull(input, "input");
        String text = input.text();
        List<LineFacts> lines = new ArrayList<>();
        for (Line line : Line.split(text, cues.fold())) {
            lines.add(LineFacts.of(line, cues));
        }
        List<Integer> starts = ArticleSplitter.starts(lines);
        List<Article> articles = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            int start = k == 0 ? 0 : lines.get(from).line().rawStart();
            int end = k + 1 < starts.size() ? lines.get(to).line().rawStart() : text.length();
            zones.addAll(ZoneFinder.find(lines, from, to, input));
            articles.add(ArticleReader.read(lines, from, to, start, end, input));
        }
        return new Structure(RegionFinder.standard().annotate(articles, input.original(), input.script()), zones);
    }

    @Override
    public String name() {
        return "structure";
    }

    private static final class Standard {
        static final ArticleStructureAnalyzer INSTANCE = new Builder().build();
    }

    /** Configures an analyzer: the bundled rules plus cue and outlet files of your own. */
    public static final class Builder {

        private final List<Path> cueFiles = new ArrayList<>();
        private final List<Path> outletFiles = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the cues of a TSV file in the format of the bundled {@code cues.tsv} (header
         * {@code cue <tab> kind <tab> mode}).
         *
         * @param file the UTF-8 TSV file, read when the analyzer is built
         * @return this builder
         * @throws NullPointerException if {@code file} is null
         */
        public Builder cues(Path file) {
            cueFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Adds the outlet names and suffixes of a TSV file in the format of {@code outlets.tsv}
         * (header {@code text <tab> kind}).
         *
         * @param file the UTF-8 TSV file, read when the analyzer is built
         * @return this builder
         * @throws NullPointerException if {@code file} is null
         */
        public Builder outlets(Path file) {
            outletFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Loads the rules and builds the analyzer.
         *
         * @return a new analyzer
         * @throws org.zhnews.text.lexicon.LexiconException if a rule file is missing, lacks its
         *         header or has a short row
         * @throws IllegalArgumentException if a row names an unknown kind or mode
         */
        public ArticleStructureAnalyzer build() {
            CharFold fold = CharFold.keepingCase();
            List<LexiconRow> cueRows = new ArrayList<>(rules("cues.tsv", CUE_COLUMNS));
            cueFiles.forEach(p -> cueRows.addAll(Lexicon.file(p, CUE_COLUMNS)));
            List<Cue> cues = new ArrayList<>();
            for (LexiconRow row : cueRows) {
                cues.add(new Cue(fold.fold(row.get(0)), CueKind.parse(row.get(1)), CueMode.parse(row.get(2))));
            }
            List<LexiconRow> outlets = new ArrayList<>(rules("outlets.tsv", OUTLET_COLUMNS));
            outletFiles.forEach(p -> outlets.addAll(Lexicon.file(p, OUTLET_COLUMNS)));
            Set<Character> places = new HashSet<>();
            for (LexiconRow row : rules("place-suffixes.tsv", Columns.of("ending"))) {
                places.add(fold.fold(row.get(0).charAt(0)));
            }
            LOG.debug("structure rules: {} cues, {} outlet entries", cues.size(), outlets.size());
            return new ArticleStructureAnalyzer(new CueBook(fold, cues, outlets, places));
        }

        private static List<LexiconRow> rules(String resource, Columns columns) {
            return Lexicon.resource(ArticleStructureAnalyzer.class, resource, columns);
        }
    }
}
