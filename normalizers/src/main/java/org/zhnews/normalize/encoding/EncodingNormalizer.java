package org.zhnews.normalize.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.Normalization;
import org.zhnews.core.Normalizer;
import org.zhnews.core.Warning;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;

/**
 * The encoding step of the pipeline: {@link MojibakeRepairer} first (it needs the C1 controls
 * that Latin-1 mojibake is made of), then {@link ControlCharacterCleaner}. Maps compose; the
 * cleaner's warnings are mapped back to this normalizer's input. Immutable and thread-safe.
 */
public final class EncodingNormalizer implements Normalizer {

    private final MojibakeRepairer repairer;
    private final ControlCharacterCleaner cleaner;

    /** Default repairer and cleaner. */
    public EncodingNormalizer() {
        this(new MojibakeRepairer(), new ControlCharacterCleaner());
    }

    /**
     * The given repairer, then the given cleaner.
     *
     * @param repairer the mojibake repairer, run first
     * @param cleaner  the control-character cleaner, run on the repairer's output
     */
    public EncodingNormalizer(MojibakeRepairer repairer, ControlCharacterCleaner cleaner) {
        this.repairer = repairer;
        this.cleaner = cleaner;
    }

    @Override
    public Normalization normalize(String text) {
        Normalization first = repairer.normalize(text);
        Normalization second = cleaner.normalize(first.text());
        List<Warning> warnings = new ArrayList<>(first.warnings());
        for (Warning w : second.warnings()) {
            if (w.range().isEmpty()) {
                warnings.add(w);
            } else {
                TextRange r = first.map().toOriginal(w.range().get().start(), w.range().get().end());
                warnings.add(w.withRange(r));
            }
        }
        OffsetMap map = first.map().andThen(second.map());
        return new Normalization(second.text(), map, warnings, Optional.empty());
    }
}
