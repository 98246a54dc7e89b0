package org.zhnews.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.mention.Company;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MetricMention;
import org.zhnews.core.mention.MetricUnit;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.offset.Rewriter;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.mention.DateGranularity;
import org.zhnews.core.mention.DateMention;
import org.zhnews.core.mention.DateValue;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.StructureAnalyzer;
import org.zhnews.core.structure.StructureInput;
import org.zhnews.core.structure.Zone;
import org.zhnews.core.structure.ZoneKind;

/** Small, real components for testing the pipeline machinery. */
final class ToyComponents {

    private ToyComponents() {
    }

    /** Removes every {@code (...)} group of ASCII lower-case letters that follows a Han char. */
    static final class StripLatinInParens implements Normalizer {
        @Override
        public Normalization normalize(String text) {
            Rewriter r = new Rewriter(text);
            int i = 0;
            while (i < text.length()) {
                int close = text.indexOf(')', i);
                if (text.charAt(i) == '(' && i > 0 && Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.HAN
                        && close > i + 1 && text.substring(i + 1, close).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    r.delete(close + 1 - i);
                    i = close + 1;
                } else {
                    r.keep(1);
                    i++;
                }
            }
            return Normalization.of(r.text(), r.offsetMap());
        }
    }

    /** Expands {@code ㋀..㋋} (month signs) into {@code N月}: one char becomes two or three. */
    static final class ExpandMonthSigns implements Normalizer {
        @Override
        public Normalization normalize(String text) {
            Rewriter r = new Rewriter(text);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '㋀' && c <= '㋋') {
                    r.replace(1, (c - '㋀' + 1) + "月");
                } else {
                    r.keep(1);
                }
            }
            return Normalization.of(r.text(), r.offsetMap());
        }
    }

    /** Links every "OpenAI" to a company. */
    static final class OpenAiExtractor implements Extractor {
        static final Company OPENAI = new Company("openai", "OpenAI", Optional.empty(),
                Optional.of("OpenAI"), List.of(), List.of(), Optional.empty());

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<CompanyMention> out = new ArrayList<>();
            for (int i = ctx.text().indexOf("OpenAI"); i >= 0; i = ctx.text().indexOf("OpenAI", i + 1)) {
                out.add(new CompanyMention(ctx.span(i, i + 6), "OpenAI", Optional.of(OPENAI)));
            }
            return out;
        }
    }

    /** Finds ASCII-digit percentages ("17%"). */
    static final class PercentExtractor implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(MetricMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            String t = ctx.text();
            List<MetricMention> out = new ArrayList<>();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '%') {
                    int s = i;
                    while (s > 0 && Character.isDigit(t.charAt(s - 1)) && t.charAt(s - 1) < 128) {
                        s--;
                    }
                    if (s < i && i - s < 10) {
                        out.add(new MetricMention(ctx.span(s, i + 1), Optional.of(new BigDecimal(t.substring(s, i))),
                                MetricUnit.PERCENT, Optional.empty(), Qualifier.EXACT, Optional.empty(), Optional.empty()));
                    }
                }
            }
            return out;
        }
    }

    /** Needs company mentions first. */
    static final class NeedsCompanies implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Mention>> requires() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            return List.of();
        }
    }

    /**
     * Splits articles after every line {@code ===}; a first line {@code #title} is the title; a
     * line {@code 发布于YYYY-MM-DD} the date; a line starting with {@code 推荐:} is a related-links
     * zone.
     */
    static final class LineStructure implements StructureAnalyzer {
        @Override
        public Structure analyze(StructureInput in) {
            String text = in.text();
            List<Article> articles = new ArrayList<>();
            List<Zone> zones = new ArrayList<>();
            int articleStart = 0;
            Optional<String> title = Optional.empty();
            Optional<LocalDate> published = Optional.empty();
            int lineStart = 0;
            while (lineStart < text.length()) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 ? text.length() : nl + 1;
                String line = text.substring(lineStart, nl < 0 ? text.length() : nl);
                if (line.startsWith("#") && lineStart == articleStart) {
                    title = Optional.of(line.substring(1));
                } else if (line.startsWith("发布于")) {
                    published = Optional.of(LocalDate.parse(line.substring(3)));
                } else if (line.startsWith("推荐:")) {
                    zones.add(new Zone(ZoneKind.RELATED_LINKS, new TextRange(lineStart, lineEnd),
                            in.toOriginal(lineStart, lineEnd)));
                } else if (line.equals("===") && lineEnd < text.length()) {
                    articles.add(article(in, articleStart, lineEnd, title, published));
                    articleStart = lineEnd;
                    title = Optional.empty();
                    published = Optional.empty();
                }
                lineStart = lineEnd;
            }
            articles.add(article(in, articleStart, text.length(), title, published));
            return new Structure(articles, zones);
        }

        private static Article article(StructureInput in, int start, int end, Optional<String> title,
                                       Optional<LocalDate> published) {
            return new Article(new TextRange(start, end), in.articleOriginal(start, end), title, Optional.empty(),
                    Optional.empty(), published);
        }
    }

    /** Reads every {@code 今天} as the day the article was published. */
    static final class TodayExtractor implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(DateMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<DateMention> out = new ArrayList<>();
            for (int i = ctx.text().indexOf("今天"); i >= 0; i = ctx.text().indexOf("今天", i + 1)) {
                Optional<DateValue> day = ctx.publishedAt(i)
                        .map(d -> DateValue.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
                out.add(new DateMention(ctx.span(i, i + 2), day, DateGranularity.DAY, true, Optional.empty()));
            }
            return out;
        }
    }
}
