package org.zhnews.normalize.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Warning;
import org.zhnews.core.WarningCode;
import org.zhnews.core.offset.Rewriter;

/**
 * Repairs mojibake: Chinese text whose bytes were decoded with the wrong charset. Four routes
 * are tried from every non-ASCII character that can open one ({@link RouteStarts}): UTF-8 read as GBK/GB18030 ({@code 涓枃}), UTF-8
 * read as Big5, UTF-8 read as ISO-8859-1 or windows-1252 ({@code ä¸­æ–‡}), and GBK read as
 * ISO-8859-1/windows-1252 ({@code ÖÐÎÄ}). A route re-encodes the characters with the wrong
 * charset (windows-1252 "sloppily": C1 controls stand for the bytes 0x80..0x9F) and decodes the
 * bytes with the right one; the longest-gaining prefix that decodes without error is taken when
 * it contains Han characters, its non-ASCII characters are nearly all ordinary Chinese, and its
 * {@link ChinesePlausibility} score beats the mojibake by {@link Builder#minGain}. Genuine text
 * is left alone: precision comes before recall.
 *
 * <p>Bytes the wrong decoder could not read (shown as U+FFFD in the mojibake) are lost: the
 * characters they belonged to stay U+FFFD in the repair and the warning counts them. For
 * windows-1252, whose five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) Java decodes as
 * U+FFFD, the character stays U+FFFD unless {@link Builder#guessUndefinedCp1252} allows a
 * frequency-based guess (counted in the warning).
 *
 * <p>Each repair is one {@code mojibake_repaired} warning over the repaired range (input
 * coordinates), e.g. "UTF-8 read as GBK". ASCII inside a repaired range is kept (not replaced),
 * so offsets stay as fine as the bytes allow. Immutable and thread-safe; never throws.
 */
public final class MojibakeRepairer implements Normalizer {

    /** The routes in order, read once ({@code values()} copies its array on every call). */
    private static final List<MojibakeRoute> ROUTES = List.of(MojibakeRoute.values());

    private final double minGain;
    private final boolean guessUndefined;
    private final ChinesePlausibility model;
    /** The double-byte readings' tables, shared by every repairer of the JVM. */
    private final Map<WrongReading, DoubleByteCodes> tables;
    /** The characters that can open a repair: the others are skipped without an attempt. */
    private final RouteStarts starts;

    private MojibakeRepairer(Builder b) {
        this.minGain = b.minGain;
        this.guessUndefined = b.guessUndefined;
        this.model = ChinesePlausibility.standard();
        this.tables = WrongReading.tables();
        this.starts = RouteStarts.standard();
    }

    /** A repairer with default settings. */
    public MojibakeRepairer() {
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

    @Override
    public Normalization normalize(String text) {
        boolean nonAscii = false;
        for (int i = 0; i < text.length() && !nonAscii; i++) {
            nonAscii = text.charAt(i) >= 0x80;
        }
        if (!nonAscii) {
            return Normalization.unchanged(text);
        }
        RepairFinder call = new RepairFinder(text, model, minGain, guessUndefined, tables);
        Rewriter rw = new Rewriter(text);
        List<Warning> warnings = new ArrayList<>();
        int i = 0;
        int lastEnd = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80 || !starts.mayStart(c)) {
                i++; // no route opens here (a surrogate always may)
                continue;
            }
            // GBK is not self-synchronising: its route starts only where a character must begin
            call.gbStartOk = i == lastEnd || text.charAt(i - 1) < 0x40
                    || text.charAt(i - 1) < 0x80 && (i < 2 || text.charAt(i - 2) < 0x80);
            MojibakeRepair best = null;
            for (MojibakeRoute route : ROUTES) {
                if (route == MojibakeRoute.GBK_AS_LATIN && best != null && best.route == MojibakeRoute.UTF8_AS_LATIN) {
                    break; // valid UTF-8 is far stronger evidence than valid GBK
                }
                MojibakeRepair r = call.attempt(route, i);
                if (r != null && (best == null || r.density() > best.density())) {
                    best = r;
                }
            }
            if (best == null) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            rw.keep(best.start - rw.position());
            apply(rw, best);
            warnings.add(Warning.at(WarningCode.MOJIBAKE_REPAIRED, best.message(), best.start, best.end));
            i = best.end;
            lastEnd = i;
        }
        rw.keepRest();
        if (warnings.isEmpty()) {
            return Normalization.unchanged(text);
        }
        return new Normalization(rw.text(), rw.offsetMap(), warnings, Optional.empty());
    }

    private static void apply(Rewriter rw, MojibakeRepair r) {
        int textCursor = r.start;
        int outCursor = 0;
        for (int k = 0; k < r.anchorCount; k++) {
            int t = r.anchorText[k];
            int o = r.anchorOut[k];
            if (t >= r.end || o >= r.output.length()) {
                break;
            }
            if (t > textCursor || o > outCursor) {
                rw.replace(t - textCursor, r.output.substring(outCursor, o));
            }
            rw.keep(1);
            textCursor = t + 1;
            outCursor = o + 1;
        }
        if (r.end > textCursor || r.output.length() > outCursor) {
            rw.replace(r.end - textCursor, r.output.substring(outCursor));
        }
    }

    /** Configures a {@link MojibakeRepairer}. */
    public static final class Builder {
        private double minGain = 10;
        private boolean guessUndefined;

        private Builder() { }

        /**
         * How much more plausible (natural log) the repair must be than the mojibake; higher
         * repairs less. Default 10.
         *
         * @param value the gain, in natural log units
         * @return this builder
         */
        public Builder minGain(double value) {
            this.minGain = value;
            return this;
        }

        /**
         * Whether a U+FFFD standing for one of windows-1252's five undefined bytes may be
         * restored to the byte whose character is clearly the most frequent (a guess, right
         * about 9 times in 10 on the seeds). Default false: such characters stay U+FFFD.
         *
         * @param value whether to guess
         * @return this builder
         */
        public Builder guessUndefinedCp1252(boolean value) {
            this.guessUndefined = value;
            return this;
        }

        /**
         * A repairer with the settings so far.
         *
         * @return a new repairer
         */
        public MojibakeRepairer build() {
            return new MojibakeRepairer(this);
        }
    }
}