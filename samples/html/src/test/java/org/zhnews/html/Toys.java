package org.zhnews.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.Pipeline;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.mention.Span;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;

/** Toy components for building documents in tests with core only. */
final class Toys {

    private Toys() {
    }

    /** A word and the mention it makes wherever it occurs. */
    record Rule(String word, Function<Span, Mention> make) {
    }

    /** Finds every occurrence of each rule's word (overlaps included) and makes its mention. */
    static final class WordExtractor implements Extractor {
        private final List<Rule> rules;
        private final String name;

        WordExtractor(String name, Rule... rules) {
            this.name = name;
            this.rules = List.of(rules);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class, ModelMention.class, MoneyMention.class, MetricMention.class,
                    DateMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<Mention> out = new ArrayList<>();
            for (Rule r : rules) {
                for (int i = ctx.text().indexOf(r.word()); i >= 0; i = ctx.text().indexOf(r.word(), i + 1)) {
                    out.add(r.make().apply(ctx.span(i, i + r.word().length())));
                }
            }
            return out;
        }
    }

    /**
     * Articles separated by a line {@code ===}; a boilerplate zone from each {@code 【广告】} to the
     * end of its line.
     */
    static final class ToyStructure implements StructureAnalyzer {
        @Override
        public Structure analyze(StructureInput in) {
            String t = in.text();
            List<Article> articles = new ArrayList<>();
            int start = 0;
            for (int i = t.indexOf("\n===\n"); i >= 0; i = t.indexOf("\n===\n", i + 1)) {
                int end = i + 5;
                articles.add(Article.plain(new TextRange(start, end), in.articleOriginal(start, end)));
                start = end;
            }
            articles.add(Article.plain(new TextRange(start, t.length()), in.articleOriginal(start, t.length())));
            List<Zone> zones = new ArrayList<>();
            for (int i = t.indexOf("【广告】"); i >= 0; i = t.indexOf("【广告】", i + 1)) {
                int nl = t.indexOf('\n', i);
                int end = nl < 0 ? t.length() : nl;
                zones.add(new Zone(ZoneKind.AD, new TextRange(i, end), in.toOriginal(i, end)));
            }
            return new Structure(articles, zones);
        }
    }

    static Function<Span, Mention> company(String id, String name, String en) {
        Company c = new Company(id, name, Optional.empty(), Optional.ofNullable(en), List.of(), List.of(),
                Optional.empty());
        return s -> new CompanyMention(s, name, Optional.of(c));
    }

    static Function<Span, Mention> model(String family, String version, String vendor) {
        AiModel m = new AiModel(family, Optional.ofNullable(version), Optional.empty(), Optional.ofNullable(vendor));
        return s -> new ModelMention(s, m, Optional.empty());
    }

    static Function<Span, Mention> money(String amount, String currency) {
        return s -> new MoneyMention(s, Optional.of(new BigDecimal(amount)), currency, Qualifier.EXACT,
                Optional.empty(), Optional.empty());
    }

    static Function<Span, Mention> metric(String value, MetricUnit unit) {
        return s -> new MetricMention(s, Optional.of(new BigDecimal(value)), unit, Optional.of("growth"),
                Qualifier.EXACT, Optional.empty(), Optional.empty());
    }

    static Function<Span, Mention> month(int year, int month) {
        DateValue v = DateValue.month(year, month);
        return s -> new DateMention(s, Optional.of(v), v.granularity(), false, Optional.empty());
    }

    /** A pipeline of the given rules, with the toy structure analyzer. */
    static Pipeline pipeline(Rule... rules) {
        return Pipeline.builder().structure(new ToyStructure()).extractor(new WordExtractor("words", rules)).build();
    }

    /** The rules most tests use: two companies, a model inside a company name, money, a metric, a date. */
    static Pipeline standard() {
        return pipeline(
                new Rule("阿里巴巴", company("alibaba", "阿里巴巴", "Alibaba")),
                new Rule("阿里", company("alibaba", "阿里巴巴", "Alibaba")),
                new Rule("OpenAI", company("openai", "OpenAI", "OpenAI")),
                new Rule("通义千问", model("Qwen", null, "alibaba")),
                new Rule("阿里通义千问团队", company("alibaba", "阿里巴巴", "Alibaba")),
                new Rule("540亿美元", money("54000000000", "USD")),
                new Rule("20亿元", money("2000000000", "CNY")),
                new Rule("增长35%", metric("35", MetricUnit.PERCENT)),
                new Rule("2024年5月", month(2024, 5)));
    }
}
