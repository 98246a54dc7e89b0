package org.zhnews.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhnews.core.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhnews.core.mention.Mention;
import org.zhnews.core.offset.OffsetMapSlicer;
import org.zhnews.core.offset.OffsetMap;
import org.zhnews.core.offset.TextRange;
import org.zhnews.text.sentence.SentenceSegmenter;
import org.zhnews.core.structure.Article;
import org.zhnews.core.structure.Structure;
import org.zhnews.core.structure.Zone;

/**
 * Derives the document of each article from the one analysis of a whole input, without
 * analysing anything again (behind {@link Pipeline#analyzeArticles}). An article's document
 * holds the article's slices of the original and the normalized text and of the offset map;
 * its mentions (values kept) and zones, with offsets counted from the article's start; the
 * warnings whose range starts in its part of the original (ranges clipped to it), and the
 * warnings about the whole input; the input's charset and script; one article, the one it came
 * from. Stateless.
 */
final class ArticleSlicer {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSlicer.class);

    private ArticleSlicer() {
    }

    /** One document per article of {@code whole}, named {@code prefix#n} (n from 1). */
    static List<Document> byArticle(Document whole, String prefix) {
        List<Document> out = new ArrayList<>(whole.articles().size());
        for (int i = 0; i < whole.articles().size(); i++) {
            out.add(slice(whole, i, prefix + "#" + (i + 1)));
        }
        return List.copyOf(out);
    }

    /** The document of the article at {@code index}, named {@code name}. */
    static Document slice(Document whole, int index, String name) {
        Article a = whole.articles().get(index);
        TextRange range = a.range();
        TextRange originalRange = a.originalRange();
        MentionShifter shifter = new MentionShifter(range.start(), range.end(), originalRange.start(),
                originalRange.end());
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : whole.mentionsIn(index)) {
            if (shifter.fits(m)) {
                mentions.add(shifter.shift(m));
            } else {
                LOG.debug("{} crosses the end of article {} and is left out of its document", m, index);
            }
        }
        Article only = new Article(new TextRange(0, range.length()), new TextRange(0, originalRange.length()),
                a.title(), a.byline(), a.outlet(), a.published(), a.region());
        Structure structure = new Structure(List.of(only), zones(whole, range, originalRange));
        String text = whole.text().substring(range.start(), range.end());
        OffsetMap map = OffsetMapSlicer.slice(whole.offsetMap(), range, originalRange);
        // the whole document's sentences were segmented article by article, so segmenting the
        // article alone gives the same sentences, shifted
        Sentences sentences = Sentences.of(text, map, structure, SentenceSegmenter.standard());
        List<Event> events = new EventShifter(shifter, range.start(), originalRange.start(),
                at -> sentences.at(at).index()).shiftAll(whole.events());
        return new Document(Optional.of(name), whole.charset(), whole.script(),
                whole.original().substring(originalRange.start(), originalRange.end()), text, map,
                mentions, events, warnings(whole, index), structure, sentences, display(whole.display(), range));
    }

    /** The part of the whole document's display text that shows the article's analysis range. */
    private static DisplayText display(DisplayText whole, TextRange range) {
        if (whole.isIdentity()) {
            return DisplayText.of(whole.text().substring(range.start(), range.end()));
        }
        TextRange shown = whole.range(range);
        return new DisplayText(whole.text().substring(shown.start(), shown.end()),
                OffsetMapSlicer.slice(whole.map(), shown, range));
    }

    /** The zones starting inside the article, clipped to it and shifted. */
    private static List<Zone> zones(Document whole, TextRange range, TextRange originalRange) {
        List<Zone> out = new ArrayList<>();
        for (Zone z : whole.zones()) {
            if (z.range().start() >= range.start() && z.range().start() < range.end()) {
                out.add(new Zone(z.kind(), shift(z.range(), range), shift(z.originalRange(), originalRange)));
            }
        }
        return out;
    }

    /**
     * The warnings about the whole input, and those whose range starts in the article's part of
     * the original (or, before the next article's part, in text no article holds).
     */
    private static List<Warning> warnings(Document whole, int index) {
        List<Article> articles = whole.articles();
        TextRange own = articles.get(index).originalRange();
        int from = index == 0 ? 0 : own.start();
        int to = index + 1 < articles.size() ? articles.get(index + 1).originalRange().start() : Integer.MAX_VALUE;
        List<Warning> out = new ArrayList<>();
        for (Warning w : whole.warnings()) {
            if (w.range().isEmpty()) {
                out.add(w);
            } else if (w.range().get().start() >= from && w.range().get().start() < to) {
                out.add(w.withRange(shift(w.range().get(), own)));
            }
        }
        return out;
    }

    /** {@code r} clipped to {@code window} and counted from its start. */
    private static TextRange shift(TextRange r, TextRange window) {
        int s = Math.min(Math.max(r.start(), window.start()), window.end());
        int e = Math.min(Math.max(r.end(), s), window.end());
        return new TextRange(s - window.start(), e - window.start());
    }
}
