package org.zhnews.testkit;

import org.zhnews.core.DisplayText;
import org.zhnews.core.Document;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.TextRange;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Clause;
import org.zhnews.core.structure.Sentence;

/**
 * The invariants of a document's sentence and display layers: sentences cover the text and the
 * original in order, their clauses cover them, none crosses an article; the display text's
 * map starts from the analysis text and every mention maps into it.
 */
final class LayerChecks {

    private LayerChecks() {
    }

    static void check(Document doc) {
        checkSentences(doc);
        checkDisplay(doc);
    }

    private static void checkSentences(Document doc) {
        int next = 0;
        int originalNext = 0;
        for (int k = 0; k < doc.sentences().size(); k++) {
            Sentence s = doc.sentences().get(k);
            check(s.index() == k && s.range().start() == next && !s.range().isEmpty(),
                    "sentence " + k + " does not follow the one before: " + s.range() + " after " + next);
            check(s.originalRange().start() == originalNext, "sentence " + k + " original range "
                    + s.originalRange() + " does not follow " + originalNext);
            Article a = doc.articles().get(s.article());
            check(a.range().start() <= s.range().start() && s.range().end() <= a.range().end(),
                    "sentence " + s.range() + " crosses its article " + a.range());
            int c = s.range().start();
            int oc = s.originalRange().start();
            for (Clause clause : s.clauses()) {
                check(clause.range().start() == c && clause.originalRange().start() == oc,
                        "clauses of sentence " + k + " do not follow each other at " + clause);
                c = clause.range().end();
                oc = clause.originalRange().end();
            }
            check(c == s.range().end() && oc == s.originalRange().end(), "clauses do not cover sentence " + k);
            next = s.range().end();
            originalNext = s.originalRange().end();
        }
        check(next == doc.text().length(), "sentences end at " + next + " of " + doc.text().length());
        check(doc.text().isEmpty() || originalNext == doc.original().length(),
                "sentence original ranges end at " + originalNext + " of " + doc.original().length());
    }

    private static void checkDisplay(Document doc) {
        DisplayText display = doc.display();
        check(display.map().originalLength() == doc.text().length(), "the display map does not start from the text");
        for (Mention m : doc.mentions()) {
            TextRange r = display.range(m);
            check(r.end() <= display.text().length(), "mention " + m + " maps outside the display text: " + r);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
