package org.zhnews.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What a user can select with {@code --only}, named as in the JSON contract: the mention types,
 * and {@link #EVENT} for the events (no mention is of that type).
 */
enum MentionType {
    COMPANY(CompanyMention.class),
    MODEL(ModelMention.class),
    MONEY(MoneyMention.class),
    METRIC(MetricMention.class),
    DATE(DateMention.class),
    /** The events of the document; matches no mention. */
    EVENT(null);

    private final Class<? extends Mention> mentionClass;

    MentionType(Class<? extends Mention> mentionClass) {
        this.mentionClass = mentionClass;
    }

    /** The name used on the command line and in the JSON {@code type} field. */
    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean matches(Mention m) {
        return mentionClass != null && mentionClass.isInstance(m);
    }

    /** Whether this selects a kind of mention (every type but {@link #EVENT}). */
    boolean isMention() {
        return mentionClass != null;
    }

    /** The type of a mention. */
    static MentionType of(Mention m) {
        for (MentionType t : values()) {
            if (t.matches(m)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown mention class " + m.getClass().getName());
    }

    /** All names, comma separated, for messages. */
    static String names() {
        return Arrays.stream(values()).map(MentionType::jsonName).collect(Collectors.joining(", "));
    }

    /** Reads a type name (any case) with a message naming the valid ones when it is wrong. */
    static final class Converter implements ITypeConverter<MentionType> {
        @Override
        public MentionType convert(String value) {
            for (MentionType t : values()) {
                if (t.jsonName().equalsIgnoreCase(value.trim())) {
                    return t;
                }
            }
            throw new TypeConversionException("unknown mention type '" + value + "' (expected one of: " + names() + ")");
        }
    }
}
