package org.zhnews.extract.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.text.lexicon.Columns;
import org.zhnews.text.lexicon.Lexicon;
import org.zhnews.text.lexicon.LexiconRow;
import org.zhnews.text.match.DictionaryMatcher;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The companies and AI model families the extractors link to, with one dictionary over all
 * their surfaces ({@link #names()}). Each surface is also indexed in the form the default
 * script normalizer gives it (so Taiwan {@code 輝達} is found as mainland {@code 英伟达}) and in
 * standard traditional characters (so a pipeline without the script normalizer still finds
 * traditional text).
 *
 * <p>{@link #standard()} is the bundled knowledge base (resource files under
 * {@code org/zhnews/extract/company/} and {@code org/zhnews/extract/model/}), loaded once per
 * JVM on first use. Add entries of your own with {@link #builder()}: {@code
 * KnowledgeBase.builder().withStandard().company(CompanyEntry.builder("acme")...build()).build()}.
 * Instances are immutable and thread-safe: build one and share it.
 */
public final class KnowledgeBase {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    static final Columns COMPANY_HEADER = Columns.of(
            "id", "name", "traditional", "english", "aliases", "tickers", "parent", "category", "source").requiring(1);
    static final Columns MODEL_HEADER = Columns.of(
            "id", "family", "chinese", "aliases", "vendor", "type", "versions", "short_forms", "source").requiring(1);
    static final List<String> STANDARD_COMPANY_FILES = List.of(
            "/org/zhnews/extract/company/companies-cn.tsv", "/org/zhnews/extract/company/companies-global.tsv",
            "/org/zhnews/extract/company/companies-investors.tsv", "/org/zhnews/extract/company/companies-outlets.tsv",
            "/org/zhnews/extract/company/companies-industry.tsv");
    static final List<String> STANDARD_MODEL_FILES = List.of("/org/zhnews/extract/model/models.tsv");

    private final Map<String, CompanyEntry> companies;
    private final Map<String, ModelFamily> models;
    private final DictionaryMatcher<KnownName> names;

    private KnowledgeBase(Map<String, CompanyEntry> companies, Map<String, ModelFamily> models) {
        this.companies = Map.copyOf(companies);
        this.models = Map.copyOf(models);
        SurfaceVariants variants = SurfaceVariants.standard();
        DictionaryMatcher.Builder<KnownName> b = DictionaryMatcher.<KnownName>builder().digitMayFollow(true);
        for (CompanyEntry e : companies.values()) {
            for (String s : e.surfaces()) {
                CompanySurface value = new CompanySurface(e, e.contextOnly().contains(s));
                boolean exact = e.exactCase().contains(s);
                for (String v : variants.of(s)) {
                    b.add(v, value, exact);
                }
            }
        }
        for (ModelFamily f : models.values()) {
            for (String s : f.surfaces()) {
                ModelSurface value = new ModelSurface(f, false, f.contextOnly().contains(s));
                for (String v : variants.of(s)) {
                    b.add(v, value, f.exactCase().contains(s));
                }
            }
            for (String s : f.shortForms()) {
                if (s.length() >= 2) {
                    b.add(s, new ModelSurface(f, true, true), false);
                }
            }
        }
        this.names = b.build();
    }

    /**
     * The bundled knowledge base, loaded on first use and shared by the JVM.
     *
     * @return the shared bundled knowledge base
     */
    public static KnowledgeBase standard() {
        return Standard.INSTANCE;
    }

    /**
     * A builder for a knowledge base of one's own (start with {@link Builder#withStandard()} to
     * extend the bundled one).
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every company.
     *
     * @return the companies, unmodifiable
     */
    public Collection<CompanyEntry> companies() {
        return companies.values();
    }

    /**
     * Every model family.
     *
     * @return the model families, unmodifiable
     */
    public Collection<ModelFamily> models() {
        return models.values();
    }

    /**
     * The company with this id.
     *
     * @param id a company id
     * @return the company, or empty when no company has that id
     */
    public Optional<CompanyEntry> company(String id) {
        return Optional.ofNullable(companies.get(id));
    }

    /**
     * The model family with this id.
     *
     * @param id a model family id
     * @return the family, or empty when no family has that id
     */
    public Optional<ModelFamily> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /**
     * Whether {@code descendant} is {@code ancestor} or one of its subsidiaries (by parent links).
     *
     * @param descendant a company id
     * @param ancestor   a company id
     * @return {@code true} if following parent links from {@code descendant} (at most ten) reaches
     *     {@code ancestor}
     */
    public boolean isWithin(String descendant, String ancestor) {
        String id = descendant;
        for (int depth = 0; id != null && depth < 10; depth++) {
            if (id.equals(ancestor)) {
                return true;
            }
            CompanyEntry e = companies.get(id);
            id = e == null ? null : e.company().parentId().orElse(null);
        }
        return false;
    }

    /**
     * The one dictionary over every name of the knowledge base: company surfaces (outlets,
     * investors, products and institutions are companies of it), model family surfaces and
     * short forms, each in its script forms. Latin word boundaries hold, except that a digit
     * may follow a Latin surface ({@code Qwen3}); whether that suits a company name is for
     * the reader to decide ({@code org.zhnews.extract.lexicon.Lexicon} does).
     *
     * @return the dictionary, built once with the knowledge base
     */
    public DictionaryMatcher<KnownName> names() {
        return names;
    }

    private static final class Standard {
        static final KnowledgeBase INSTANCE = load();

        private static KnowledgeBase load() {
            long t0 = System.nanoTime();
            KnowledgeBase kb = builder().withStandard().build();
            LOG.debug("knowledge base: {} companies, {} model families, {} surfaces in {} ms",
                    kb.companies.size(), kb.models.size(), kb.names.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return kb;
        }
    }

    /**
     * Collects entries; {@link #build()} checks them. Not thread-safe, use once.
     */
    public static final class Builder {
        private final Map<String, CompanyEntry> companies = new LinkedHashMap<>();
        private final Map<String, ModelFamily> models = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the bundled companies and models.
         *
         * @return this builder
         * @throws org.zhnews.text.lexicon.LexiconException if a bundled file is missing or
         *     malformed (a packaging error)
         */
        public Builder withStandard() {
            for (String file : STANDARD_COMPANY_FILES) {
                companyRows(Lexicon.resource(KnowledgeBase.class, file, COMPANY_HEADER));
            }
            for (String file : STANDARD_MODEL_FILES) {
                modelRows(Lexicon.resource(KnowledgeBase.class, file, MODEL_HEADER));
            }
            return this;
        }

        /**
         * Adds one company; a company with the same id replaces the earlier one.
         *
         * @param entry the company
         * @return this builder
         * @throws NullPointerException if {@code entry} is null
         */
        public Builder company(CompanyEntry entry) {
            companies.put(entry.id(), Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Adds one model family; a family with the same id replaces the earlier one.
         *
         * @param family the model family
         * @return this builder
         * @throws NullPointerException if {@code family} is null
         */
        public Builder model(ModelFamily family) {
            models.put(family.id(), Objects.requireNonNull(family, "family"));
            return this;
        }

        /**
         * Adds the companies of a TSV file in the bundled format (header
         * {@code id name traditional english aliases tickers parent category source}).
         *
         * @param tsv the UTF-8 file
         * @return this builder
         * @throws IllegalArgumentException on a missing or malformed file, naming file and line
         *         (a {@link org.zhnews.text.lexicon.LexiconException} for its layout)
         */
        public Builder companies(Path tsv) {
            return companyRows(Lexicon.file(tsv, COMPANY_HEADER));
        }

        /**
         * As {@link #companies(Path)}, from a stream ({@code name} is used in error messages).
         *
         * @param tsv  the UTF-8 stream, read to its end and not closed
         * @param name the stream's name for error messages
         * @return this builder
         * @throws IllegalArgumentException on a malformed stream, naming it and the line
         */
        public Builder companies(InputStream tsv, String name) {
            return companyRows(Lexicon.read(tsv, name, COMPANY_HEADER));
        }

        private Builder companyRows(List<LexiconRow> rows) {
            for (LexiconRow row : rows) {
                CompanyEntry entry = companyOf(row);
                if (companies.containsKey(entry.id())) {
                    throw row.error("duplicate company id " + entry.id());
                }
                company(entry);
            }
            return this;
        }

        /**
         * Adds the model families of a TSV file in the bundled format (header
         * {@code id family chinese aliases vendor type versions short_forms source}).
         *
         * @param tsv the UTF-8 file
         * @return this builder
         * @throws IllegalArgumentException on a missing or malformed file, naming file and line
         *         (a {@link org.zhnews.text.lexicon.LexiconException} for its layout)
         */
        public Builder models(Path tsv) {
            return modelRows(Lexicon.file(tsv, MODEL_HEADER));
        }

        /**
         * As {@link #models(Path)}, from a stream ({@code name} is used in error messages).
         *
         * @param tsv  the UTF-8 stream, read to its end and not closed
         * @param name the stream's name for error messages
         * @return this builder
         * @throws IllegalArgumentException on a malformed stream, naming it and the line
         */
        public Builder models(InputStream tsv, String name) {
            return modelRows(Lexicon.read(tsv, name, MODEL_HEADER));
        }

        private Builder modelRows(List<LexiconRow> rows) {
            for (LexiconRow row : rows) {
                ModelFamily family = modelOf(row);
                if (models.containsKey(family.id())) {
                    throw row.error("duplicate model id " + family.id());
                }
                model(family);
            }
            return this;
        }

        /**
         * The knowledge base.
         *
         * @return a new knowledge base with its dictionary built
         * @throws IllegalArgumentException when a parent or vendor id names no company
         */
        public KnowledgeBase build() {
            for (CompanyEntry e : companies.values()) {
                e.company().parentId().ifPresent(p -> {
                    if (!companies.containsKey(p)) {
                        throw new IllegalArgumentException("company " + e.id() + ": unknown parent " + p);
                    }
                });
            }
            for (ModelFamily f : models.values()) {
                f.vendor().ifPresent(v -> {
                    if (!companies.containsKey(v)) {
                        throw new IllegalArgumentException("model " + f.id() + ": unknown vendor " + v);
                    }
                });
            }
            return new KnowledgeBase(companies, models);
        }

        /** Every company and model surface {@link #build()} indexes in its script forms, in entry order. */
        Set<String> scriptSurfaces() {
            Set<String> out = new LinkedHashSet<>();
            companies.values().forEach(e -> out.addAll(e.surfaces()));
            models.values().forEach(f -> out.addAll(f.surfaces()));
            return out;
        }

        private static CompanyEntry companyOf(LexiconRow row) {
            try {
                CompanyEntry.Builder b = CompanyEntry.builder(row.get(0))
                        .name(unmark(row.get(1)))
                        .english(unmark(row.get(3)))
                        .parent(row.get(6))
                        .category(row.get(7).isEmpty() ? "other" : row.get(7))
                        .source(row.get(8));
                List<String> traditional = row.list(2);
                if (!traditional.isEmpty()) {
                    b.traditional(traditional.get(0));
                    traditional.subList(1, traditional.size()).forEach(b::alias);
                }
                Surfaces.parse(row.list(4)).addTo(b::alias, b::contextOnlyAlias, b::exactCaseAlias);
                row.list(5).forEach(b::ticker);
                return b.build();
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }

        private static ModelFamily modelOf(LexiconRow row) {
            try {
                ModelFamily.Builder b = ModelFamily.builder(row.get(0))
                        .family(unmark(row.get(1)))
                        .chinese(unmark(row.get(2)))
                        .vendor(row.get(4))
                        .type(row.get(5).isEmpty() ? "other" : row.get(5))
                        .source(row.get(8));
                Surfaces.parse(row.list(3)).addTo(b::alias, b::contextOnlyAlias, b::exactCaseAlias);
                row.list(6).forEach(b::version);
                row.list(7).forEach(b::shortForm);
                return b.build();
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }

        private static String unmark(String s) {
            String v = s.strip();
            while (!v.isEmpty() && (v.charAt(0) == '~' || v.charAt(0) == '=')) {
                v = v.substring(1);
            }
            return v;
        }
    }
}
