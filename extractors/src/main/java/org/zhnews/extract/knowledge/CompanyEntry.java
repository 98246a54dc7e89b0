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

    /** The id of the company. */
    public String id() {
        return company.id();
    }

    /** A builder for an entry of one's own ({@code CompanyEntry.builder("acme").name("艾克米")...}). */
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

        /** The simplified Chinese name (or the usual name); required. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** The traditional Chinese name, when it differs. */
        public Builder traditional(String value) {
            this.traditional = value;
            return this;
        }

        /** The English name. */
        public Builder english(String value) {
            this.english = value;
            return this;
        }

        /** Another name it is known by. */
        public Builder alias(String value) {
            aliases.add(Objects.requireNonNull(value, "alias"));
            return this;
        }

        /** A name that only counts when the context says a company is meant. */
        public Builder contextOnlyAlias(String value) {
            alias(value);
            contextOnly.add(value);
            return this;
        }

        /** A Latin name that must match with exact case. */
        public Builder exactCaseAlias(String value) {
            alias(value);
            exactCase.add(value);
            return this;
        }

        /** A listing ticker. */
        public Builder ticker(String value) {
            tickers.add(Objects.requireNonNull(value, "ticker"));
            return this;
        }

        /** The id of the parent company. */
        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        /** The sector. */
        public Builder category(String value) {
            this.category = Objects.requireNonNull(value, "category");
            return this;
        }

        /** Where the facts come from. */
        public Builder source(String value) {
            this.source = Objects.requireNonNull(value, "source");
            return this;
        }

        /** The entry; throws {@link IllegalArgumentException} without a name or with a bad id. */
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
