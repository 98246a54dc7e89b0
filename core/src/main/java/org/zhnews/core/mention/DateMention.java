package org.zhnews.core.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * A date or period named in the text: absolute ({@code 2024年11月}, {@code 2025-03-03}) or
 * relative to the article's publication date ({@code 今年5月}, {@code 去年11月}, {@code 上周}).
 *
 * @param span        where it stands
 * @param value       the period meant; empty for a relative date with no publication date to
 *                    resolve it against (the surface keeps the relative form)
 * @param granularity how precise the expression is (also when {@code value} is empty)
 * @param relative    whether the expression depends on when it was written ({@code 今年5月},
 *                    {@code 23年12月}, {@code 近日})
 * @param modifier    a part or vagueness the value does not carry: {@code early} (年初, 月初),
 *                    {@code mid} (年中), {@code late} (年底, 月末), {@code approximate} (近日)
 */
public record DateMention(Span span, Optional<DateValue> value, DateGranularity granularity,
                          boolean relative, Optional<String> modifier) implements Mention {

    /**
     * Checks that no component is null and that a value has the stated granularity.
     *
     * @param span        where it stands
     * @param value       the period meant, or empty
     * @param granularity how precise the expression is
     * @param relative    whether the expression depends on when it was written
     * @param modifier    {@code early}, {@code mid}, {@code late} or {@code approximate}, or empty
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code value} has another granularity
     */
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(modifier, "modifier");
        if (value.isPresent() && value.get().granularity() != granularity) {
            throw new IllegalArgumentException("value " + value.get() + " is not of granularity "
                    + granularity.jsonName());
        }
    }

    /** Always {@link MentionKind#DATE}. */
    @Override
    public MentionKind kind() {
        return MentionKind.DATE;
    }
}
