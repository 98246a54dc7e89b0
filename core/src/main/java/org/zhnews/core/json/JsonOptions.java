package org.zhnews.core.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.zhnews.core.mention.Mention;

/**
 * What {@link DocumentJson} writes beyond the fields always present: the display {@code text},
 * the {@code sentences} array, and which mention kinds go into {@code mentions} (by their JSON
 * type name, {@code company}, {@code money}...; empty for every kind). Filtering leaves every
 * other field as it is. Immutable; build one with {@link #builder()}.
 *
 * @param text      whether to write the display text
 * @param sentences whether to write the sentences ({@code start}, {@code end} in the display
 *                  text, {@code originalStart}, {@code originalEnd}), which cover the text in
 *                  order
 * @param kinds     the mention type names to write; empty for all
 */
public record JsonOptions(boolean text, boolean sentences, Set<String> kinds) {

    private static final JsonOptions DEFAULTS = new JsonOptions(false, false, Set.of());

    /**
     * Copies {@code kinds}, so later changes to the caller's set do not show.
     *
     * @param text      whether to write the display text
     * @param sentences whether to write the sentences
     * @param kinds     the mention type names to write; empty for all
     */
    public JsonOptions {
        kinds = Set.copyOf(kinds);
    }

    /**
     * No text, no sentences, every mention: what {@link org.zhnews.core.Document#toJson()} writes.
     *
     * @return the shared default options
     */
    public static JsonOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the {@link #defaults()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a mention of this kind is written.
     *
     * @param mention a mention
     * @return {@code true} when the kinds are empty or hold the mention's {@link Mention#type()}
     */
    public boolean writes(Mention mention) {
        return kinds.isEmpty() || kinds.contains(mention.type());
    }

    /** Configures {@link JsonOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean text;
        private boolean sentences;
        private Set<String> kinds = Set.of();

        private Builder() {
        }

        /**
         * Whether to write the display text as {@code text} (default no).
         *
         * @param include whether to write it
         * @return this builder
         */
        public Builder text(boolean include) {
            this.text = include;
            return this;
        }

        /**
         * Whether to write the {@code sentences} array (default no).
         *
         * @param include whether to write it
         * @return this builder
         */
        public Builder sentences(boolean include) {
            this.sentences = include;
            return this;
        }

        /**
         * Writes only the mentions of these type names (default: every kind; empty restores that).
         *
         * @param typeNames JSON type names ({@code company}, {@code money}...); unknown names match
         *     nothing
         * @return this builder
         * @throws NullPointerException if {@code typeNames} or one of its names is null
         */
        public Builder kinds(Collection<String> typeNames) {
            this.kinds = Set.copyOf(Objects.requireNonNull(typeNames, "typeNames"));
            return this;
        }

        /**
         * Writes only the mentions of these type names.
         *
         * @param typeNames JSON type names ({@code company}, {@code money}...); none for every kind
         * @return this builder
         * @throws NullPointerException if a name is null
         */
        public Builder kinds(String... typeNames) {
            return kinds(Arrays.asList(typeNames));
        }

        /**
         * The options set so far.
         *
         * @return new options; the builder can go on being used
         */
        public JsonOptions build() {
            return new JsonOptions(text, sentences, kinds);
        }
    }
}
