package org.zhnews.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --max-chars}: a whole number of chars from {@value #MIN} to {@value #MAX}, written
 * plainly or with {@code _} or {@code ,} between digit groups, or with a {@code k}/{@code m}
 * suffix ({@code 500k}, {@code 2m}); a message names the valid range when it is not one.
 */
final class CharLimitOption implements ITypeConverter<Integer> {

    /** The smallest batch: a few lines. */
    static final int MIN = 16;
    /** The largest batch: the pipeline's default limit. */
    static final int MAX = 10_000_000;

    @Override
    public Integer convert(String value) {
        String v = value.trim().replace("_", "").replace(",", "").toLowerCase(Locale.ROOT);
        long factor = 1;
        if (v.endsWith("k")) {
            factor = 1_000;
            v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
            factor = 1_000_000;
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty() || v.length() > 12 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TypeConversionException("'" + value + "' is not a number of chars (such as 1000000 or 500k)");
        }
        long n = Long.parseLong(v) * factor;
        if (n < MIN || n > MAX) {
            throw new TypeConversionException("'" + value + "' is out of range: from " + MIN + " to "
                    + String.format(Locale.ROOT, "%,d", MAX) + " chars");
        }
        return (int) n;
    }
}
