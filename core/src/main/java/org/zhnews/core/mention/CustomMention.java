package org.zhnews.core.mention;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A mention of a kind zhnews does not ship, emitted by a user's extractor: a span, its
 * {@link MentionKind} ({@code MentionKind.of("product")}) and named attributes. The analysis
 * JSON writes it like the built-in mentions: {@code "type":"product"}, the standard fields, then
 * each attribute as a field of its own, in name order.
 *
 * <p>Attribute names are identifiers ({@code [A-Za-z][A-Za-z0-9_]*}) other than the standard
 * mention fields ({@link #RESERVED_NAMES}). Values are a {@link String}, a {@link Boolean}, a
 * number ({@link Integer}, {@link Long}, {@link Short}, {@link Byte}, {@link BigInteger},
 * {@link BigDecimal}, or a finite {@link Double} or {@link Float}; the JSON writes them as plain
 * decimals), or a {@link List} of those; never {@code null}. The map is copied, sorted by name,
 * and unmodifiable, so the record is immutable.
 *
 * @param span       where it stands
 * @param kind       what it is; never a built-in kind (use the built-in records for those)
 * @param attributes its facts, by name
 */
public record CustomMention(Span span, MentionKind kind, Map<String, ?> attributes) implements Mention {

    /**
     * The names no attribute may take: the fields every mention has in the JSON, and
     * {@code sentence}, kept for the index of the sentence that holds a mention.
     */
    public static final Set<String> RESERVED_NAMES = Set.of("type", "text", "start", "end", "originalStart",
            "originalEnd", "article", "boilerplate", "sentence");

    /**
     * @param span       where it stands
     * @param kind       what it is, not a built-in kind
     * @param attributes its facts by name; copied
     * @throws NullPointerException     if an argument, an attribute name or value, or a list
     *                                  element is null
     * @throws IllegalArgumentException if {@code kind} is built in, or an attribute's name or
     *                                  value is not allowed (see the class documentation)
     */
    public CustomMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attributes, "attributes");
        if (kind.isBuiltIn()) {
            throw new IllegalArgumentException("\"" + kind + "\" is a built-in kind: use its own mention record");
        }
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<String, ?> e : attributes.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "attribute name");
            checkName(name);
            copy.put(name, checkValue(name, e.getValue()));
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /**
     * A mention with no attributes.
     *
     * @param span where it stands
     * @param kind what it is, not a built-in kind
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code kind} is built in
     */
    public CustomMention(Span span, MentionKind kind) {
        this(span, kind, Map.of());
    }

    /**
     * The attribute named {@code name}, if this mention has one.
     *
     * @param name the attribute's name
     * @return the value (a String, Boolean, number or List of those), or empty
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(Objects.requireNonNull(name, "name")));
    }

    private static void checkName(String name) {
        boolean ok = !name.isEmpty() && isAsciiLetter(name.charAt(0));
        for (int i = 1; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException("an attribute name is an identifier ([A-Za-z][A-Za-z0-9_]*): \""
                    + name + "\"");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is a standard mention field, not an attribute name");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Object checkValue(String name, Object value) {
        Objects.requireNonNull(value, () -> "value of attribute " + name);
        if (value instanceof List<?> list) {
            for (Object element : list) {
                checkScalar(name, Objects.requireNonNull(element, () -> "element of attribute " + name));
            }
            return List.copyOf(list);
        }
        checkScalar(name, value);
        return value;
    }

    private static void checkScalar(String name, Object value) {
        boolean ok = value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Double d && Double.isFinite(d)
                || value instanceof Float f && Float.isFinite(f);
        if (!ok) {
            throw new IllegalArgumentException("attribute " + name + ": a value is a String, a Boolean, "
                    + "a finite number of a standard type or a list of those, not " + value.getClass().getName()
                    + " " + value);
        }
    }
}
