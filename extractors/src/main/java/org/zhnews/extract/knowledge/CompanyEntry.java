package org.zhnews.extract.knowledge;

import org.zhnews.core.mention.Company;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company of the knowledge base with what matching needs beyond the {@link Company} value:
 * every surface it is written as, which of those only count with context ({@code 苹果},
 * {@code 360}) and which must match with exact case ({@code Meta}).
 *
 * @param company     the canonical entity reported in mentions
 * @param category    broad sector ({@code internet}, {@code ai}, {@code chip}, {@code media}...)
 * @param surfaces    every name it is written as (name, traditional, English, aliases)
 * @param contextOnly surfaces that name it only when the context says a company is meant
 * @param exactCase   surfaces that match only with this exact case
 * @param source      where the facts come from
 */
public record CompanyEntry(Company company, String category, List<String> surfaces,
                           Set<String> contextOnly, Set<String> exactCase, String source) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Checks the components (no null, an id of lower-case ASCII words joined by {@code -}) and
     * copies the collections; throws {@link IllegalArgumentException} on a bad id.
     *
     * @param company     the canonical entity
     * @param category    the broad sector
     * @param surfaces    every name it is written as; copied
     * @param contextOnly surfaces that need context; copied
     * @param exactCase   surfaces that match only with exact case; copied
     * @param source      where the facts come from
     * @throws NullPointerException if a component, or an element of a collection, is null
     */
    public CompanyEntry {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        surfaces = List.copyOf(surfaces);
        contextOnly = Set.copyOf(contextOnly);
        exactCase = Set.copyOf(exactCase);
        if (!ID.matcher(company.id()).matches()) {
            throw new IllegalArgumentException("company id must be lower-case ASCII words joined by '-': " + company.id());
        }
    }

    /**
     * The id of the company.
     *
     * @return the company's id
     */
    public String id() {
        return company.id();
    }

    /**
     * A builder for an entry of one's own ({@code CompanyEntry.builder("acme").name("艾克米")...}).
     *
     * @param id the company's id, lower-case ASCII words joined by {@code -}
     * @return a new builder, category {@code other} and source {@code user} unless set
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link CompanyEntry}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private String traditional;
        private String english;
        private final List<String> aliases = new ArrayList<>();
        private final Set<String> contextOnly = new LinkedHashSet<>();
        private final Set<String> exactCase = new LinkedHashSet<>();
        private final List<String> tickers = new ArrayList<>();
        private String parent;
        private String category = "other";
        private String source = "user";

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * The simplified Chinese name (or the usual name); required.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * The traditional Chinese name, when it differs.
         *
         * @param value the name, or {@code null} or blank for none
         * @return this builder
         */
        public Builder traditional(String value) {
            this.traditional = value;
            return this;
        }

        /**
         * The English name.
         *
         * @param value the name, or {@code null} or blank for none
         * @return this builder
         */
        public Builder english(String value) {
            this.english = value;
            return this;
        }

        /**
         * Another name it is known by.
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
         * A name that only counts when the context says a company is meant.
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
         * A listing ticker.
         *
         * @param value the ticker ({@code BABA}, {@code 9988.HK})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder ticker(String value) {
            tickers.add(Objects.requireNonNull(value, "ticker"));
            return this;
        }

        /**
         * The id of the parent company.
         *
         * @param value the parent's id, or {@code null} or blank for none
         * @return this builder
         */
        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        /**
         * The sector.
         *
         * @param value the sector (default {@code other})
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder category(String value) {
            this.category = Objects.requireNonNull(value, "category");
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
         * The entry; throws {@link IllegalArgumentException} without a name or with a bad id.
         *
         * @return a new entry whose surfaces are the name, the traditional and English names and
         *     the aliases, stripped and without repeats
         */
        public CompanyEntry build() {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("company " + id + " needs a name");
            }
            Company company = new Company(id, name, Optional.ofNullable(blankToNull(traditional)),
                    Optional.ofNullable(blankToNull(english)), aliases, tickers,
                    Optional.ofNullable(blankToNull(parent)));
            List<String> surfaces = new ArrayList<>();
            addSurface(surfaces, name);
            addSurface(surfaces, traditional);
            addSurface(surfaces, english);
            aliases.forEach(a -> addSurface(surfaces, a));
            return new CompanyEntry(company, category, surfaces, contextOnly, exactCase, source);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void addSurface(List<String> surfaces, String s) {
        if (s != null && !s.isBlank() && !surfaces.contains(s.strip())) {
            surfaces.add(s.strip());
        }
    }
}
