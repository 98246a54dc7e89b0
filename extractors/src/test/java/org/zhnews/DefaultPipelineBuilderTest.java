package org.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhnews.core.Document;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MentionKind;
import org.zhnews.extract.company.CompanyExtractor;
import org.zhnews.extract.structure.ArticleStructureAnalyzer;

/** The default pipeline's builder: replacing its company extractor, refusing a second one. */
class DefaultPipelineBuilderTest {

    /** Every "甲公司" is a company; nothing else is. */
    private static final class OnlyJia implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            int i = ctx.text().indexOf("甲公司");
            return i < 0 ? List.of() : List.of(new CompanyMention(ctx.span(i, i + 3), "甲公司", Optional.empty()));
        }
    }

    @Test
    void theCompanyExtractorIsReplacedInPlace() {
        OnlyJia mine = new OnlyJia();
        Pipeline p = ZhNews.builder().replace(CompanyExtractor.class, mine).build();
        int at = ZhNews.pipeline().extractors().indexOf(
                ZhNews.pipeline().extractors().stream().filter(CompanyExtractor.class::isInstance).findFirst().orElseThrow());
        assertSame(mine, p.extractors().get(at));
        Document doc = p.analyze("甲公司与阿里巴巴合作，融资5亿元。");
        assertEquals(List.of("甲公司"), doc.companies().stream().map(Mention::text).toList());
        assertEquals(1, doc.money().size());
    }

    @Test
    void aSecondCompanyExtractorIsRefusedUnlessShared() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ZhNews.builder().extractor(new OnlyJia()).build());
        assertTrue(e.getMessage().contains("and OnlyJia both produce company mentions"), e.getMessage());
        Pipeline shared = ZhNews.builder().extractor(new OnlyJia()).allowSharedKind(MentionKind.COMPANY).build();
        assertTrue(shared.analyze("甲公司与阿里巴巴合作").companies().size() >= 2);
    }

    @Test
    void theStructureStepCanBeRemovedByType() {
        Pipeline flat = ZhNews.builder().remove(ArticleStructureAnalyzer.class).build();
        assertTrue(flat.structureAnalyzer().isEmpty());
        assertTrue(ZhNews.pipeline().structureAnalyzer().isPresent());
    }
}
