package org.zhnews.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhnews.core.ExtractionContext;
import org.zhnews.core.event.Event;
import org.zhnews.core.event.EventFinder;
import org.zhnews.core.structure.Sentence;
import org.zhnews.extract.knowledge.CompanyEntry;
import org.zhnews.extract.knowledge.KnowledgeBase;

/**
 * The event step of the default pipeline: funding rounds, acquisitions, listings, model
 * releases, earnings and people moves, read sentence by sentence (parts between semicolons
 * apart; boilerplate zones and
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
    /** Ids of the knowledge base's news outlets: a source of the news, never a party to an event. */
    private final Set<String> outlets;

    private EventExtractor(EventLexicon lexicon, PersonNames names, Set<String> outlets) {
        this.lexicon = lexicon;
        this.names = names;
        this.outlets = Set.copyOf(outlets);
    }

    /**
     * The extractor with the shipped words and the standard knowledge base's outlets; loads
     * HanLP's name model and the knowledge base (prefer {@link #builder()} with the knowledge
     * base your company extractor uses).
     *
     * @return a new extractor, thread-safe
     * @throws org.zhnews.text.lexicon.LexiconException if a shipped list cannot be read
     */
    public static EventExtractor standard() {
        return builder().knowledgeBase(KnowledgeBase.standard()).build();
    }

    /**
     * A builder; without a knowledge base, outlets are told apart by their names' endings only.
     *
     * @return a new builder with no knowledge base
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link EventExtractor}; not thread-safe, the extractors it builds are. */
    public static final class Builder {
        private KnowledgeBase knowledgeBase;

        private Builder() {
        }

        /**
         * The knowledge base whose news outlets ({@code media} category) are never event parties.
         *
         * @param kb the knowledge base, best the one the pipeline's company extractor links to
         * @return this builder
         * @throws NullPointerException if {@code kb} is null
         */
        public Builder knowledgeBase(KnowledgeBase kb) {
            this.knowledgeBase = Objects.requireNonNull(kb, "kb must not be null");
            return this;
        }

        /**
         * The extractor; loads HanLP's name model.
         *
         * @return a new extractor, thread-safe
         * @throws org.zhnews.text.lexicon.LexiconException if a shipped list cannot be read
         */
        public EventExtractor build() {
            Set<String> outlets = new HashSet<>();
            if (knowledgeBase != null) {
                for (CompanyEntry e : knowledgeBase.companies()) {
                    if (e.category().equals("media")) {
                        outlets.add(e.company().id());
                    }
                }
            }
            return new EventExtractor(EventLexicon.standard(), new PersonNames(), outlets);
        }
    }

    @Override
    public List<Event> find(ExtractionContext context) {
        if (context.text().isEmpty()) {
            return List.of();
        }
        EventDocument doc = new EventDocument(context, lexicon.find(context.text()), outlets);
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
            for (SentenceView s : doc.views(sentence)) {
                found.addAll(funding.read(s));
                found.addAll(acquisitions.read(s));
                found.addAll(listings.read(s));
                found.addAll(releases.read(s));
                found.addAll(earnings.read(s));
                found.addAll(people.read(s));
            }
        }
        found.addAll(EarningsTables.read(doc));
        List<Event> merged = EventMerger.merge(found);
        List<Event> out = new ArrayList<>(merged);
        out.sort(Comparator.comparingInt(Event::start));
        return List.copyOf(out);
    }
}
