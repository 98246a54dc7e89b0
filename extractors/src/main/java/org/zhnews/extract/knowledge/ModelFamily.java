package org.zhnews.extract.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A family of AI models or an AI product of the knowledge base.
 *
 * @param id          stable lower-case id ({@code qwen})
 * @param family      the family name reported in mentions ({@code Qwen}, {@code GPT}, {@code o})
 * @param chinese     the Chinese name, when it has one ({@code 通义千问})
 * @param surfaces    every name it is written as (family when at least two chars, Chinese name, aliases)
 * @param vendor      company id of the vendor, when known
 * @param type        kind of model or product ({@code llm}, {@code assistant}, {@code video}...)
 * @param versions    versions known to exist (informative)
 * @param shortForms  names that mean this family only when the family or its vendor is in context ({@code R1})
 * @param contextOnly surfaces that count only with the family or vendor in context
 * @param exactCase   surfaces that match only with this exact case
 * @param source      where the facts come from
 */
public record ModelFamily(String id, String family, Optional<String> chinese, List<String> surfaces,
                          Optional<String> vendor, String type, List<String> versions,
                          List<String> shortForms, Set<String> contextOnly, Set<String> exactCase,
                          String source) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Checks the components (no null, an id of lower-case ASCII words joined by {@code -}) and
     * copies the collections; throws {@link IllegalArgumentException} on a bad id.
     *
     * @param id          the stable lower-case id
     * @param family      the family name, not blank
     * @param chinese     the Chinese name, or empty
     * @param surfaces    every name it is written as; copied
     * @param vendor      the vendor's company id, or empty
     * @param type        the kind of model or product
     * @param versions    known versions; copied
     * @param shortForms  names that need context; copied
     * @param contextOnly surfaces that need context; copied
     * @param exactCase   surfaces that match only with exact case; copied
     * @param source      where the facts come from
     * @throws NullPointerException if a component, or an element of a collection, is null
     */
    public ModelFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        surfaces = List.copyOf(surfaces);
        versions = List.copyOf(versions);
        shortForms = List.copyOf(shortForms);
        contextOnly = Set.copyOf(contextOnly);
        exactCase = Set.copyOf(exactCase);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("model id must be lower-case ASCII words joined by '-': " + id);
        }
        if (family.isBlank()) {
            throw new IllegalArgumentException("model " + id + " needs a family name");
        }
    }

    /**
     * A builder for a family of one's own ({@code
     * ModelFamily.builder("acme-lm").family("AcmeLM")...}).
     *
     * @param id the family's id, lower-case ASCII words joined by {@code -}
     * @return a new builder, type {@code llm} and source {@code user} unless set
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link ModelFamily}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String family;
        private String chinese;
        private final List<String> aliases = new ArrayList<>();
        private final Set<String> contextOnly = new LinkedHashSet<>();
        private final Set<String> exactCase = new LinkedHashSet<>();
        private final List<String> versions = new ArrayList<>();
        private final List<String> shortForms = new ArrayList<>();
        private String vendor;
        private String type = "llm";
        private String source = "user";

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The family name reported in mentions; required.
         *
         * @param value the family name
         * @return this builder
         */
        public Builder family(String value) {
            this.family = value;
            return this;
        }

        /**
         * The Chinese name.
         *
         * @param value the name, or {@code null} or blank for none
         * @return this builder
         */
        public Builder chinese(String value) {
            this.chinese = value;
            return this;
        }

        /**
         * Another name of the family.
         *
         * @param value the name
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder alias(String value) {
            aliases.add(Objects.requireNonNull(value, "alias"));
            return this;
        }

        /**
         * A name that counts only with the family or vendor in context.
         *
         * @param value the name, also added as an alias
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder contextOnlyAlias(String value) {
            alias(value);
            contextOnly.add(value);
            return this;
        }

        /**
         * A Latin name that must match with exact case.
         *
         * @param value the name, also added as an alias
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder exactCaseAlias(String value) {
            alias(value);
            exactCase.add(value);
            return this;
        }

        /**
         * The vendor's company id.
         *
         * @param value the company id, or {@code null} or blank for none
         * @return this builder
         */
        public Builder vendor(String value) {
            this.vendor = value;
            return this;
        }

        /**
         * The kind of model.
         *
         * @param value the type (default {@code llm})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder type(String value) {
            this.type = Objects.requireNonNull(value, "type");
            return this;
        }

        /**
         * A known version.
         *
         * @param value the version ({@code 2.5})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder version(String value) {
            versions.add(Objects.requireNonNull(value, "version"));
            return this;
        }

        /**
         * A short form valid only with the family or vendor in context ({@code R1}).
         *
         * @param value the short form; one of a single char is ignored by the knowledge base
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder shortForm(String value) {
            shortForms.add(Objects.requireNonNull(value, "shortForm"));
            return this;
        }

        /**
         * Where the facts come from.
         *
         * @param value the source (default {@code user})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder source(String value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /**
         * The family; throws {@link IllegalArgumentException} without a family name or with a bad
         * id.
         *
         * @return a new family whose surfaces are the family name (when two chars or more), the
         *     Chinese name and the aliases, stripped and without repeats
         */
        public ModelFamily build() {
            if (family == null || family.isBlank()) {
                throw new IllegalArgumentException("model " + id + " needs a family name");
            }
            List<String> surfaces = new ArrayList<>();
            if (family.strip().length() >= 2) {
                CompanyEntry.addSurface(surfaces, family);
            }
            CompanyEntry.addSurface(surfaces, chinese);
            aliases.forEach(a -> CompanyEntry.addSurface(surfaces, a));
            return new ModelFamily(id, family.strip(), Optional.ofNullable(CompanyEntry.blankToNull(chinese)),
                    surfaces, Optional.ofNullable(CompanyEntry.blankToNull(vendor)), type, versions,
                    shortForms, contextOnly, exactCase, source);
        }
    }
}
