package org.zhnews.core.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Mention} is: one of the built-in kinds ({@link #COMPANY}, {@link #MODEL},
 * {@link #MONEY}, {@link #METRIC}, {@link #DATE}) or a custom kind a user's extractor emits
 * through {@link CustomMention} ({@code MentionKind.of("product")}).
 *
 * <p>A kind is its {@linkplain #name() name}, the {@code type} string of the analysis JSON: a
 * lower-case identifier ({@code [a-z][a-z0-9_]*}, at most {@value #MAX_NAME_LENGTH} chars).
 * Two kinds with the same name are equal. Immutable and thread-safe.
 */
public final class MentionKind {

    /** The longest kind name accepted. */
    public static final int MAX_NAME_LENGTH = 64;

    /** A company ({@link CompanyMention}). */
    public static final MentionKind COMPANY = new MentionKind("company", CompanyMention.class);
    /** An AI model ({@link ModelMention}). */
    public static final MentionKind MODEL = new MentionKind("model", ModelMention.class);
    /** An amount of money ({@link MoneyMention}). */
    public static final MentionKind MONEY = new MentionKind("money", MoneyMention.class);
    /** A figure that is not money ({@link MetricMention}). */
    public static final MentionKind METRIC = new MentionKind("metric", MetricMention.class);
    /** A date or period ({@link DateMention}). */
    public static final MentionKind DATE = new MentionKind("date", DateMention.class);

    private static final List<MentionKind> BUILT_IN = List.of(COMPANY, MODEL, MONEY, METRIC, DATE);

    private final String name;
    /** The record of a built-in kind; null for a custom kind. */
    private final Class<? extends Mention> type;

    private MentionKind(String name, Class<? extends Mention> type) {
        this.name = name;
        this.type = type;
    }

    /**
     * The kind named {@code name}: the built-in constant for a built-in name
     * ({@code of("money") == MONEY}), else a custom kind.
     *
     * @param name the kind's name
     * @return the built-in constant, or a new custom kind equal to every other of that name
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException unless {@code name} is a lower-case identifier
     *                                  ({@code [a-z][a-z0-9_]*}) of at most
     *                                  {@value #MAX_NAME_LENGTH} chars
     */
    public static MentionKind of(String name) {
        Objects.requireNonNull(name, "name");
        for (MentionKind k : BUILT_IN) {
            if (k.name.equals(name)) {
                return k;
            }
        }
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException("a mention kind is a lower-case identifier "
                    + "([a-z][a-z0-9_]*, at most " + MAX_NAME_LENGTH + " chars): \"" + name + "\"");
        }
        return new MentionKind(name, null);
    }

    /**
     * The built-in kinds, in the order of the JSON contract.
     *
     * @return the five built-in kinds, unmodifiable
     */
    public static List<MentionKind> builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in kind whose record is {@code type} ({@code CompanyMention.class} ->
     * {@link #COMPANY}); empty for {@link CustomMention} and for {@link Mention} itself.
     *
     * @param type a mention record class
     * @return the built-in kind, or empty
     * @throws NullPointerException if {@code type} is null
     */
    public static Optional<MentionKind> builtInOf(Class<? extends Mention> type) {
        Objects.requireNonNull(type, "type");
        for (MentionKind k : BUILT_IN) {
            if (k.type == type) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || s.length() > MAX_NAME_LENGTH || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name, as written in the JSON {@code type} field.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether this is one of the five kinds zhnews ships with.
     *
     * @return {@code true} for the built-in kinds
     */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MentionKind k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The {@link #name()}. */
    @Override
    public String toString() {
        return name;
    }
}
