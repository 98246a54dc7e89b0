package org.zhnews.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.CustomMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;
import org.zhnews.core.mention.MetricMention;

/** Replacing and removing components by type; refusing two extractors of one kind unless told. */
class PipelineBuilderTest {

    private static final Pipeline TOY = Pipeline.builder()
            .normalizer(new ToyComponents.StripLatinInParens())
            .normalizer(new ToyComponents.ExpandMonthSigns())
            .structure(new ToyComponents.LineStructure())
            .extractor(new ToyComponents.OpenAiExtractor())
            .extractor(new ToyComponents.PercentExtractor())
            .build();

    /** Finds every "字节" as a company; named so messages can be checked. */
    private static final class MyCompanies implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            int i = ctx.text().indexOf("字节");
            return i < 0 ? List.of() : List.of(new CompanyMention(ctx.span(i, i + 2), "字节跳动", Optional.empty()));
        }
    }

    /** Declares custom kinds and emits nothing. */
    private static Extractor custom(String name, String... kinds) {
        return new Extractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(CustomMention.class);
            }

            @Override
            public Set<MentionKind> kinds() {
                return Set.of(kinds).stream().map(MentionKind::of).collect(java.util.stream.Collectors.toSet());
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext context) {
                return List.of();
            }
        };
    }

    @Test
    void replaceAnExtractorByTypeKeepsItsPlace() {
        MyCompanies mine = new MyCompanies();
        Pipeline p = TOY.toBuilder().replace(ToyComponents.OpenAiExtractor.class, mine).build();
        assertSame(mine, p.extractors().get(0));
        assertEquals(2, p.extractors().size());
        Document doc = p.analyze("字节和OpenAI涨5%");
        assertEquals(List.of("字节"), doc.companies().stream().map(Mention::text).toList());
        assertEquals(1, doc.metrics().size());
    }

    @Test
    void replaceANormalizerByType() {
        Normalizer upper = text -> Normalization.unchanged(text);
        Pipeline p = TOY.toBuilder().replace(ToyComponents.ExpandMonthSigns.class, upper).build();
        assertSame(upper, p.normalizers().get(1));
        assertEquals("㋀", p.analyze("㋀").text());
    }

    @Test
    void replaceFailsClearlyWhenNoneOrSeveralMatch() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> TOY.toBuilder().replace(MyCompanies.class, new MyCompanies()));
        assertTrue(none.getMessage().contains("no extractors of type " + MyCompanies.class.getName()), none.getMessage());
        assertTrue(none.getMessage().contains("OpenAiExtractor, PercentExtractor"), none.getMessage());
        IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
                () -> TOY.toBuilder().replace(Extractor.class, new MyCompanies()));
        assertTrue(several.getMessage().contains("2 extractors"), several.getMessage());
        assertThrows(NullPointerException.class, () -> TOY.toBuilder().replace(ToyComponents.OpenAiExtractor.class, null));
    }

    @Test
    void removeTakesOutEveryComponentOfTheType() {
        Pipeline p = TOY.toBuilder().remove(ToyComponents.OpenAiExtractor.class)
                .remove(ToyComponents.StripLatinInParens.class).build();
        assertEquals(1, p.extractors().size());
        assertEquals(1, p.normalizers().size());
        assertTrue(p.analyze("OpenAI 5%").companies().isEmpty());
        Pipeline flat = TOY.toBuilder().remove(ToyComponents.LineStructure.class).build();
        assertTrue(flat.structureAnalyzer().isEmpty());
        assertEquals(1, flat.analyze("#a\n===\n#b\n").articles().size());
        assertEquals(0, TOY.toBuilder().remove(Normalizer.class).build().normalizers().size());
    }

    @Test
    void removeFailsClearlyWhenNoneMatches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TOY.toBuilder().remove(MyCompanies.class));
        assertTrue(e.getMessage().startsWith("no normalizer, extractor or structure step of type "), e.getMessage());
        assertTrue(e.getMessage().contains("StripLatinInParens") && e.getMessage().contains("LineStructure"),
                e.getMessage());
    }

    @Test
    void twoExtractorsOfOneKindAreRefusedNamingBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TOY.toBuilder().extractor(new MyCompanies()).build());
        assertTrue(e.getMessage().startsWith("OpenAiExtractor and MyCompanies both produce company mentions"),
                e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> TOY.toBuilder().extractor(new MyCompanies()).allowSharedKind(MentionKind.METRIC).build());
    }

    @Test
    void sharingIsAllowedPerKindOrForAll() {
        Pipeline perKind = TOY.toBuilder().extractor(new MyCompanies()).allowSharedKind(MentionKind.COMPANY).build();
        assertEquals(List.of("字节", "OpenAI"), perKind.analyze("字节与OpenAI").companies().stream().map(Mention::text).toList());
        Pipeline all = TOY.toBuilder().allowSharedKinds().extractor(new MyCompanies()).build();
        assertEquals(3, all.extractors().size());
        Pipeline derived = perKind.toBuilder().build();
        assertEquals(3, derived.extractors().size(), "toBuilder keeps the permission");
    }

    @Test
    void customKindsAreCheckedByName() {
        Pipeline.builder().extractor(custom("Products", "product")).extractor(custom("Brands", "brand")).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.builder()
                .extractor(custom("Products", "product")).extractor(custom("MoreProducts", "brand", "product")).build());
        assertTrue(e.getMessage().startsWith("Products and MoreProducts both produce product mentions"), e.getMessage());
    }

    @Test
    void anExtractorsKindsDefaultToTheBuiltInKindsItProduces() {
        assertEquals(Set.of(MentionKind.COMPANY), new MyCompanies().kinds());
        assertEquals(Set.of(MentionKind.METRIC), new ToyComponents.PercentExtractor().kinds());
        Extractor both = new Extractor() {
            @Override
            public Set<Class<? extends Mention>> produces() {
                return Set.of(CompanyMention.class, MetricMention.class, CustomMention.class);
            }

            @Override
            public List<? extends Mention> extract(ExtractionContext context) {
                return List.of();
            }
        };
        assertEquals(Set.of(MentionKind.COMPANY, MentionKind.METRIC), both.kinds());
        assertEquals(Optional.empty(), MentionKind.builtInOf(CustomMention.class));
        assertEquals(Optional.of(MentionKind.METRIC), MentionKind.builtInOf(MetricMention.class));
    }
}
