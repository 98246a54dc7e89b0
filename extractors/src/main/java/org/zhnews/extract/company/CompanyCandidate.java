package org.zhnews.extract.company;

import java.util.Objects;

/**
 * A span of normalized text that very probably names a company the knowledge base does not know.
 *
 * @param start    first UTF-16 offset of the span in the text given to the finder
 * @param end      offset just after the span ({@code end > start})
 * @param name     the span's text, {@code text.substring(start, end)}
 * @param evidence why it was taken, e.g. {@code "suffix:科技"}, {@code "hanlp:nt+suffix:银行"},
 *                 {@code "latin:Inc."}, {@code "hanlp:ntc+cue:宣布"}
 */
record CompanyCandidate(int start, int end, String name, String evidence) {

    /** @throws IllegalArgumentException if the span is empty or negative, or the name length differs */
    public CompanyCandidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        if (start < 0 || end <= start || name.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + name);
        }
    }
}
