package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.structure.Sentence;

/**
 * The event step of the default pipeline: funding rounds, acquisitions, listings, model
 * releases, earnings and people moves, read sentence by sentence (boilerplate zones and
 * sentences over 3,000 characters skipped)
 * from the words of {@code event-words.tsv} and the mentions the extractors found, then merged
 * so that one fact is one event ({@code doc.events()}).
 *
 * <p>Reads company, money, metric, model and date mentions: run it after those extractors
 * (the default pipeline does). Thread-safety: immutable; share one instance (it holds one
 * HanLP name recogniser, built when the extractor is). Never throws for any input.
 */
public final class EventExtractor implements EventFinder {

    /** Longer sentences (no news sentence is this long: tables, lists without punctuation) are not read. */
    static final int MAX_SENTENCE = 3_000;

    private final EventLexicon lexicon;
    private final PersonNames names;

    private EventExtractor(EventLexicon lexicon, PersonNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * The extractor with the shipped words; loads HanLP's name model.
     *
     * @throws org.zhnews.text.lexicon.LexiconException if the shipped word list cannot be read
     */
    public static EventExtractor standard() {
        return new EventExtractor(EventLexicon.standard(), new PersonNames());
    }

    @Override
    public List<Event> find(ExtractionContext context) {
        if (context.text().isEmpty()) {
            return List.of();
        }
        EventDocument doc = new EventDocument(context, lexicon.find(context.text()));
        FundingReader funding = new FundingReader();
        AcquisitionReader acquisitions = new AcquisitionReader();
        IpoReader listings = new IpoReader();
        ReleaseReader releases = new ReleaseReader();
        EarningsReader earnings = new EarningsReader();
        PersonnelReader people = new PersonnelReader(names);
        List<Event> found = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            if (context.structure().zoneAt(sentence.range().start()).isPresent()
                    || sentence.range().length() > MAX_SENTENCE) {
                continue;
            }
            SentenceView s = doc.view(sentence);
            if (s.hits.isEmpty()) {
                continue;
            }
            found.addAll(funding.read(s));
            found.addAll(acquisitions.read(s));
            found.addAll(listings.read(s));
            found.addAll(releases.read(s));
            found.addAll(earnings.read(s));
            found.addAll(people.read(s));
        }
        List<Event> merged = EventMerger.merge(found);
        List<Event> out = new ArrayList<>(merged);
        out.sort(Comparator.comparingInt(Event::start));
        return List.copyOf(out);
    }
}
