package org.zhnews.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.event.Funding;
import org.zhnews.core.event.Modality;
import org.zhnews.core.event.Personnel;
import org.zhnews.core.event.PersonnelChange;
import org.zhnews.core.event.Round;
import org.zhnews.core.event.TextRole;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.MoneyMention;
import org.zhnews.core.mention.Qualifier;
import org.zhnews.core.structure.Sentence;

/** Small, real event steps and the extractors they read, for testing the pipeline's event machinery. */
final class ToyEvents {

    private ToyEvents() {
    }

    /** Finds every occurrence of the given names as companies no list holds. */
    static final class CompanyNames implements Extractor {
        private final List<String> names;

        CompanyNames(String... names) {
            this.names = List.of(names);
        }

        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(CompanyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            List<CompanyMention> out = new ArrayList<>();
            for (String name : names) {
                for (int i = ctx.text().indexOf(name); i >= 0; i = ctx.text().indexOf(name, i + 1)) {
                    out.add(new CompanyMention(ctx.span(i, i + name.length()), name, Optional.empty()));
                }
            }
            return out;
        }
    }

    /** Finds {@code N亿元} (ASCII digits) as an amount in CNY. */
    static final class YuanExtractor implements Extractor {
        @Override
        public Set<Class<? extends Mention>> produces() {
            return Set.of(MoneyMention.class);
        }

        @Override
        public List<? extends Mention> extract(ExtractionContext ctx) {
            String t = ctx.text();
            List<MoneyMention> out = new ArrayList<>();
            for (int i = t.indexOf("亿元"); i >= 0; i = t.indexOf("亿元", i + 1)) {
                int s = i;
                while (s > 0 && t.charAt(s - 1) >= '0' && t.charAt(s - 1) <= '9') {
                    s--;
                }
                if (s < i) {
                    BigDecimal amount = new BigDecimal(t.substring(s, i)).scaleByPowerOfTen(8);
                    out.add(new MoneyMention(ctx.span(s, i + 2), Optional.of(amount), "CNY", Qualifier.EXACT,
                            Optional.empty(), Optional.empty()));
                }
            }
            return out;
        }
    }

    /**
     * A funding round at every {@code 融资}: the first company of its sentence raised it, the
     * first amount of the sentence is the sum, a company right before {@code 领投} leads, every
     * other company of the sentence invests; {@code B轮} in the sentence names the round.
     */
    static final class FundingFinder implements EventFinder {
        @Override
        public List<Event> find(ExtractionContext ctx) {
            List<Event> out = new ArrayList<>();
            String t = ctx.text();
            for (int i = t.indexOf("融资"); i >= 0; i = t.indexOf("融资", i + 1)) {
                Sentence s = ctx.sentenceAt(i);
                List<CompanyMention> companies = in(ctx.mentions(CompanyMention.class), s);
                if (companies.isEmpty()) {
                    continue;
                }
                List<CompanyMention> others = companies.subList(1, companies.size());
                List<CompanyMention> lead = others.stream().filter(c -> t.startsWith("领投", c.end())).toList();
                Optional<MoneyMention> amount = in(ctx.mentions(MoneyMention.class), s).stream().findFirst();
                String sentence = t.substring(s.range().start(), s.range().end());
                Optional<Round> round = sentence.contains("B轮") ? Optional.of(Round.B) : Optional.empty();
                out.add(new Funding(ctx.span(i, i + 2), s.index(), Modality.STATED, companies.get(0), round, amount,
                        Optional.empty(), others, lead));
            }
            return out;
        }
    }

    /** A join at every {@code 加入}: the three characters before it are the person, the company after it the one joined. */
    static final class JoinFinder implements EventFinder {
        @Override
        public List<Event> find(ExtractionContext ctx) {
            List<Event> out = new ArrayList<>();
            String t = ctx.text();
            for (int i = t.indexOf("加入"); i >= 3; i = t.indexOf("加入", i + 1)) {
                int at = i + 2;
                Optional<CompanyMention> company = ctx.mentions(CompanyMention.class).stream()
                        .filter(c -> c.start() == at).findFirst();
                out.add(new Personnel(ctx.span(i, i + 2), ctx.sentenceAt(i).index(), Modality.STATED,
                        new TextRole(t.substring(i - 3, i), ctx.span(i - 3, i)), company, Optional.empty(),
                        PersonnelChange.JOIN));
            }
            return out;
        }
    }

    /** Runs several finders in turn and returns all their events, in the order they give them. */
    static EventFinder all(EventFinder... finders) {
        return ctx -> {
            List<Event> out = new ArrayList<>();
            for (EventFinder f : finders) {
                out.addAll(f.find(ctx));
            }
            return out;
        };
    }

    /** Always throws. */
    static final class BrokenFinder implements EventFinder {
        @Override
        public List<Event> find(ExtractionContext ctx) {
            throw new IllegalStateException("broken on purpose");
        }
    }

    private static <T extends Mention> List<T> in(List<T> mentions, Sentence s) {
        return mentions.stream().filter(m -> s.contains(m.start())).sorted((a, b) -> a.start() - b.start()).toList();
    }
}
