package org.zhnews.normalize.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Script;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.Rewriter;
import org.zhnews.text.match.PrefixTrie;

/**
 * Detects the script of a text (simplified, traditional, mixed) and converts it to one
 * {@link ScriptTarget}, by default simplified characters with mainland wording: Taiwan and Hong
 * Kong terms become mainland ones (軟體 -> 软件, 演算法 -> 算法, 輝達 -> 英伟达), and the other
 * targets go the reverse way. Latin text, digits and model names pass untouched.
 *
 * <p>In a pipeline's analysis chain keep the default target: the extractors read simplified,
 * mainland text. A normalizer with a traditional target is a display projection: pass it to
 * {@code Pipeline.Builder.display(...)}, which applies it to the analysis text for output only.
 *
 * <p>Conversion is one left-to-right longest-match pass over a table built from the OpenCC
 * dictionaries bundled with opencc4j and the project's reviewed overlay, so a longer term wins
 * over the shorter one inside it (軟體動物 stays 软体动物, 方程式 stays 方程式).
 *
 * <p>Offsets: a character converted to one character maps to itself (so does each character of
 * a phrase converted to one of the same length, 資料 -> 数据); a phrase whose length
 * changes ({@code 智慧型手機 -> 智能手机}) is one changed run, so any part of the output phrase
 * maps back to the whole original phrase. The detected script is returned in
 * {@link Normalization#script()}; a mixed text also gets a {@code mixed_script} warning. In a
 * text detected as simplified, regional phrases written only in characters both scripts share
 * ({@code 核心}, {@code 病患}) are left alone: they are already mainland wording there.
 *
 * <p>The table is built once, in {@link Builder#build()} (the dictionary files are read once per
 * JVM). Instances are immutable and thread-safe: build one and share it. {@link #normalize}
 * never throws except for a null argument.
 */
public final class ScriptNormalizer implements Normalizer {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptNormalizer.class);

    private final ScriptTarget target;
    private final boolean regionalPhrases;
    private final PrefixTrie<String> table;
    private final ScriptDetector detector;
    private final QuietRuns quietRuns;

    private ScriptNormalizer(Builder b) {
        this.target = b.target;
        this.regionalPhrases = b.regionalPhrases;
        long t0 = System.nanoTime();
        ConversionTables.Table t = ConversionTables.table(target, regionalPhrases);
        this.table = t.trie();
        this.detector = ScriptDetector.standard();
        this.quietRuns = new QuietRuns(t, detector);
        LOG.debug("script table {} phrases={} built: {} keys in {} ms", target, regionalPhrases,
                table.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * A builder; defaults: {@link ScriptTarget#SIMPLIFIED_MAINLAND}, regional phrases on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The target script.
     *
     * @return the target
     */
    public ScriptTarget target() {
        return target;
    }

    /**
     * Whether regional wording is converted as well as characters.
     *
     * @return {@code true} if phrases are converted
     */
    public boolean regionalPhrases() {
        return regionalPhrases;
    }

    @Override
    public String name() {
        return "script:" + target.name().toLowerCase(java.util.Locale.ROOT)
                + (regionalPhrases ? "" : ":chars");
    }

    /**
     * The script of {@code text} without converting it.
     *
     * @param text the text
     * @return {@link Script#SIMPLIFIED}, {@link Script#TRADITIONAL}, {@link Script#MIXED} or {@link
     *     Script#UNKNOWN}
     */
    public Script detect(CharSequence text) {
        return detector.detect(text);
    }

    @Override
    public Normalization normalize(String text) {
        Objects.requireNonNull(text, "text");
        Script script = detector.detect(text);
        // A simplified document only needs traditional leftovers converted: a regional phrase
        // made of characters both scripts share (核心, 病患) is mainland wording there already.
        boolean simplifiedInput = script == Script.SIMPLIFIED && target == ScriptTarget.SIMPLIFIED_MAINLAND;
        Rewriter w = new Rewriter(text);
        int i = 0;
        int n = text.length();
        int judgedUntil = 0; // the run before this was found to need the table
        while (i < n) {
            if (simplifiedInput && i >= judgedUntil) {
                int end = quietRuns.runEnd(text, i);
                int stop = Math.max(end, i + 1); // a char in no key starts no match: a run of its own
                if (quietRuns.quiet(text, i, stop)) {
                    w.keep(stop - i); // nothing in this run can convert: no table walk
                    i = stop;
                    continue;
                }
                judgedUntil = end;
            }
            char c = text.charAt(i);
            if (c < 0x2E80 && !startsLatinTerm(text, i)) {
                w.keep(1); // below the CJK radicals only terms like "U盘" ever convert
                i++;
                continue;
            }
            PrefixTrie.Hit<String> m = table.longestAt(text, i).orElse(null);
            if (m == null) {
                w.keep(1);
                i++;
            } else if (simplifiedInput && m.length() > 1
                    && detector.evidence(text.substring(i, i + m.length())).traditionalOnly() == 0) {
                w.keep(m.length());
                i += m.length();
            } else {
                emit(w, text, i, m);
                i += m.length();
            }
        }
        List<Warning> warnings = new ArrayList<>(1);
        if (script == Script.MIXED) {
            warnings.add(Warning.of(WarningCode.MIXED_SCRIPT,
                    "the text mixes simplified and traditional characters"));
        }
        return new Normalization(w.text(), w.offsetMap(), warnings, Optional.of(script));
    }

    /** An ASCII letter at a word start: mixed terms such as {@code SQL注入} may begin here. */
    private static boolean startsLatinTerm(String text, int i) {
        char c = text.charAt(i);
        if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return !(p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z' || p >= '0' && p <= '9'
                || p == '-' || p == '.' || p == '_');
    }

    /** Writes one match: code point by code point when the counts agree, else one run. */
    private static void emit(Rewriter w, String text, int start, PrefixTrie.Hit<String> m) {
        String value = m.value();
        int len = m.length();
        if (text.regionMatches(start, value, 0, len) && value.length() == len) {
            w.keep(len);
            return;
        }
        int end = start + len;
        if (text.codePointCount(start, end) != value.codePointCount(0, value.length())) {
            w.replace(len, value);
            return;
        }
        int j = 0;
        for (int i = start; i < end; ) {
            int a = text.codePointAt(i);
            int b = value.codePointAt(j);
            int la = Character.charCount(a);
            int lb = Character.charCount(b);
            if (a == b) {
                w.keep(la);
            } else {
                w.replace(la, value.substring(j, j + lb));
            }
            i += la;
            j += lb;
        }
    }

    /** Configures a {@link ScriptNormalizer}. Not thread-safe; build once and share the result. */
    public static final class Builder {

        private ScriptTarget target = ScriptTarget.SIMPLIFIED_MAINLAND;
        private boolean regionalPhrases = true;

        private Builder() {
        }

        /**
         * The script to convert to.
         *
         * @param value the target (default {@link ScriptTarget#SIMPLIFIED_MAINLAND})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder target(ScriptTarget value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /**
         * Whether to convert regional wording (Taiwan/Hong Kong vs mainland terms) as well as
         * characters; ignored by {@link ScriptTarget#TRADITIONAL}. Default on.
         *
         * @param value whether to convert phrases
         * @return this builder
         */
        public Builder regionalPhrases(boolean value) {
            this.regionalPhrases = value;
            return this;
        }

        /**
         * Builds the normalizer and its conversion table (tens to hundreds of milliseconds).
         *
         * @return a new normalizer
         */
        public ScriptNormalizer build() {
            return new ScriptNormalizer(this);
        }
    }
}
