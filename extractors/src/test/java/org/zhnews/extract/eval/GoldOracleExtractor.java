package org.zhnews.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.Extractor;
import org.zhnews.core.mention.AiModel;
import org.zhnews.core.mention.CompanyMention;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.mention.ModelMention;
import org.zhnews.extract.eval.GoldPassage.GoldCompany;
import org.zhnews.extract.eval.GoldPassage.GoldModel;

/**
 * A test double that "extracts" exactly the gold of one passage: the first occurrence of every
 * gold surface (required and optional) in the normalized text, named by the first word of the
 * canonical or family, unlinked. Used to prove the harness scores a perfect extractor perfectly.
 * Immutable.
 */
final class GoldOracleExtractor implements Extractor {

    private final GoldPassage gold;

    GoldOracleExtractor(GoldPassage gold) {
        this.gold = gold;
    }

    @Override
    public Set<Class<? extends Mention>> produces() {
        return Set.of(CompanyMention.class, ModelMention.class);
    }

    @Override
    public List<? extends Mention> extract(ExtractionContext context) {
        List<Mention> out = new ArrayList<>();
        String text = context.text();
        for (GoldCompany c : gold.companies()) {
            int at = text.indexOf(c.surface());
            if (at >= 0) {
                out.add(new CompanyMention(context.span(at, at + c.surface().length()),
                        firstWord(c.canonical()), Optional.empty()));
            }
        }
        for (GoldModel m : gold.models()) {
            int at = text.indexOf(m.surface());
            if (at >= 0) {
                out.add(new ModelMention(context.span(at, at + m.surface().length()),
                        new AiModel(firstWord(m.family()), m.version(), Optional.empty(), Optional.empty()),
                        Optional.empty()));
            }
        }
        return out;
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
