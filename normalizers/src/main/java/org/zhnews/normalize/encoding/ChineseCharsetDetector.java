package org.zhnews.normalize.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zhnews.core.BinaryInput;
import org.zhnews.core.ByteDecoder;
import org.zhnews.core.DecodedText;
import org.zhnews.core.Utf8Decoder;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;

/**
 * Decodes bytes of Chinese text in an unknown charset. A byte-order mark (UTF-8, UTF-16,
 * UTF-32) decides; otherwise valid UTF-8 containing non-ASCII wins; otherwise each candidate
 * charset (by default GB18030, Big5, Big5-HKSCS, UTF-16LE, UTF-16BE, plus windows-1252 and
 * Shift_JIS as unlikely alternatives) decodes the bytes, and decodings are ranked by
 * {@link ChinesePlausibility} plus a small prior per candidate, minus a heavy penalty per
 * malformed run (so a long GBK text with one corrupt byte still beats an error-free but
 * implausible UTF-16 reading). When the best decoding has errors, ICU4J's
 * {@link CharsetDetector} adds its guess; malformed bytes become U+FFFD with
 * {@code malformed_input} warnings. Bytes that are not text in any charset get a single
 * {@code binary_input} warning instead ({@link BinaryInput}).
 *
 * <p>Warnings: {@code low_confidence_charset} when the best two clean decodings score within
 * {@link Builder#lowConfidenceMargin} of each other or fewer than
 * {@link Builder#shortTextBytes} non-ASCII bytes were seen. The returned charset is Java's
 * canonical name; the text excludes a leading BOM.
 *
 * <p>Immutable and thread-safe: build one and share it. Never throws for any byte content.
 */
public final class ChineseCharsetDetector implements ByteDecoder {

    /** A candidate charset with a prior (a log-probability added to its score, at most 0). */
    public record Candidate(Charset charset, double prior) {
        /**
         * Checks that the charset is not null.
         *
         * @param charset the charset
         * @param prior   the log-probability added to its score, at most 0
         * @throws NullPointerException if {@code charset} is null
         */
        public Candidate {
            Objects.requireNonNull(charset, "charset");
        }
    }

    /**
     * A candidate's decoding and its score, for diagnostics.
     *
     * @param errors malformed runs (replaced by U+FFFD in the decoding)
     */
    public record Scored(Charset charset, DecodedText decoded, double score, int errors) {
        /**
         * The decoded text.
         *
         * @return the text of the lenient decoding, U+FFFD where bytes were malformed
         */
        public String text() {
            return decoded.text();
        }
    }

    private static final double ERROR_PENALTY = 30;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final List<Candidate> candidates;
    private final double lowConfidenceMargin;
    private final int shortTextBytes;
    private final boolean icuFallback;
    private final ChinesePlausibility model;

    private ChineseCharsetDetector(Builder b) {
        this.candidates = List.copyOf(b.candidates);
        this.lowConfidenceMargin = b.lowConfidenceMargin;
        this.shortTextBytes = b.shortTextBytes;
        this.icuFallback = b.icuFallback;
        this.model = ChinesePlausibility.standard();
    }

    /** A detector with the default candidates and thresholds. */
    public ChineseCharsetDetector() {
        this(builder());
    }

    /**
     * A builder with the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes {@code bytes} in the charset detected; bytes that are not text in any charset
     * (binary data) are decoded and flagged by {@link BinaryInput#screen}, with one
     * {@code binary_input} warning.
     */
    @Override
    public DecodedText decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return BinaryInput.screen(bytes, detect(bytes));
    }

    private DecodedText detect(byte[] bytes) {
        if (bytes.length == 0) {
            return new DecodedText("", StandardCharsets.UTF_8, List.of());
        }
        Charset bomCharset = bomCharset(bytes);
        if (bomCharset != null) {
            return Utf8Decoder.decode(bytes, bomLength(bytes), bomCharset);
        }
        int nonAscii = 0;
        boolean nul = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii++;
            } else if (b == 0) {
                nul = true;
            }
        }
        if (!nul) {
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new DecodedText(utf8, StandardCharsets.UTF_8, List.of());
            }
        }
        List<Scored> ranked = rank(bytes);
        Scored best = ranked.get(0);
        if (best.errors() > 0 && icuFallback) {
            Charset icu = icuGuess(bytes);
            if (icu != null && ranked.stream().noneMatch(r -> r.charset().equals(icu))) {
                Scored extra = score(bytes, new Candidate(icu, -4));
                if (extra.score() > best.score()) {
                    ranked.add(0, extra);
                    best = extra;
                }
            }
        }
        List<Warning> warnings = new ArrayList<>(best.decoded().warnings());
        double margin = ranked.size() > 1 ? best.score() - ranked.get(1).score() : Double.POSITIVE_INFINITY;
        if (best.errors() > 0) {
            warnings.add(Warning.of(WarningCode.LOW_CONFIDENCE_CHARSET, "no candidate charset decodes the bytes "
                    + "without error; used " + best.charset().name()));
        } else if (margin < lowConfidenceMargin || nonAscii < shortTextBytes) {
            warnings.add(Warning.of(WarningCode.LOW_CONFIDENCE_CHARSET, String.format(Locale.ROOT,
                    "guessed %s from %d non-ASCII bytes; runner-up %s scored %.1f lower",
                    best.charset().name(), nonAscii, ranked.size() > 1 ? ranked.get(1).charset().name() : "none",
                    margin)));
        }
        return new DecodedText(best.text(), best.charset(), warnings);
    }

    /**
     * Every candidate (UTF-8 first) decoded leniently and scored, best first: plausibility plus
     * prior, minus {@value #ERROR_PENALTY} per malformed run. A byte-order mark is not
     * interpreted here.
     *
     * @param bytes the bytes
     * @return a new list with UTF-8 and every candidate, highest score first
     */
    public List<Scored> rank(byte[] bytes) {
        List<Scored> out = new ArrayList<>();
        out.add(score(bytes, new Candidate(StandardCharsets.UTF_8, 0)));
        for (Candidate c : candidates) {
            out.add(score(bytes, c));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    private Scored score(byte[] bytes, Candidate c) {
        DecodedText d = Utf8Decoder.decode(bytes, 0, c.charset());
        int errors = d.warnings().size();
        double s = model.logLikelihood(d.text()) + c.prior() - ERROR_PENALTY * errors;
        return new Scored(c.charset(), d, s, errors);
    }

    private static Charset icuGuess(byte[] bytes) {
        try {
            CharsetMatch m = new CharsetDetector().setText(bytes).detect();
            if (m != null && m.getConfidence() >= 30 && Charset.isSupported(m.getName())) {
                return Charset.forName(m.getName());
            }
        } catch (RuntimeException e) {
            // ICU refused the input or named an unknown charset: no guess
        }
        return null;
    }

    /** {@code bytes} decoded with {@code charset}, or null on any malformed or unmappable input. */
    static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer cb = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return 4;
        }
        return starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 2;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Configures a {@link ChineseCharsetDetector}. Not thread-safe; the detector is. */
    public static final class Builder {
        private final List<Candidate> candidates = new ArrayList<>(List.of(
                new Candidate(Charset.forName("GB18030"), 0),
                new Candidate(Charset.forName("Big5"), 0),
                new Candidate(Charset.forName("Big5-HKSCS"), -0.5),
                new Candidate(StandardCharsets.UTF_16LE, 0),
                new Candidate(StandardCharsets.UTF_16BE, 0),
                new Candidate(Charset.forName("windows-1252"), -4),
                new Candidate(Charset.forName("Shift_JIS"), -4)));
        private double lowConfidenceMargin = 8;
        private int shortTextBytes = 8;
        private boolean icuFallback = true;

        private Builder() { }

        /**
         * Replaces the candidates tried after UTF-8 (order breaks ties).
         *
         * @param list the candidates, in tie-breaking order; copied
         * @return this builder
         */
        public Builder candidates(List<Candidate> list) {
            candidates.clear();
            candidates.addAll(list);
            return this;
        }

        /**
         * Score difference (natural log) under which the choice is reported as low-confidence.
         *
         * @param value the margin, default 8
         * @return this builder
         */
        public Builder lowConfidenceMargin(double value) {
            this.lowConfidenceMargin = value;
            return this;
        }

        /**
         * Fewer non-ASCII bytes than this are reported as low-confidence.
         *
         * @param value the number of non-ASCII bytes, default 8
         * @return this builder
         */
        public Builder shortTextBytes(int value) {
            this.shortTextBytes = value;
            return this;
        }

        /**
         * Whether ICU4J's detector may add a guess when no candidate decodes cleanly.
         *
         * @param value whether to ask ICU4J, default {@code true}
         * @return this builder
         */
        public Builder icuFallback(boolean value) {
            this.icuFallback = value;
            return this;
        }

        /**
         * A detector with the settings so far.
         *
         * @return a new detector
         */
        public ChineseCharsetDetector build() {
            return new ChineseCharsetDetector(this);
        }
    }
}
