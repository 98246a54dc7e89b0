package org.zhnews.extract.lexicon;

import org.zhnews.extract.knowledge.CompanyEntry;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Arbiter} decided about one span of the analysis text.
 *
 * @param start   first UTF-16 offset of the span in the text the arbiter read
 * @param end     offset just after it; for a model, after the version and variant read
 * @param surface {@code text.substring(start, end)}
 * @param reading what the span is
 * @param reason  the evidence that decided it
 * @param company the company-base entry, for {@link Reading#COMPANY}, {@link Reading#PRODUCT},
 *                {@link Reading#INSTITUTION}, and for a {@link Reading#WORD} that a company
 *                name was read as
 * @param model   the model read, for {@link Reading#MODEL}, and for a {@link Reading#WORD}
 *                that a model name was read as (then without version)
 */
public record Decision(int start, int end, String surface, Reading reading, Reason reason,
                       Optional<CompanyEntry> company, Optional<ModelReading> model) {

    /**
     * @param start   first offset of the span
     * @param end     offset just after it
     * @param surface the text of the span
     * @param reading what the span is
     * @param reason  the evidence that decided it
     * @param company the company-base entry, or empty
     * @param model   the model read, or empty
     * @throws IllegalArgumentException if the span is empty or its length differs from the
     * surface's
     * @throws NullPointerException if a component is null
     */
    public Decision {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(model, "model");
        if (start < 0 || end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + surface);
        }
    }

    /**
     * Whether the span is read as a company, a product or an institution.
     *
     * @return {@code true} for {@link Reading#COMPANY}, {@link Reading#PRODUCT} and {@link
     *     Reading#INSTITUTION}
     */
    public boolean isCompanyBase() {
        return reading == Reading.COMPANY || reading == Reading.PRODUCT || reading == Reading.INSTITUTION;
    }

    /** {@code surface[start,end) READING REASON}, for logs and test messages. */
    @Override
    public String toString() {
        return surface + "[" + start + "," + end + ") " + reading + " " + reason;
    }
}
