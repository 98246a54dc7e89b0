package org.zhnews.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zhnews.normalize.script.ScriptTarget;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of {@code --target}: the script of the display text (the JSON {@code text}, the
 * offsets {@code start}/{@code end}). The extractors always read simplified text, so every
 * target finds the same mentions.
 */
enum ScriptChoice {
    /** Simplified characters, mainland wording: the default, the analysis text itself. */
    SIMPLIFIED(ScriptTarget.SIMPLIFIED_MAINLAND),
    /** Standard traditional characters, no regional wording. */
    TRADITIONAL(ScriptTarget.TRADITIONAL),
    /** Traditional characters with Taiwan variants and wording. */
    TAIWAN(ScriptTarget.TRADITIONAL_TAIWAN),
    /** Traditional characters with Hong Kong variants and wording. */
    HONGKONG(ScriptTarget.TRADITIONAL_HONG_KONG);

    private final ScriptTarget target;

    ScriptChoice(ScriptTarget target) {
        this.target = target;
    }

    ScriptTarget target() {
        return target;
    }

    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a choice (any case) with a message naming the valid ones when it is wrong. */
    static final class Converter implements ITypeConverter<ScriptChoice> {
        @Override
        public ScriptChoice convert(String value) {
            for (ScriptChoice c : values()) {
                if (c.optionName().equalsIgnoreCase(value.trim())) {
                    return c;
                }
            }
            throw new TypeConversionException("unknown target '" + value + "' (expected one of: "
                    + Arrays.stream(values()).map(ScriptChoice::optionName).collect(Collectors.joining(", ")) + ")");
        }
    }
}
