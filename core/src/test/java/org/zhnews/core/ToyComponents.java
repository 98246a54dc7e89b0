package org.zhnews.core;

import java.math.BigDecimal;
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
}
