package org.zhnews.normalize.punctuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;

/**
 * Repairs the punctuation of Chinese text whose full-width marks were folded to ASCII
 * upstream, following W3C clreq (Requirements for Chinese Text Layout), precision first: where
 * the context is unclear, the text is left as it is. In order, it
 * <ol>
 *   <li>folds full-width Latin letters, digits and {@code ％＋＝＠＃＆＄＿} to half width
 *       ({@code ＡＩ} -> {@code AI}); U+3000 stays;</li>
 *   <li>turns matched parentheses around Chinese into （）, always both halves together;</li>
 *   <li>unifies quotation marks around Chinese to the configured {@link QuoteStyle};</li>
 *   <li>unifies {@code ...}, {@code 。。。}, a lone {@code …} to {@code ……} and {@code --},
 *       {@code —}, {@code ―}, {@code －－} to {@code ——} in Chinese context;</li>
 *   <li>turns {@code , ; : ? !} after Chinese into {@code ，；：？！}; numbers ({@code 1,000},
 *       {@code 12:30}), URLs, emoticons and English sentences keep theirs;</li>
 *   <li>optionally (off by default) inserts pangu-style spaces between CJK and Latin/digits.</li>
 * </ol>
 * Each step can be switched off on the {@link Builder}.
 *
 * <p>Every edit is recorded, so offsets in the output map back to the input; warnings
 * ({@code unpaired_quote}) carry ranges in the input. Time is linear in the input length.
 * Instances are immutable and thread-safe: build one and share it. {@link #normalize} never
 * throws for a non-null input.
 */
public final class PunctuationNormalizer implements Normalizer {

    private static final Logger LOG = LoggerFactory.getLogger(PunctuationNormalizer.class);
    private static final PunctuationNormalizer DEFAULTS = builder().build();

    private final List<Pass> passes;
    private final Builder config;

    private PunctuationNormalizer(Builder b) {
        this.config = b.copy();
        List<Pass> list = new ArrayList<>();
        if (b.foldFullWidth) {
            list.add(new WidthFolder());
        }
        if (b.fullWidthPunctuation) {
            list.add(new Parentheses());
        }
        if (b.quoteStyle != QuoteStyle.KEEP) {
            list.add(new Quotes(b.quoteStyle));
        }
        if (b.ellipsisAndDashes) {
            list.add(new EllipsisAndDash());
        }
        if (b.fullWidthPunctuation) {
            list.add(new SentencePunctuation());
        }
        if (b.panguSpacing) {
            list.add(new PanguSpacer());
        }
        this.passes = List.copyOf(list);
    }

    /**
     * The default configuration: everything on except pangu spacing, “” quotes.
     *
     * @return the shared default normalizer
     */
    public static PunctuationNormalizer defaults() {
        return DEFAULTS;
    }

    /**
     * A builder with the default configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with every step off, to switch on only what is wanted.
     *
     * @return a new builder
     */
    public static Builder none() {
        return new Builder().foldFullWidth(false).fullWidthPunctuation(false)
                .quoteStyle(QuoteStyle.KEEP).ellipsisAndDashes(false).panguSpacing(false);
    }

    /**
     * A builder holding this normalizer's configuration.
     *
     * @return a new builder; changing it does not change this normalizer
     */
    public Builder toBuilder() {
        return config.copy();
    }

    @Override
    public String name() {
        return "punctuation";
    }

    @Override
    public Normalization normalize(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return run(text);
        } catch (RuntimeException e) {
            LOG.warn("punctuation normalization failed on a text of {} chars; left unchanged",
                    text.length(), e);
            return new Normalization(text, OffsetMap.identity(text.length()),
                    List.of(Warning.of(WarningCode.PUNCTUATION_FAILED, "punctuation left unchanged: " + e)),
                    Optional.empty());
        }
    }

    private Normalization run(String text) {
        String current = text;
        OffsetMap map = OffsetMap.identity(text.length());
        List<Warning> warnings = new ArrayList<>();
        for (Pass pass : passes) {
            Pass.Result r = pass.apply(current);
            for (Warning w : r.warnings()) {
                warnings.add(toInput(w, map));
            }
            if (!r.map().isIdentity() || !r.text().equals(current)) {
                map = map.andThen(r.map());
                current = r.text();
            }
        }
        return new Normalization(current, map, warnings, Optional.empty());
    }

    private static Warning toInput(Warning w, OffsetMap map) {
        if (w.range().isEmpty() || map.isIdentity()) {
            return w;
        }
        TextRange r = w.range().get();
        TextRange o = map.toOriginal(r.start(), r.end());
        return Warning.at(w.code(), w.message(), o.start(), o.end());
    }

    /** Configuration of a {@link PunctuationNormalizer}. Not thread-safe; build once. */
    public static final class Builder {
        private boolean foldFullWidth = true;
        private boolean fullWidthPunctuation = true;
        private QuoteStyle quoteStyle = QuoteStyle.CURLY;
        private boolean ellipsisAndDashes = true;
        private boolean panguSpacing;

        private Builder() {
        }

        /**
         * Fold full-width Latin letters, digits and some symbols to half width (default on).
         *
         * @param on whether to fold
         * @return this builder
         */
        public Builder foldFullWidth(boolean on) {
            this.foldFullWidth = on;
            return this;
        }

        /**
         * Convert {@code , ; : ? ! ( )} to full width in Chinese context (default on).
         *
         * @param on whether to convert
         * @return this builder
         */
        public Builder fullWidthPunctuation(boolean on) {
            this.fullWidthPunctuation = on;
            return this;
        }

        /**
         * The quotation marks to unify to; {@link QuoteStyle#KEEP} leaves them (default CURLY).
         *
         * @param style the style
         * @return this builder
         * @throws NullPointerException if {@code style} is null
         */
        public Builder quoteStyle(QuoteStyle style) {
            this.quoteStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /**
         * Unify ellipses to …… and dashes to —— in Chinese context (default on).
         *
         * @param on whether to unify
         * @return this builder
         */
        public Builder ellipsisAndDashes(boolean on) {
            this.ellipsisAndDashes = on;
            return this;
        }

        /**
         * Insert spaces between CJK and Latin letters or digits, for display (default off).
         *
         * @param on whether to insert spaces
         * @return this builder
         */
        public Builder panguSpacing(boolean on) {
            this.panguSpacing = on;
            return this;
        }

        /**
         * A normalizer with the settings so far.
         *
         * @return a new normalizer
         */
        public PunctuationNormalizer build() {
            return new PunctuationNormalizer(this);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.foldFullWidth = foldFullWidth;
            b.fullWidthPunctuation = fullWidthPunctuation;
            b.quoteStyle = quoteStyle;
            b.ellipsisAndDashes = ellipsisAndDashes;
            b.panguSpacing = panguSpacing;
            return b;
        }
    }
}
